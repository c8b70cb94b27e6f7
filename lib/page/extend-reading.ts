import { textOf } from './page-text';
import { annotatePage, type Reading } from './reader';
import { boundariesOf, isStale, type Spot } from './spots';

/** Of nodes that changed in one batch, only those not inside another: each text is read once. */
export function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

// Where a node's results go: after every result that starts before the node in the document. The
// painter finds the viewport's results by their order, so text read later must not go at the end.
function insertionPoint(spots: readonly Spot[], node: Node): number {
  let lo = 0;
  let hi = spots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const first = boundariesOf(spots[mid] as Spot)?.[0];
    if (first && first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function keep(reading: Reading, touched: ReadonlySet<Node>): Reading {
  const kept = reading.spots.flatMap((spot, i) => (isStale(spot, touched) ? [] : [i]));
  return {
    spots: kept.map((i) => reading.spots[i] as Spot),
    items: kept.map((i) => reading.items[i] as Reading['items'][number]),
    starts: kept.map((i) => reading.starts[i] ?? 0),
  };
}

/**
 * Reads only the text that changed: drops results whose text left the page, collapsed or sat in
 * edited text, and adds what the new text holds where it stands on the page.
 */
export async function extendReading(doc: Document, nodes: Node[], reading: Reading, french: boolean): Promise<Reading> {
  const next = keep(reading, new Set(nodes));
  for (const node of nodes) {
    const added = await annotatePage(doc, textOf(node), french);
    const at = insertionPoint(next.spots, node);
    // Offsets in the page's text order results for merging the tagger's names: new text takes its place's.
    const start = next.starts[at - 1] ?? 0;
    next.spots.splice(at, 0, ...added.spots);
    next.items.splice(at, 0, ...added.items);
    next.starts.splice(at, 0, ...added.starts.map(() => start));
  }
  return next;
}
