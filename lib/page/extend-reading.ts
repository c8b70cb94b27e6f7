import { textOf } from './page-text';
import { annotatePage, type Reading } from './reader';

/** Of nodes that changed in one batch, only those not inside another: each text is read once. */
export function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

/**
 * Reads only the text that changed: drops ranges that left the page, collapsed or sat in edited
 * text, and adds what the new text holds.
 */
export async function extendReading(doc: Document, nodes: Node[], reading: Reading, french: boolean): Promise<Reading> {
  const touched = new Set(nodes);
  const stale = (r: Range) => !r.startContainer.isConnected || r.collapsed || touched.has(r.startContainer) || touched.has(r.endContainer);
  const gone = new Set(reading.ranges.filter(stale));
  const kept = reading.ranges.flatMap((range, i) => (gone.has(range) ? [] : [i]));
  const added: Reading[] = [];
  for (const node of nodes) added.push(await annotatePage(doc, textOf(node), french));
  return {
    ranges: [...kept.map((i) => reading.ranges[i] as Range), ...added.flatMap((a) => a.ranges)],
    items: [...kept.map((i) => reading.items[i] as Reading['items'][number]), ...added.flatMap((a) => a.items)],
    // Text that arrived later sorts after the page it joined, in the order it came.
    starts: [...kept.map((i) => reading.starts[i] ?? 0), ...added.flatMap((a) => a.starts.map(() => Number.MAX_SAFE_INTEGER))],
  };
}
