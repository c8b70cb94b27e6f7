import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCards } from '../../lib/page/cards';
import { registerCards } from '../../lib/page/cards-loader';

// Injected by the background into a coverage page on the first card a reader opens, like the reader.
export default defineUnlistedScript(() => registerCards(createCards));
