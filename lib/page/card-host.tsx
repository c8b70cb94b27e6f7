import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FactCard } from '../../components/FactCard';
import cardCss from '../../components/fact-card.css?inline';
import type { CardData } from '../engine/card-data';

/** The single shadow-root host of the extension's in-page UI. */
export const UI_TAG = 'minusma-reader-ui';

/** Shows one card at a time, anchored to a range. */
export interface CardHost {
  show(card: CardData, range: Range, focus: boolean): void;
  hide(): void;
  /** True when the pointer or focus is on the card. */
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

/** Creates the shadow-root host on first use; page CSS cannot reach inside it. */
export async function createCardHost(ctx: ContentScriptContext, onClose: () => void): Promise<CardHost> {
  let stopTracking: (() => void) | undefined;
  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: UI_TAG,
    position: 'inline',
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
    contains: (node) => node instanceof Node && (ui.shadowHost === node || ui.shadowHost.contains(node) || ui.shadow.contains(node)),
    destroy() {
      hide();
      ui.remove();
    },
  };
}
