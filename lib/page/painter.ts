import { clearHighlights, type HighlightName, highlightName, register } from './highlight';
import type { Reading } from './reader';
import { measure, rangeOf, releaseRange, type Spot } from './spots';

/**
 * Past this many ranges Chrome's repaint of the highlights becomes a long task (it revalidates every
 * registered range on each change, 7 to 11 µs each, and its pre-paint took 22-48 ms for 2,000), so
 * big pages register a window instead.
 */
export const PAINT_LIMIT = 1_500;
/** Ranges registered on each side of the viewport on a big page. */
export const PAINT_SPAN = 500;

/** Keeps `CSS.highlights` in step with the reading. */
export interface Painter {
  /** Paints a reading: all of it, or on a big page the ranges around the viewport, following scrolls. */
  show(reading: Reading): void;
  clear(): void;
}

// Spots are in text order, which is the order they stand on the page in an article's single column.
function firstVisible(spots: readonly Spot[]): number {
  let lo = 0;
  let hi = spots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const spot = spots[mid];
    const bottom = spot ? (measure(spot, (range) => range.getBoundingClientRect().bottom) ?? 0) : 0;
    if (bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Registers the window's ranges and returns its spots.
function paint(reading: Reading, from: number, to: number): Spot[] {
  const painted: { range: Range; name: HighlightName }[] = [];
  const spots = reading.spots.slice(from, to);
  spots.forEach((spot, k) => {
    const name = highlightName(reading.items[from + k] ?? { kind: 'entity', status: '' });
    const range = rangeOf(spot);
    if (name && range) painted.push({ range, name });
  });
  register(painted);
  return spots;
}

/** A painter that follows the reader's scrolling on big pages; it stops when `signal` aborts. */
export function createPainter(doc: Document, signal: AbortSignal): Painter {
  let reading: Reading | undefined;
  let centre = -PAINT_SPAN;
  let frame = 0;
  // The spots whose ranges are registered: those that leave the window let their ranges go.
  let shown: Spot[] = [];
  const show = (next: Reading, from: number, to: number) => {
    const spots = paint(next, from, to);
    const kept = new Set(spots);
    for (const spot of shown) if (!kept.has(spot)) releaseRange(spot);
    shown = spots;
  };
  const follow = () => {
    frame = 0;
    if (!reading || reading.spots.length <= PAINT_LIMIT) return;
    const at = firstVisible(reading.spots);
    if (Math.abs(at - centre) < PAINT_SPAN / 2) return;
    centre = at;
    show(reading, Math.max(0, at - PAINT_SPAN), Math.min(reading.spots.length, at + PAINT_SPAN));
  };
  const onScroll = () => {
    if (frame === 0) frame = requestAnimationFrame(follow);
  };
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  // Capture sees scrolls of inner containers too; passive never delays the page's scrolling.
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', onScroll, { passive: true, signal });
  return {
    show(next) {
      reading = next;
      centre = -PAINT_SPAN;
      if (next.spots.length <= PAINT_LIMIT) show(next, 0, next.spots.length);
      else follow();
    },
    clear() {
      reading = undefined;
      clearHighlights();
      for (const spot of shown) releaseRange(spot);
      shown = [];
    },
  };
}
