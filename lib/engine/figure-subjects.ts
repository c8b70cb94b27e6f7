import type { Figure } from '../facts/schema';
import type { FigureHit } from './find-figures';
import { type LinkContext, type LinkTables, scoresFor } from './link-context';
import { clauseAround } from './sentences';

// Whose figure a sentence speaks of: the mission's own, a country's or another mission's.

/** The mission every article here is about: its facts need no naming cue. */
export const MISSION = 'mission.minusma';

/** What every article here is about: naming them says nothing of whose event or count a sentence gives. */
export const EVERYWHERE: ReadonlySet<string> = new Set([MISSION, 'place.mali']);

/**
 * A figure links to a fact about another subject (a country's contingent) only where its sentence names
 * that subject (`12,000 troops must leave` says nothing of Benin's 250), and then that fact comes before
 * the mission's own: the sentence is about Benin. Undefined: the fact is not spoken of.
 */
export function subjectWeight(fact: Figure, naming: () => number, elsewhere: () => boolean): number | undefined {
  if (fact.subject === MISSION) return elsewhere() ? undefined : 0;
  return naming() > 0 ? 1 : undefined;
}

type MissionsNamed = 'none' | 'this' | 'other' | 'both';
const missionsOf = new WeakMap<number[], MissionsNamed>();

// Which UN missions a text names, worked out once per text.
function missionsNamed(text: string, tables: LinkTables, context: LinkContext): MissionsNamed {
  const { ids, names } = tables.figures.missions;
  const scores = scoresFor('missions', text, '', names, context);
  let named = missionsOf.get(scores);
  if (named === undefined) {
    const own = ids.some((id, i) => id === MISSION && (scores[i] ?? 0) > 0);
    const other = ids.some((id, i) => id !== MISSION && (scores[i] ?? 0) > 0);
    if (other) named = own ? 'both' : 'other';
    else named = own ? 'this' : 'none';
    missionsOf.set(scores, named);
  }
  return named;
}

/**
 * A sentence that names another UN mission and not this one (`MINUSCA has 14,000 peacekeepers`) speaks of
 * none of this mission's facts; where it names both, the figure's own clause decides.
 */
export function aboutOtherMission(hit: FigureHit, tables: LinkTables, context: LinkContext): boolean {
  const named = missionsNamed(hit.sentence, tables, context);
  if (named !== 'both') return named === 'other';
  const clause = clauseAround(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  return missionsNamed(clause, tables, context) === 'other';
}
