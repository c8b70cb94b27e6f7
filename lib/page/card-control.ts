import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Cards, loadCards } from './cards-loader';
import type { Reading } from './reader';
import { measure } from './spots';

/** Opens, steps through and closes the cards of the current reading. */
export interface CardControl {
  open(index: number, focus: boolean): Promise<boolean>;
  /** Scrolls the page to a highlight and opens its card with the focus in it. */
  reveal(index: number): Promise<boolean>;
  step(delta: number): Promise<void>;
  close(): void;
  destroy(): void;
}

async function startCards(ctx: ContentScriptContext, onClose: () => void): Promise<Cards | undefined> {
  const create = await loadCards();
  return create && ctx.isValid ? create(ctx, onClose) : undefined;
}

/** The cards are loaded and their host created on the first card a reader asks for, never on pages where none is opened. */
export function createCardControl(ctx: ContentScriptContext, reading: () => Reading, french: () => boolean): CardControl {
  let cards: Promise<Cards | undefined> | undefined;
  let current: number | undefined;
  const close = () => void cards?.then((c) => c?.hide());
  const open = async (index: number, focus: boolean) => {
    const now = reading();
    const item = now.items[index];
    const spot = now.spots[index];
    // A copy of its own: the painter lets a spot's Range go when it leaves the painted window.
    const range = spot && measure(spot, (painted) => painted.cloneRange());
    if (!item || !range) return false;
    cards ??= startCards(ctx, close);
    const shown = await cards;
    if (!shown) {
      // The next card tries again: the background may have been restarting.
      cards = undefined;
      return false;
    }
    await shown.show(item, range, focus, french());
    current = index;
    return true;
  };
  const reveal = (index: number) => {
    const spot = reading().spots[index];
    if (spot) measure(spot, (range) => range.startContainer.parentElement?.scrollIntoView({ block: 'center' }));
    return open(index, true);
  };
  return {
    open,
    reveal,
    close,
    async step(delta) {
      const count = reading().spots.length;
      if (count > 0) await reveal(((current ?? (delta > 0 ? -1 : 0)) + delta + count) % count);
    },
    destroy: () => void cards?.then((c) => c?.destroy()),
  };
}
