import type { DateFact, Entity, Fact, FactPack, Figure } from './schema';

/** The reader's changes on top of the shipped pack: edited or added facts by id, and deleted ids. */
export interface Overlay {
  upserts: Record<string, Fact>;
  deletions: string[];
}

/** An overlay with no changes. */
export const EMPTY_OVERLAY: Overlay = { upserts: {}, deletions: [] };

type Lists = { entities: Entity[]; figures: Figure[]; dates: DateFact[] };

function listOf(fact: Fact): keyof Lists {
  if ('aliases' in fact) return 'entities';
  return 'counts' in fact ? 'figures' : 'dates';
}

/**
 * The facts the extension uses: the base pack with the reader's edits applied. An edit replaces the
 * base fact in place; an addition goes at the end of its list; a deletion removes it.
 */
export function applyOverlay(base: FactPack, overlay: Overlay): FactPack {
  const deleted = new Set(overlay.deletions);
  const upserts = new Map(Object.entries(overlay.upserts));
  const out: Lists = { entities: [], figures: [], dates: [] };
  for (const fact of [...base.entities, ...base.figures, ...base.dates]) {
    if (deleted.has(fact.id)) continue;
    const edited = upserts.get(fact.id);
    upserts.delete(fact.id);
    push(out, edited ?? fact);
  }
  for (const fact of upserts.values()) if (!deleted.has(fact.id)) push(out, fact);
  return { version: base.version, ...out };
}

function push(lists: Lists, fact: Fact): void {
  (lists[listOf(fact)] as Fact[]).push(fact);
}

// Key order is not meaning: the schema may return fields in another order than the pack wrote them.
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function same(a: Fact, b: Fact): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

/** The overlay that turns `base` into `target`: what an import of `target` stores. */
export function diffOverlay(base: FactPack, target: FactPack): Overlay {
  const baseById = new Map<string, Fact>([...base.entities, ...base.figures, ...base.dates].map((f) => [f.id, f]));
  const upserts: Record<string, Fact> = Object.create(null);
  const kept = new Set<string>();
  for (const fact of [...target.entities, ...target.figures, ...target.dates]) {
    kept.add(fact.id);
    const original = baseById.get(fact.id);
    if (!original || !same(original, fact)) upserts[fact.id] = fact;
  }
  const deletions = [...baseById.keys()].filter((id) => !kept.has(id));
  return { upserts: { ...upserts }, deletions };
}

/** Whether a fact is as shipped, edited by the reader, or added by the reader. */
export function overlayStatus(overlay: Overlay, base: ReadonlySet<string>, id: string): 'shipped' | 'edited' | 'added' {
  if (!Object.hasOwn(overlay.upserts, id)) return 'shipped';
  return base.has(id) ? 'edited' : 'added';
}
