import type { Figure } from '../facts/schema';
import { countedAfter, countedLater, elapsedBy, ranInAll } from './figure-periods';
import type { FigureHit } from './find-figures';
import { MULTIPLIERS } from './number-runs';

// Whether a figure's value fits a fact's: rounded, bounded, or some years on.

/** How far past a bound a `more than` or `up to` may reach: `more than 300` says 311, not 500. */
export const BOUND_REACH = 0.2;

// A round thousand is the nearest one to the count (`13,000` troops for 12,947), not any close by:
// `17,000` is not the 17,500 of the mission. Nor does it round a count a quarter or more away (`1,000` for 687).
// In the thousands a round hundred is the nearest one too (`1,400` Chadian soldiers for 1,427); below, a
// hundred is too coarse (`200` killed is not 165) but within a hundredth of the count.
// A bound the text sets holds of the rounded count too, give or take the rounding's slack: `over 1,000` staff are
// not 927, but `jusqu'à 15 000` soldiers and police are the ceiling of 15,209.
const SLACK = 0.03;

function roundedTo(hit: FigureHit, value: number, bound: Figure['qualifier']): boolean {
  const off = Math.abs(value - hit.value);
  if (hit.valueTo !== undefined) return false;
  // Below a thousand, a round hundred within a hundredth (`300 have died` for 303; `700 injured` is not 687).
  if (hit.value < 1000)
    return hit.value % 100 === 0 && off <= value * 0.01 && !bound && (hit.qualifier === 'exact' || hit.qualifier === 'about');
  if ((hit.qualifier === 'over' || hit.qualifier === 'at least') && value < hit.value * (1 - SLACK)) return false;
  if (hit.qualifier === 'up to' && value > hit.value * (1 + SLACK)) return false;
  // So does the fact's own bound: `about 2,000 troops` are not `over 2,250`.
  if ((bound === 'over' || bound === 'at least') && hit.value < value * (1 - SLACK)) return false;
  if (bound === 'up to' && hit.value > value * (1 + SLACK)) return false;
  return (hit.value % 1000 === 0 && off < 500 && off < value / 4) || (hit.value % 100 === 0 && off < 50);
}

// Facts are the same few dozen objects for every figure of every page: each one's values are listed once.
const valueLists = new WeakMap<Figure, number[]>();

/** A fact's value and those other sources give, listed once per fact. */
export function valuesOf(fact: Figure): number[] {
  let values = valueLists.get(fact);
  if (!values) {
    values = [fact.value, ...(fact.alternatives ?? []).map((a) => a.value)];
    valueLists.set(fact, values);
  }
  return values;
}

/** Of a running total counted after the article was written, only the values counted by then. */
export function valuesBy(fact: Figure, articleDate: string | undefined): number[] {
  if (!countedLater(fact, articleDate)) return valuesOf(fact);
  return (fact.alternatives ?? []).filter((a) => a.asOf?.to !== undefined && !countedAfter(a.asOf.to, articleDate)).map((a) => a.value);
}

/**
 * The figure gives the fact's value, or one of the values other sources give, within its qualifiers; of a
 * running total, a value counted by the article's date, and of a running duration, how long it had run then.
 */
export function agrees(hit: FigureHit, fact: Figure, articleDate?: string): boolean {
  return agreedValue(hit, fact, articleDate) !== undefined;
}

// A count in dozens or tens (`a dozen`, `une vingtaine`) is vaguer than `about`: within a fifth, `a dozen` killed are
// 14, but `une dizaine` are not.
const VAGUE_SLACK = 0.2;

// Asked for every fact a figure is compared with: each figure's answer is kept.
const vagueHits = new WeakMap<FigureHit, boolean>();

function vague(hit: FigureHit): boolean {
  let is = vagueHits.get(hit);
  if (is === undefined) {
    is = MULTIPLIERS.has(hit.text.slice(hit.text.lastIndexOf(' ') + 1).toLowerCase());
    vagueHits.set(hit, is);
  }
  return is;
}

// A share is near within a point, however large: 99% of votes are not 96.9%, though 99 is within 3% of it.
const PERCENT_POINTS = 1;

// About a range is about either end (`some 12,000 to 13,000 troops` are 13,289); about a bound, about its number.
function near(hit: FigureHit, low: number, value: number, slack: number, unit: string): boolean {
  const reach = unit === 'percent' ? Math.min(value * slack, PERCENT_POINTS) : value * slack;
  if (hit.valueTo === undefined) return Math.abs(value - low) <= reach;
  return value >= hit.value - reach && value <= hit.valueTo + reach;
}

/** The fact's value the figure gives (see `agrees`): its own where it fits, else the nearest that fits. */
export function agreedValue(hit: FigureHit, fact: Figure, articleDate?: string): number | undefined {
  const values = countedLater(fact, articleDate)
    ? [...valuesBy(fact, articleDate), ...elapsedBy(fact, articleDate)]
    : [...valuesOf(fact), ...ranInAll(fact)];
  let low = hit.value;
  let high = hit.valueTo ?? hit.value;
  if (hit.qualifier === 'over' || hit.qualifier === 'at least') high = Math.max(high, low * (1 + BOUND_REACH));
  // Two ceilings are the same only where their numbers are: `up to 1,600` is no ceiling of `up to 1,400`.
  if (hit.qualifier === 'up to' && fact.qualifier !== 'up to') low = Math.min(low, high * (1 - BOUND_REACH));
  const loose = hit.qualifier === 'about' || fact.qualifier === 'about';
  // Vague words always read as _about_.
  const slack = hit.qualifier === 'about' && vague(hit) ? VAGUE_SLACK : 0.03;
  const fits = values.filter(
    (v) => (v >= low && v <= high) || (loose && near(hit, low, v, slack, fact.unit)) || roundedTo(hit, v, fact.qualifier),
  );
  if (fits.length < 2 || fits[0] === fact.value) return fits[0];
  return fits.reduce((best, v) => (Math.abs(v - hit.value) < Math.abs(best - hit.value) ? v : best));
}

/** How near the figure is to the nearest of the fact's values: 1 when equal, 0 when twice as far or more. */
export function nearness(hit: FigureHit, fact: Figure): number {
  const off = Math.min(...valuesOf(fact).map((v) => Math.abs(v - hit.value) / Math.max(Math.abs(v), 1e-9)));
  return Math.max(0, 1 - off);
}

// `More than 100` is true of 311, only far below it: no conflict, and too far to call a match. The
// same holds the other way: 1,000 soldiers is within a ceiling of `up to 1,400`.
/** A bound of the text holds of the fact's value, or the figure lies within the fact's own bound. */
export function boundHolds(hit: FigureHit, fact: Figure): boolean {
  const low = hit.value;
  const high = hit.valueTo ?? hit.value;
  if (hit.qualifier === 'over' || hit.qualifier === 'at least') return fact.value >= low;
  if (hit.qualifier === 'up to' && fact.qualifier !== 'up to') return fact.value <= high;
  if (fact.qualifier === 'over' || fact.qualifier === 'at least') return high >= fact.value;
  return fact.qualifier === 'up to' && low <= fact.value;
}

// Past this factor either way, a count is another count (a contingent against the mission, one attack's
// toll against ten years'), not a report that disagrees with the fact.
const APART = 5;

/**
 * The figure counts something other than the fact: more than five times larger or smaller. A power of ten off,
 * it is a slipped separator (`1.750` for 17,500, in a copy run through a translator) and still disagrees.
 */
export function countsOtherThan(hit: FigureHit, fact: Figure): boolean {
  if (fact.value === 0) return false;
  const ratio = hit.value / fact.value;
  if (ratio <= APART && ratio >= 1 / APART) return false;
  // The same digits exactly: 174 is not a slip for 17,500.
  const slipped = fact.value * 10 ** Math.round(Math.log10(ratio));
  return Math.abs(hit.value - slipped) > 1e-9 * slipped;
}
