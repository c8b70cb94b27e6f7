import type { Figure } from '../facts/schema';
import type { FigureHit } from './find-figures';

type Unit = Figure['unit'];

/** The units a figure can count in, from the noun after it. */
export function unitsFor(noun: string): Unit[] {
  if (/^(?:years?|ans?|annees?)\b/.test(noun)) return ['years'];
  if (/^(?:months?|mois)\b/.test(noun)) return ['months'];
  if (/^(?:%|per ?cent|pour ?cent)/.test(noun)) return ['percent'];
  if (/^(?:billion|milliards?|bn)\b/.test(noun)) return ['usd-billion'];
  return ['persons', 'troops', 'count'];
}

// How far past a bound a text's `more than` or `up to` may reach: `more than 300` says 311, not 500.
const BOUND_REACH = 0.2;

// A round thousand is the nearest one to the count (`13,000` troops for 12,947), not any close by:
// `17,000` is not the 17,500 of the mission. Nor does it round a count a quarter or more away (`1,000` for 687).
// In the thousands a round hundred is the nearest one too (`1,400` Chadian soldiers for 1,427); below, a
// hundred is too coarse (`200` killed is not 165).
function roundedTo(hit: FigureHit, value: number): boolean {
  const off = Math.abs(value - hit.value);
  if (hit.valueTo !== undefined || hit.value < 1000) return false;
  return (hit.value % 1000 === 0 && off < 500 && off < value / 4) || (hit.value % 100 === 0 && off < 50);
}

/** What a figure is checked by, worked out once per fact: its values and the years it holds in. */
interface FactFit {
  values: number[];
  from: number;
  to: number;
  /** The one year it holds in, when it holds in one. */
  year: number | undefined;
  /** It counts what happened over one whole year (`14 peacekeepers killed in 2022`). */
  wholeYear: boolean;
}

// Facts are the same few dozen objects for every figure of every page.
const fits = new WeakMap<Figure, FactFit>();

function fitOf(fact: Figure): FactFit {
  let fit = fits.get(fact);
  if (!fit) {
    const from = fact.asOf.from?.slice(0, 4);
    const single = from !== undefined && from === fact.asOf.to?.slice(0, 4);
    fit = {
      values: [fact.value, ...(fact.alternatives ?? []).map((a) => a.value)],
      from: Number(from ?? 0),
      to: Number(fact.asOf.to?.slice(0, 4) ?? 9999),
      year: single ? Number(from) : undefined,
      wholeYear: single && fact.asOf.from?.length === 4 && fact.asOf.to?.length === 4,
    };
    fits.set(fact, fit);
  }
  return fit;
}

// Of a running total counted after the article was written, only the values counted by then.
function valuesBy(fact: Figure, articleDate: string | undefined): number[] {
  if (!countedLater(fact, articleDate)) return fitOf(fact).values;
  return (fact.alternatives ?? []).filter((a) => a.asOf?.to !== undefined && !countedAfter(a.asOf.to, articleDate)).map((a) => a.value);
}

/**
 * The figure gives the fact's value, or one of the values other sources give, within its qualifiers; of a
 * running total, a value counted by the article's date.
 */
export function agrees(hit: FigureHit, fact: Figure, articleDate?: string): boolean {
  const values = valuesBy(fact, articleDate);
  let low = hit.value;
  let high = hit.valueTo ?? hit.value;
  if (hit.qualifier === 'over' || hit.qualifier === 'at least') high = Math.max(high, low * (1 + BOUND_REACH));
  if (hit.qualifier === 'up to') low = Math.min(low, high * (1 - BOUND_REACH));
  const loose = hit.qualifier === 'about' || fact.qualifier === 'about';
  return values.some((v) => (v >= low && v <= high) || (loose && Math.abs(v - low) <= v * 0.03) || roundedTo(hit, v));
}

/** How near the figure is to the nearest of the fact's values: 1 when equal, 0 when twice as far or more. */
export function nearness(hit: FigureHit, fact: Figure): number {
  const off = Math.min(...fitOf(fact).values.map((v) => Math.abs(v - hit.value) / Math.max(Math.abs(v), 1e-9)));
  return Math.max(0, 1 - off);
}

// `More than 100` is true of 311, only far below it: no conflict, and too far to call a match. The
// same holds the other way: 1,000 soldiers is within a ceiling of `up to 1,400`.
/** A bound of the text holds of the fact's value, or the figure lies within the fact's own bound. */
export function boundHolds(hit: FigureHit, fact: Figure): boolean {
  const low = hit.value;
  const high = hit.valueTo ?? hit.value;
  if (hit.qualifier === 'over' || hit.qualifier === 'at least') return fact.value >= low;
  if (hit.qualifier === 'up to') return fact.value <= high;
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

/** The fact held in one of the years, or no year was given. */
export function holdsInYears(fact: Figure, years: number[]): boolean {
  if (years.length === 0) return true;
  const { from, to } = fitOf(fact);
  return years.some((y) => y >= from && y <= to);
}

/** The fact holds for exactly the years written beside the figure (`14 killed in 2022`: that year's count). */
export function ofThoseYears(fact: Figure, years: number[]): boolean {
  const { year } = fitOf(fact);
  return year !== undefined && years.includes(year);
}

/**
 * People counted over one whole year (`14 peacekeepers killed in 2022`) are disputed only by a figure its text
 * dates to that year: undated, `an attack killed 4 peacekeepers` is another count. An annual budget is much
 * the same from one year to the next, so it needs no year.
 */
export function datedAsNeeded(fact: Figure, years: number[]): boolean {
  const { wholeYear, year } = fitOf(fact);
  return !wholeYear || fact.unit === 'usd-billion' || (year !== undefined && years.includes(year));
}

/**
 * The fact began after the article was written, so it is not what the article reports: a 2014 article's
 * 12,640 authorised peacekeepers are not the 12,947 of August 2023.
 */
export function beganAfter(fact: Figure, articleDate: string | undefined): boolean {
  return articleDate !== undefined && fact.asOf.from !== undefined && fact.asOf.from > articleDate;
}

/**
 * A running total counted to a date after the article was written: the article gives an earlier tally, which
 * may agree with a value counted by then but disputes nothing (a 2014 article's 30 peacekeepers killed are not
 * the 128 of January 2021).
 */
export function countedLater(fact: Figure, articleDate: string | undefined): boolean {
  return fact.runningTotal === true && fact.asOf.to !== undefined && countedAfter(fact.asOf.to, articleDate);
}

// A count of a whole year is taken at its end (the 14 killed in 2022 were counted after an article of June
// 2022); one of a month, in that month (January 2023's 165 killed can be in an article of 20 January 2023).
function countedAfter(to: string, articleDate: string | undefined): boolean {
  const end = to.length === 4 ? `${to}-12-31` : to;
  return articleDate !== undefined && articleDate.slice(0, end.length) < end;
}

/** The period includes the date (at the date's precision). */
export function covers(asOf: Figure['asOf'], date: string | undefined): boolean {
  if (!date) return false;
  return (!asOf.from || asOf.from.slice(0, date.length) <= date) && (!asOf.to || date.slice(0, asOf.to.length) <= asOf.to);
}
