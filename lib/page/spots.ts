import type { PageText } from './page-text';
import { boundaryNodes, rangeFor } from './text-range';

/**
 * Where a result stands: the text it was read from and its offsets in it. Its live Range is made on
 * first use (painting it, hovering it, opening its card), so a big page holds live Ranges only for
 * the highlights around the viewport: the browser updates every live Range on each change of the
 * document and traces each one at every garbage collection (85,000 of them made an 82 ms task).
 */
export interface Spot {
  readonly page: PageText;
  readonly start: number;
  readonly end: number;
  range?: Range | undefined;
}

/** The spot's live Range, made on first use and kept: from then on it follows the page's changes. */
export function rangeOf(spot: Spot): Range | undefined {
  spot.range ??= rangeFor(spot.page, spot.start, spot.end);
  return spot.range;
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
