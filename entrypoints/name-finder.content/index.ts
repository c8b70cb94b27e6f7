import nlp from 'compromise/three';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerNameFinder } from '../../lib/page/name-finder';

// Injected by the background only into pages that are MINUSMA coverage, so other pages never load the tagger.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    registerNameFinder((text) => {
      const doc = nlp(text);
      return { people: doc.people().json({ offset: true }), organisations: doc.organizations().json({ offset: true }) };
    });
  },
});
