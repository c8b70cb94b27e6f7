import type { PageText } from './page-text';

// The text node holding `offset` and the offset inside it: at a boundary between two nodes, a range's
// start goes to the node after and its end to the node before.
function locate(page: PageText, offset: number, isEnd: boolean): [Text, number] | undefined {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = page.starts[mid] ?? 0;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = page.nodes[lo];
  if (!node) return undefined;
  return [node, Math.min(offset - (page.starts[lo] ?? 0), node.data.length)];
}

/** The text nodes `[start, end)` of the collected text starts and ends in, without making a Range. */
export function boundaryNodes(page: PageText, start: number, end: number): [Text, Text] | undefined {
  const from = locate(page, start, false);
  const to = locate(page, end, true);
  return from && to ? [from[0], to[0]] : undefined;
}

/** A live Range over `[start, end)` of the collected text, across as many text nodes as it spans. */
export function rangeFor(page: PageText, start: number, end: number): Range | undefined {
  const from = locate(page, start, false);
  const to = locate(page, end, true);
  if (!from || !to) return undefined;
  const range = new Range();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
