import type { PageText } from './page-text';
import { boundaryNodes, rangeFor } from './text-range';

/**
 * Where a result stands: the text it was read from and its offsets in it. Its live Range is made when
 * it is painted and let go when it leaves the painted window, so a big page holds live Ranges only for
 * the highlights around the viewport: the browser updates every live Range on each change of the
 * document and traces each one at every garbage collection (85,000 of them made an 82 ms task).
 */
export interface Spot {
  readonly page: PageText;
  readonly start: number;
  readonly end: number;
  range?: Range | undefined;
}

/**
 * The spot's live Range, made on first use and kept until released: it follows the page's changes
 * meanwhile. Whoever keeps it longer than the painter does (a card) takes a copy.
 */
export function rangeOf(spot: Spot): Range | undefined {
  spot.range ??= rangeFor(spot.page, spot.start, spot.end);
  return spot.range;
}

let parking: Document | undefined;

// The browser updates a Range at every change of its document until the Range is garbage-collected,
// which may be long after it is let go: one let go is moved at once into a document of its own.
function park(range: Range): void {
  parking ??= range.startContainer.ownerDocument?.implementation.createHTMLDocument('');
  if (parking) range.setStart(parking, 0);
}

/** Reads something off the spot's Range, or off a Range made for the call and let go after it. */
export function measure<T>(spot: Spot, read: (range: Range) => T): T | undefined {
  if (spot.range) return read(spot.range);
  const range = rangeFor(spot.page, spot.start, spot.end);
  if (!range) return undefined;
  try {
    return read(range);
  } finally {
    park(range);
  }
}

/** Lets the spot's Range go (it left the painted window); the next use makes a new one. */
export function releaseRange(spot: Spot): void {
  if (spot.range) park(spot.range);
  spot.range = undefined;
}

/** The text nodes a spot starts and ends in: its Range's once made, else those it was read from. */
export function boundariesOf(spot: Spot): [Node, Node] | undefined {
  if (spot.range) return [spot.range.startContainer, spot.range.endContainer];
  return boundaryNodes(spot.page, spot.start, spot.end);
}

/** True when a spot's text left the page, collapsed, or is among the nodes that changed. */
export function isStale(spot: Spot, changed: ReadonlySet<Node>): boolean {
  const nodes = boundariesOf(spot);
  if (!nodes) return true;
  const [first, last] = nodes;
  return !first.isConnected || spot.range?.collapsed === true || changed.has(first) || changed.has(last);
}
