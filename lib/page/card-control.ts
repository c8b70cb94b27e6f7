import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CardHost, createCardHost } from './card-host';
import { cardAt, type Reading } from './reader';

/** Opens, steps through and closes the cards of the current reading. */
export interface CardControl {
  open(index: number, focus: boolean): Promise<boolean>;
  /** Scrolls the page to a highlight and opens its card with the focus in it. */
  reveal(index: number): Promise<boolean>;
  step(delta: number): Promise<void>;
  close(): void;
  destroy(): void;
}

/** The card host is created on the first card a reader asks for, never on pages where none is opened. */
export function createCardControl(ctx: ContentScriptContext, reading: () => Reading): CardControl {
  let host: Promise<CardHost> | undefined;
  let current: number | undefined;
  const close = () => void host?.then((h) => h.hide());
  const open = async (index: number, focus: boolean) => {
    const now = reading();
    const card = cardAt(now, index);
    const range = now.ranges[index];
    if (!card || !range) return false;
    host ??= createCardHost(ctx, close);
    (await host).show(card, range, focus);
    current = index;
    return true;
  };
  const reveal = (index: number) => {
    reading().ranges[index]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return open(index, true);
  };
  return {
    open,
    reveal,
    close,
    async step(delta) {
      const count = reading().ranges.length;
      if (count > 0) await reveal(((current ?? (delta > 0 ? -1 : 0)) + delta + count) % count);
    },
    destroy: () => void host?.then((h) => h.destroy()),
  };
}
