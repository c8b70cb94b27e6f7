import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FactCard } from '../../components/FactCard';
import cardCss from '../../components/fact-card.css?inline';
import type { CardData } from '../engine/card-data';
import { UI_TAG } from './ui-tag';

/** Shows one card at a time, anchored to a range. */
export interface CardHost {
  show(card: CardData, range: Range, focus: boolean): void;
  hide(): void;
  destroy(): void;
}

/**
 * Creates the shadow-root host on first use. The root is closed: page CSS cannot reach inside it, and
 * page script cannot read the card, whose facts may be the reader's own edits.
 */
export async function createCardHost(ctx: ContentScriptContext, onClose: () => void): Promise<CardHost> {
  let stopTracking: (() => void) | undefined;
  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: UI_TAG,
    mode: 'closed',
    // An overlay's host is a block of no size: an inline one after the body made the page 8 pixels taller.
    position: 'overlay',
    anchor: 'html',
    append: 'last',
    css: cardCss,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => container,
    onRemove: (container) => container && render(null, container),
  });
  ui.mount();
  const container = ui.uiContainer;
  const hide = () => {
    stopTracking?.();
    stopTracking = undefined;
    render(null, container);
  };
  return {
    show(card, range, focus) {
      hide();
      // A page that re-renders its whole document (a framework hydrating it) may have dropped the host.
      if (!ui.shadowHost.isConnected) ui.mount();
      render(<FactCard card={card} onClose={onClose} />, container);
      const element = container.firstElementChild as HTMLElement | null;
      if (!element) return;
      const place = () =>
        void computePosition(range, element, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => Object.assign(element.style, { left: `${x}px`, top: `${y}px` }));
      stopTracking = autoUpdate(range, element, place);
      if (focus) element.focus();
    },
    hide,
    destroy() {
      hide();
      ui.remove();
    },
  };
}
