import { boundariesOf, measure, type Spot } from './spots';

/** Results' spots indexed by the text nodes they start and end in, for hit-testing the pointer. */
export interface HitIndex {
  spots: readonly Spot[];
  byNode: Map<Node, number[]>;
}

/** Indexes spots by their boundary text nodes, without making their ranges. */
export function buildHitIndex(spots: readonly Spot[]): HitIndex {
  const byNode = new Map<Node, number[]>();
  const add = (node: Node, i: number) => {
    const list = byNode.get(node);
    if (list) list.push(i);
    else byNode.set(node, [i]);
  };
  spots.forEach((spot, i) => {
    const [first, last] = boundariesOf(spot) ?? [];
    if (first) add(first, i);
    if (last && last !== first) add(last, i);
  });
  return { spots, byNode };
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): Node | undefined {
  if (doc.caretPositionFromPoint) return doc.caretPositionFromPoint(x, y)?.offsetNode ?? undefined;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? undefined;
}

function inside(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}

/**
 * The painted range under a point: the caret position gives the text node, the index gives its
 * ranges, and the ranges' rectangles confirm the pointer is on the text (not in the margin beside it).
 */
export function rangeAtPoint(index: HitIndex, doc: Document, x: number, y: number): number | undefined {
  const node = caretAt(doc as CaretDocument, x, y);
  const candidates = node ? index.byNode.get(node) : undefined;
  return candidates?.find((i) => {
    const spot = index.spots[i];
    return spot !== undefined && measure(spot, (range) => inside(range, x, y)) === true;
  });
}
