import type { DateFact, Entity, Fact, FactPack, Figure } from './schema';

/** The merged facts with look-ups by id, built once per version of the facts. */
export interface FactIndex {
  pack: FactPack;
  byId: ReadonlyMap<string, Fact>;
  entities: readonly Entity[];
  figures: readonly Figure[];
  dates: readonly DateFact[];
}

const frenchNamed = new WeakMap<FactIndex, FactIndex>();

/**
 * The facts as a French article is checked against them: each entity under its French name where it
 * has one. Built once per version of the facts.
 */
export function namedIn(index: FactIndex, inFrench: boolean): FactIndex {
  if (!inFrench) return index;
  let named = frenchNamed.get(index);
  if (!named) {
    const entities = index.entities.map((e) => (e.names.fr ? { ...e, name: e.names.fr } : e));
    named = indexFacts({ ...index.pack, entities });
    frenchNamed.set(index, named);
  }
  return named;
}

/** Indexes a pack by id. Later ids win, so an overlay can be appended after the base. */
export function indexFacts(pack: FactPack): FactIndex {
  const byId = new Map<string, Fact>();
  for (const fact of [...pack.entities, ...pack.figures, ...pack.dates]) byId.set(fact.id, fact);
  return { pack, byId, entities: pack.entities, figures: pack.figures, dates: pack.dates };
}
