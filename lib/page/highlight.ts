import type { PageText } from './page-text';
import type { Spot } from './spots';

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
  return NAMES.get(item.kind)?.get(item.status);
}

// Looked up per kind and status: a page may have 17,000 results, and building each name costs more.
const NAMES = new Map<string, Map<string, HighlightName>>();
for (const name of HIGHLIGHT_NAMES) {
  const [, kind = '', status = ''] = name.split('-');
  NAMES.set(kind, (NAMES.get(kind) ?? new Map()).set(status, name));
}

/** True when this browser can paint with the CSS Custom Highlight API. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** A result and where it stands. */
export interface Placed<T> {
  item: T;
  spot: Spot;
}

/** Spots for results, in their order; results without a highlight name, or in a text of no nodes, are left out. */
export function spotsFor<T extends Paintable>(page: PageText, items: readonly T[]): Placed<T>[] {
  if (page.nodes.length === 0) return [];
  const out: Placed<T>[] = [];
  for (const item of items) if (highlightName(item)) out.push({ item, spot: { page, start: item.start, end: item.end } });
  return out;
}

/**
 * Makes `CSS.highlights` hold exactly these ranges under their names, swapped in one step (the page
 * repaints once, not once per range).
 */
export function register(painted: readonly { range: Range; name: HighlightName }[]): void {
  if (!canHighlight()) return;
  const groups = new Map<HighlightName, Highlight>();
  for (const { name, range } of painted) {
    let highlight = groups.get(name);
    if (!highlight) {
      highlight = new Highlight();
      groups.set(name, highlight);
    }
    highlight.add(range);
  }
  for (const name of HIGHLIGHT_NAMES) if (!groups.has(name)) CSS.highlights.delete(name);
  for (const [name, highlight] of groups) CSS.highlights.set(name, highlight);
}

/** Removes every `minusma-*` highlight. */
export function clearHighlights(): void {
  if (!canHighlight()) return;
  for (const name of HIGHLIGHT_NAMES) CSS.highlights.delete(name);
}
