import { type PageText, rangeFor } from './page-text';

/** The statuses each kind of result can have; with the kind they name a highlight. */
export const HIGHLIGHT_NAMES = [
  'minusma-entity-match',
  'minusma-entity-variant',
  'minusma-entity-unknown',
  'minusma-figure-match',
  'minusma-figure-conflict',
  'minusma-figure-unknown',
] as const;

/** One of the public highlight names. */
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** Anything with a place in the text, a kind and a status. */
export interface Paintable {
  kind: 'entity' | 'figure';
  status: string;
  start: number;
  end: number;
}

/** The highlight name for a result: `minusma-${kind}-${status}`. */
export function highlightName(item: Pick<Paintable, 'kind' | 'status'>): HighlightName | undefined {
  const name = `minusma-${item.kind}-${item.status}`;
  return (HIGHLIGHT_NAMES as readonly string[]).includes(name) ? (name as HighlightName) : undefined;
}

/** True when this browser can paint with the CSS Custom Highlight API. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Paints results as live Ranges under the public highlight names, replacing what was there.
 * Returns each painted result with its range, in text order.
 */
export function paint<T extends Paintable>(page: PageText, items: readonly T[]): { item: T; range: Range }[] {
  clearHighlights();
  return paintMore(page, items);
}

/** Paints more results next to those already painted (text that arrived later). */
export function paintMore<T extends Paintable>(page: PageText, items: readonly T[]): { item: T; range: Range }[] {
  const groups = new Map<HighlightName, Range[]>();
  const painted: { item: T; range: Range }[] = [];
  for (const item of items) {
    const name = highlightName(item);
    const range = name ? rangeFor(page, item.start, item.end) : undefined;
    if (!name || !range) continue;
    const group = groups.get(name);
    if (group) group.push(range);
    else groups.set(name, [range]);
    painted.push({ item, range });
  }
  if (canHighlight()) {
    for (const [name, ranges] of groups) {
      // Added one by one: spreading a hundred thousand ranges into the constructor overflows the stack.
      const highlight = CSS.highlights.get(name) ?? new Highlight();
      for (const range of ranges) highlight.add(range);
      CSS.highlights.set(name, highlight);
    }
  }
  return painted;
}

/** Removes ranges from every highlight (text that left the page). */
export function unpaint(ranges: Iterable<Range>): void {
  if (!canHighlight()) return;
  const gone = new Set(ranges);
  for (const name of HIGHLIGHT_NAMES) {
    const highlight = CSS.highlights.get(name);
    if (!highlight) continue;
    for (const range of [...highlight]) if (gone.has(range as Range)) highlight.delete(range);
    if (highlight.size === 0) CSS.highlights.delete(name);
  }
}

/** Removes every `minusma-*` highlight. */
export function clearHighlights(): void {
  if (!canHighlight()) return;
  for (const name of HIGHLIGHT_NAMES) CSS.highlights.delete(name);
}
