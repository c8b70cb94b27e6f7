import type { DateFact, Entity, Fact, FactPack, Figure } from './schema';

/** The merged facts with look-ups by id, built once per version of the facts. */
export interface FactIndex {
  pack: FactPack;
  byId: ReadonlyMap<string, Fact>;
  entities: readonly Entity[];
  figures: readonly Figure[];
  dates: readonly DateFact[];
}

/** Indexes a pack by id. Later ids win, so an overlay can be appended after the base. */
export function indexFacts(pack: FactPack): FactIndex {
  const byId = new Map<string, Fact>();
  for (const fact of [...pack.entities, ...pack.figures, ...pack.dates]) byId.set(fact.id, fact);
  return { pack, byId, entities: pack.entities, figures: pack.figures, dates: pack.dates };
}
