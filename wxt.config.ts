import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SHIPPED_PACK } from './lib/facts/pack';
import { checkPack } from './lib/facts/validate';

// Extension pages (popup, options, the background worker) load only the extension's own scripts, styles
// and images, and can open no connection at all: even a bug there could not send anything anywhere.
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Static files (the _locales messages) live under assets/ to keep the top level to the design card.
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
    // lib/compromise-lazy.cjs requires compromise inside a function; wrapped, it is evaluated on that call.
    build: { commonjsOptions: { include: [/node_modules/, /compromise-lazy\.cjs$/], strictRequires: true } },
  }),
  hooks: {
    // The shipped facts are validated at build time too: a pack that breaks the schema never ships.
    'build:before': () => {
      const check = checkPack(SHIPPED_PACK);
      if (!check.ok) throw new Error(`The fact pack is invalid:\n${check.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    },
  },
  manifest: ({ browser, command }) => ({
    // `wxt` (the dev server) keeps its own policy: it reloads pages over a connection.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'minusma-reader@example.org',
              strict_min_version: '142.0',
              // It collects nothing: no page data leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // Highlights are painted with the CSS Custom Highlight API, which Chrome has had since 105.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '105' }),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    // The detector reads every page; the background injects the reader and the cards into coverage pages.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
    },
  }),
});
