import { type FactIndex, indexFacts } from './fact-index';
import type { DateFact, Entity, Fact, Figure } from './schema';

type Worded = { note?: string | undefined; fr?: { note?: string | undefined } | undefined };

// The French words a fact has take the place of its English ones; the rest stays as it is.
function inFrench<T extends Worded>(fact: T, fields: readonly (keyof NonNullable<T['fr']> & keyof T)[]): T {
  const fr = fact.fr as Record<string, string | undefined> | undefined;
  if (!fr) return fact;
  const out: Record<string, unknown> = { ...fact };
  for (const field of fields) if (fr[field as string] !== undefined) out[field as string] = fr[field as string];
  return out as T;
}

const entityInFrench = (e: Entity): Entity => inFrench(e, ['description', 'role', 'note']);
const dateInFrench = (d: DateFact): DateFact => inFrench(d, ['event', 'note']);
const figureInFrench = (f: Figure): Figure => {
  const worded = inFrench(f, ['counts', 'note']);
  return f.alternatives ? { ...worded, alternatives: f.alternatives.map((a) => inFrench(a, ['note'])) } : worded;
};

/** One fact worded for the reader: in French words where it has them for a reader whose browser speaks French. */
export function wordedFor<T extends Fact>(fact: T, readerFrench: boolean): T {
  if (!readerFrench) return fact;
  if ('aliases' in fact) return entityInFrench(fact) as T;
  return ('counts' in fact ? figureInFrench(fact) : dateInFrench(fact)) as T;
}

const french = new WeakMap<FactIndex, FactIndex>();

/**
 * The facts worded for the reader: for a reader whose browser speaks French, each fact's French
 * description, role, count, event and notes where it has them. Names and cues are the same in both.
 */
export function inReaderLanguage(index: FactIndex, readerFrench: boolean): FactIndex {
  if (!readerFrench) return index;
  let worded = french.get(index);
  if (!worded) {
    const { pack } = index;
    worded = indexFacts({
      ...pack,
      entities: pack.entities.map(entityInFrench),
      figures: pack.figures.map(figureInFrench),
      dates: pack.dates.map(dateInFrench),
    });
    french.set(index, worded);
  }
  return worded;
}
