import type { FactIndex } from '../facts/fact-index';
import type { Figure } from '../facts/schema';
import { english, type Say } from '../say';
import { figureLine, formatDate } from './describe';

/** One way the page drifts from the canonical facts. */
export interface DriftEntry {
  kind: 'conflict' | 'variant' | 'left-out';
  /** What the page says (empty for a left-out figure). */
  said: string;
  /** The canonical fact. */
  canonical: string;
  factId: string;
  /** Where the page says it, when it does. */
  start?: number;
}

/** What drift is judged from: the results of reading a page, whole or as a page reports them. */
export interface DriftInput {
  entities: readonly { status: string; text: string; entityId: string; start: number }[];
  figures: readonly { status: string; text: string; factId?: string | undefined; start: number }[];
}

/** Everything a page gets wrong or leaves out, for the popup's drift report. */
export function findDrift(annotation: DriftInput, facts: FactIndex, say: Say = english): DriftEntry[] {
  const out: DriftEntry[] = [];
  for (const f of annotation.figures)
    if (f.status === 'conflict' && f.factId)
      out.push({ kind: 'conflict', said: f.text, canonical: canonicalOf(facts, f.factId, say), factId: f.factId, start: f.start });
  for (const e of annotation.entities)
    if (e.status === 'variant')
      out.push({ kind: 'variant', said: e.text, canonical: canonicalOf(facts, e.entityId, say), factId: e.entityId, start: e.start });
  for (const fact of leftOut(annotation, facts))
    out.push({ kind: 'left-out', said: '', canonical: figureLine(fact, say), factId: fact.id });
  return out;
}

function canonicalOf(facts: FactIndex, id: string, say: Say): string {
  const fact = facts.byId.get(id);
  if (!fact) return id;
  if ('aliases' in fact) return fact.name;
  return 'counts' in fact ? figureLine(fact, say) : `${fact.event} (${formatDate(fact.date, say)})`;
}

/** Figures of an event the page reports (same group) that the page does not give. */
function leftOut(annotation: DriftInput, facts: FactIndex): Figure[] {
  const linked = new Set(annotation.figures.filter((f) => f.status !== 'unknown').map((f) => f.factId));
  const groups = new Set(facts.figures.filter((f) => linked.has(f.id) && f.group).map((f) => f.group));
  return facts.figures.filter((f) => f.group && groups.has(f.group) && !linked.has(f.id));
}
