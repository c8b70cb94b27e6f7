// Which people a disputed count is of: the kind its clause names, and whether it gives another count of them.
import type { Figure } from '../facts/schema';
import { countsCasualties } from './casualties';
import {
  countsCivilians,
  countsStaff,
  speaksOfCiviliansAlone,
  speaksOfEveryone,
  speaksOfPeacekeepersAlone,
  speaksOfSoldiersAlone,
  speaksOfStaff,
} from './counted';
import { agrees } from './figure-fit';
import type { FigureHit } from './find-figures';
import { best } from './link-context';

const PEOPLE: ReadonlySet<Figure['unit']> = new Set(['persons', 'troops']);

/** A fact in the running, with how well its sentence fits it. */
type Ranked = { item: Figure; rank: number };

/** How a figure's clause says who it counts, read once per figure. */
export interface KindOfPeople {
  /** The clause counts other people than the fact does, whatever its value. */
  countsOthers(fact: Figure): boolean;
  /** The fact a figure disputes in place of the best-ranked one (`top`), if any. */
  instead(top: Figure, scored: readonly Ranked[], fits: (fact: Figure) => boolean): Figure | undefined;
}

/**
 * Reads who a figure's clause counts. Soldiers are not everyone in the mission (`its military component was 12,000
 * strong` disputes no count of all, and `17,000 personnel` no count of soldiers); peacekeepers are police as well as
 * troops (`MINUSCA has about 17,000 peacekeepers` is above its 14,400 troops), and no civilians.
 */
export function kindOfPeople(hit: FigureHit, clause: string): KindOfPeople {
  const soldiers = speaksOfSoldiersAlone(clause);
  const everyone = speaksOfEveryone(clause);
  const civilians = speaksOfCiviliansAlone(clause);
  const peacekeepers = speaksOfPeacekeepersAlone(clause);
  const uniformed = peacekeepers && !speaksOfStaff(hit.sentence);
  return {
    countsOthers: (fact) =>
      (soldiers && countsStaff(fact)) ||
      (everyone && fact.unit === 'troops') ||
      (civilians && !countsCivilians(fact)) ||
      (peacekeepers && fact.unit === 'troops' && hit.value > fact.value),
    instead: (top, scored, fits) => (uniformed && countsStaff(top) && hit.value < top.value ? uniformedInstead(top, scored, fits) : top),
  };
}

// Fewer peacekeepers than a count of everyone dispute a count of the uniformed the sentence holds a cue of, if any,
// and not one they may be under (`around 12,000 peacekeepers serve in MINUSMA` are not short of its 17,500 people).
function uniformedInstead(whole: Figure, scored: readonly Ranked[], fits: (fact: Figure) => boolean): Figure | undefined {
  const uniformed = (fact: Figure) =>
    fact.subject === whole.subject && PEOPLE.has(fact.unit) && !countsStaff(fact) && !countsCasualties(fact) && fits(fact);
  return best(scored.filter((c) => uniformed(c.item)).map((c) => ({ item: c.item, score: c.rank })))?.item;
}

// Words for people that say no more of who they are: `personnel` may be all of a mission's people or its uniformed.
const ANYONE = /^(?:personnel|personnels|people|persons|personnes|members|membres|strong|forte)\b/;

/**
 * A figure of people of no stated kind that gives another count of the same subject's people is that count, not a
 * wrong figure of this one: `about 13,000 personnel` are the troops and police deployed, no dispute of the mission's
 * 17,500 people. Where the text names the kind, it is a mix-up the reader should see (`250 police` gives Benin's
 * infantry for its police), and so are deaths and injuries (`165 injured` gives the count of the killed).
 */
export function givesAnotherCount(hit: FigureHit, linked: Figure, facts: readonly Figure[], articleDate: string | undefined): boolean {
  if (!ANYONE.test(hit.noun) || !PEOPLE.has(linked.unit) || countsCasualties(linked)) return false;
  return facts.some(
    (fact) =>
      fact !== linked &&
      fact.subject === linked.subject &&
      PEOPLE.has(fact.unit) &&
      !countsCasualties(fact) &&
      agrees(hit, fact, articleDate),
  );
}

// What remains of a force after its fact was counted (`had left behind 600 civilian staff`, `12,000 peacekeepers
// remained in September`) is a later count of a force that shrank, no wrong figure of the count taken before.
const REMAINS = /\b(?:remain(?:s|ed|ing)?|left behind|still|restent|restaient|restants?|encore)\b/;

/** The clause says what remained of a force after its fact (`linked`) was counted (see above). */
export function remainsSince(clause: string, linked: Figure, articleDate: string | undefined): boolean {
  if (linked.runningTotal || !PEOPLE.has(linked.unit) || !articleDate || !linked.asOf.to) return false;
  return linked.asOf.to < articleDate.slice(0, linked.asOf.to.length) && REMAINS.test(clause);
}
