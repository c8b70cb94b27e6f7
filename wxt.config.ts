import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'MINUSMA Reader',
    description: 'Highlights names and figures in news coverage of MINUSMA, the UN mission in Mali, and checks them against sourced facts.',
    permissions: ['storage'],
    action: { default_title: 'MINUSMA Reader' },
  },
});
