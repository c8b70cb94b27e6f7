import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardData } from '../engine/card-data';
import { namedIn } from '../facts/fact-index';
import { getReaderFacts } from '../facts/merged-facts';
import { t } from '../i18n';
import { createCardHost } from './card-host';
import type { Cards } from './cards-loader';

/** Cards worded from the current facts when shown: an edit on the options page shows on the next card. */
export async function createCards(ctx: ContentScriptContext, onClose: () => void): Promise<Cards> {
  const host = await createCardHost(ctx, onClose);
  // A card asked for and then closed while the facts were being read is never shown.
  let asked = 0;
  return {
    async show(item, range, focus, french) {
      const ticket = ++asked;
      const facts = await getReaderFacts();
      if (ticket === asked) host.show(cardData(item, namedIn(facts, french), t), range, focus);
    },
    hide() {
      asked++;
      host.hide();
    },
    destroy() {
      asked++;
      host.destroy();
    },
  };
}
