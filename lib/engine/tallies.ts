import type { Figure } from '../facts/schema';
import { countKind } from './casualties';
import { BOUND_REACH, valuesBy, valuesOf } from './figure-fit';
import { countedAfter, countedOn } from './figure-periods';
import type { FigureHit } from './find-figures';

// Running totals counted at several dates (deaths since 2013, tallied in 2021, 2023 and at the end): which
// tally a figure may be, and which disputes it.

/**
 * Of a running total counted after the article was written, the figure says less than a value counted by
 * then (`date`): a June 2023 article's `up to 100 peacekeepers have died` falls short of May's 303.
 */
export function fallsShort(hit: FigureHit, fact: Figure, date: string | undefined): boolean {
  if (hit.qualifier === 'over' || hit.qualifier === 'at least') return false;
  const high = hit.valueTo ?? hit.value;
  return valuesBy(fact, date).some((value) => high < value);
}

// The highest value a fact allows: a count given as `over` one reaches only so far past it (`over 700` injured are
// not 2,000).
function highestOf(fact: Figure): number {
  const reach = fact.qualifier === 'over' || fact.qualifier === 'at least' ? 1 + BOUND_REACH : fact.qualifier === 'about' ? 1.03 : 1;
  return Math.max(...valuesOf(fact)) * reach;
}

/** Two tallies of one count, counted at two dates, that a figure lies between. */
export interface Between {
  earlier: Figure;
  later: Figure;
}

/**
 * Which fact disputes a figure that disagrees with `fact`. A figure above a running total and dated after it
 * was counted (`date`: the article's, or the year beside the figure) may be a later tally of a count that went
 * on growing. Only a later tally of that count among `others` (facts sharing a cue with its sentence, best
 * first) disputes it, when the figure exceeds it too or falls short of one made by its date: `174 killed in
 * attacks` in July 2023 is above January's 165 and within the about 180 of the mission's end, and lies between
 * the two; in 2024 it falls short of those 180. Durations are judged by `agrees`. `tallies`, the facts an earlier
 * tally is sought among, are given where the figure's date is a year alone (see `earlierThatYear`).
 */
export function disputingTally(
  hit: FigureHit,
  fact: Figure,
  date: string | undefined,
  others: readonly Figure[],
  tallies?: readonly Figure[],
): Figure | Between {
  const to = fact.asOf.to;
  if (!fact.runningTotal || !to || fact.unit === 'years' || fact.unit === 'months') return fact;
  if (hit.value <= fact.value) return (tallies && earlierThatYear(hit, fact, date, tallies)) || fact;
  // Counted in the same month or day, the figure may be the same tally: `166` for January 2023's 165.
  const end = countedOn(to);
  if (!date || date.slice(0, end.length) <= end) return fact;
  const later = others.filter((o) => sameCount(o, fact) && o.asOf.to && countedOn(o.asOf.to) > end);
  // A count only grows: the figure may not exceed a later tally, nor fall short of one made by its date.
  const disputing = later.find((o) => hit.value > highestOf(o) || (!countedAfter(o.asOf.to ?? '', date) && hit.value < lowestOf(o)));
  const [next] = later;
  return disputing ?? (next ? { earlier: fact, later: next } : fact);
}

/**
 * A figure below a tally counted in the year the text gives, and no month (`174 killed, the UN said in 2022`, beside
 * September 2022's 175), may have been counted earlier that year: above an earlier tally of the same count, it lies
 * between the two; short of it, it disputes the year's tally still.
 */
function earlierThatYear(hit: FigureHit, fact: Figure, date: string | undefined, tallies: readonly Figure[]): Between | undefined {
  const end = countedOn(fact.asOf.to ?? '');
  if (!date || date.slice(0, 4) !== end.slice(0, 4)) return undefined;
  const earlier = tallies
    .filter((o) => sameCount(o, fact) && o.asOf.to && countedOn(o.asOf.to) < end)
    .sort((a, b) => (a.asOf.to ?? '').localeCompare(b.asOf.to ?? ''))
    .at(-1);
  if (!earlier) return undefined;
  return hit.value < lowestOf(earlier) ? undefined : { earlier, later: fact };
}

// The lowest value a fact allows.
function lowestOf(fact: Figure): number {
  if (fact.qualifier === 'up to') return 0;
  return Math.min(...valuesOf(fact)) * (fact.qualifier === 'about' ? 0.97 : 1);
}

/**
 * Two running totals of one subject and unit, counted from the same day, of the same kind (deaths, injuries,
 * of all causes or not) are tallies of one count at two dates.
 */
export function sameCount(a: Figure, b: Figure): boolean {
  return (
    a.runningTotal === true && a.subject === b.subject && a.unit === b.unit && a.asOf.from === b.asOf.from && countKind(a) === countKind(b)
  );
}
