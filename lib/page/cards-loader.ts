import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardInput } from '../engine/card-data';
import { injected, provide } from './injected';

/** Shows one card at a time, anchored to a highlight's range. */
export interface Cards {
  /** `french`: the article is French, so the canonical names it is checked against are the French ones. */
  show(item: CardInput, range: Range, focus: boolean, french: boolean): Promise<void>;
  hide(): void;
  destroy(): void;
}

/** Creates the cards' shadow-root host; `onClose` runs when the reader closes a card. */
export type CreateCards = (ctx: ContentScriptContext, onClose: () => void) => Promise<Cards>;

const KEY = Symbol.for('minusma-cards.create');

/** Called by the cards script once the background has injected it. */
export function registerCards(create: CreateCards): void {
  provide(KEY, create);
}

/**
 * The cards (their UI and the facts they show), asking the background to inject them on the first
 * card a reader opens: pages where no card is opened never parse them. Undefined where they cannot load.
 */
export function loadCards(): Promise<CreateCards | undefined> {
  return injected<CreateCards>(KEY, 'loadCards');
}
