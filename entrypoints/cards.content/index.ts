import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCards } from '../../lib/page/cards';
import { registerCards } from '../../lib/page/cards-loader';

// Injected by the background into a coverage page on the first card a reader opens.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    registerCards(createCards);
  },
});
