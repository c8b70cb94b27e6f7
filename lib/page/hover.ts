import { type HitIndex, rangeAtPoint } from './hit-test';

/** What hovering needs from the session. */
export interface HoverTarget {
  hits(): HitIndex | undefined;
  open(index: number): void;
  close(): void;
  /** True when the event target is the card (so moving onto it keeps it open). */
  onCard(target: EventTarget | null): boolean;
}

const SHOW_DELAY = 250;
const HIDE_DELAY = 400;

/**
 * Opens a card after a short delay when the pointer rests on a highlight, keeps it while the pointer
 * is on the highlight or the card, and closes it on Escape (WCAG 1.4.13: hoverable, persistent, dismissible).
 */
export function watchHover(doc: Document, target: HoverTarget, signal: AbortSignal): void {
  let hovered: number | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const clear = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  };
  // Only the reader's own pointer and keys count: a page's synthetic events could open and close cards at will.
  const onMove = (event: PointerEvent) => {
    if (frame || !event.isTrusted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (target.onCard(event.target)) return clearTimeout(hideTimer);
      const hits = target.hits();
      const index = hits ? rangeAtPoint(hits, doc, event.clientX, event.clientY) : undefined;
      if (index === hovered) return;
      hovered = index;
      clear();
      if (index !== undefined) showTimer = setTimeout(() => target.open(index), SHOW_DELAY);
      else hideTimer = setTimeout(() => target.close(), HIDE_DELAY);
    });
  };
  doc.addEventListener('pointermove', onMove, { passive: true, signal });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && event.isTrusted) {
        clear();
        target.close();
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    clear();
    cancelAnimationFrame(frame);
  });
}
