import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SHIPPED_PACK } from './lib/facts/pack';
import { checkPack } from './lib/facts/validate';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The shipped facts are validated at build time too: a pack that breaks the schema never ships.
    'build:before': () => {
      const check = checkPack(SHIPPED_PACK);
      if (!check.ok) throw new Error(`The fact pack is invalid:\n${check.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'minusma-reader@example.org', strict_min_version: '128.0' } } }
      : {}),
    name: 'MINUSMA Reader',
    description: 'Highlights names and figures in news coverage of MINUSMA, the UN mission in Mali, and checks them against sourced facts.',
    permissions: ['storage', 'scripting'],
    action: { default_title: 'MINUSMA Reader' },
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Open the card of the next highlight' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the card of the previous highlight' },
    },
  }),
});
