// When a canonical figure holds, against the years a text gives and the article's own date.
import type { Figure } from '../facts/schema';
import type { FigureHit } from './find-figures';
import { numberWordValue } from './number-words';

/** When a fact holds, worked out once per fact: the years it holds in. */
interface YearsHeld {
  from: number;
  to: number;
  /** The one year it holds in, when it holds in one. */
  year: number | undefined;
  /** It counts what happened over one whole year (`14 peacekeepers killed in 2022`). */
  wholeYear: boolean;
}

// Facts are the same few dozen objects for every figure of every page.
const held = new WeakMap<Figure, YearsHeld>();

function yearsOf(fact: Figure): YearsHeld {
  let years = held.get(fact);
  if (!years) {
    const from = fact.asOf.from?.slice(0, 4);
    const single = from !== undefined && from === fact.asOf.to?.slice(0, 4);
    years = {
      from: Number(from ?? 0),
      to: Number(fact.asOf.to?.slice(0, 4) ?? 9999),
      year: single ? Number(from) : undefined,
      wholeYear: single && fact.asOf.from?.length === 4 && fact.asOf.to?.length === 4,
    };
    held.set(fact, years);
  }
  return years;
}

/** The fact held in one of the years, or no year was given. */
export function holdsInYears(fact: Figure, years: number[]): boolean {
  if (years.length === 0) return true;
  const { from, to } = yearsOf(fact);
  return years.some((y) => y >= from && y <= to);
}

/** The fact holds for exactly the years written beside the figure (`14 killed in 2022`: that year's count). */
export function ofThoseYears(fact: Figure, years: number[]): boolean {
  const { year } = yearsOf(fact);
  return year !== undefined && years.includes(year);
}

/** The fact began counting in a year before every year written beside the figure. */
export function startedBefore(fact: Figure, years: number[]): boolean {
  return years.length > 0 && years.every((y) => yearsOf(fact).from < y);
}

/** The fact counts people over one whole year, so needs its year in a text (see datedAsNeeded). */
export function countsOneYear(fact: Figure): boolean {
  return yearsOf(fact).wholeYear && fact.unit !== 'usd-billion';
}

/**
 * People counted over one whole year (`14 peacekeepers killed in 2022`) are disputed only by a figure its text
 * dates to that year: undated, `an attack killed 4 peacekeepers` is another count. An annual budget is much
 * the same from one year to the next, so it needs no year.
 */
export function datedAsNeeded(fact: Figure, years: number[]): boolean {
  const { wholeYear, year } = yearsOf(fact);
  return !wholeYear || fact.unit === 'usd-billion' || (year !== undefined && years.includes(year));
}

// A sum over the years (`$12 billion over its ten years`, `in total`, `since 2013`, `over its lifetime`, `total cost`,
// `au total`, `en dix ans`, `coût total`).
const OVER_YEARS =
  /\b(?:over (?:its|the|a|their|\d+|[a-z]+)(?: [a-z]+)? (?:years|decade)|in total|in all|altogether|since (?:19|20)\d\d|lifetime|over its life|total cost|cumulative|au total|en tout|(?:en|sur) (?:dix|\d+) ans|depuis (?:19|20)\d\d|cout total|au cours de son existence)\b/;

const ANNUAL = /\b(?:a|per|each|every) year\b|\bannual|\byearly\b|\bpar an\b|\bchaque annee\b|\bannuel/;

/**
 * Its sentence, up to the semicolons around the figure at `at` (a list's items: `311 killed since 2013; $1.2bn, its
 * annual budget`), makes a sum a total of years, and its own words no yearly one: no annual budget.
 */
export function sumOfYears(fact: Figure, sentence: string, own: string, at: number): boolean {
  if (fact.unit !== 'usd-billion' || ANNUAL.test(own)) return false;
  const end = sentence.indexOf(';', at);
  return OVER_YEARS.test(sentence.slice(sentence.lastIndexOf(';', at) + 1, end < 0 ? undefined : end));
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

/**
 * A count dated `to` was made after the article: a count of a whole year is taken at its end (the 14 killed in
 * 2022 were counted after an article of June 2022); one of a month, in that month (January 2023's 165 killed
 * can be in an article of 20 January 2023).
 */
export function countedAfter(to: string, articleDate: string | undefined): boolean {
  const end = countedOn(to);
  return articleDate !== undefined && articleDate.slice(0, end.length) < end;
}

/**
 * The latest tally of a running total that another source counted by the date, as a fact of its own: in July
 * 2023, the 303 deaths counted by May, before the 311 of December.
 */
export function tallyBy(fact: Figure, date: string | undefined): Figure | undefined {
  let latest: { value: number; asOf: Figure['asOf'] } | undefined;
  for (const { value, asOf } of fact.alternatives ?? [])
    if (asOf?.to && !countedAfter(asOf.to, date) && (!latest || asOf.to > (latest.asOf.to ?? ''))) latest = { value, asOf };
  if (!latest) return undefined;
  const { alternatives: _, ...tally } = fact;
  return { ...tally, ...latest };
}

/** The day a count dated `to` was made: a whole year's at its end. */
export function countedOn(to: string): string {
  return to.length === 4 ? `${to}-12-31` : to;
}

/** The period includes the date (at the date's precision). */
export function covers(asOf: Figure['asOf'], date: string | undefined): boolean {
  if (!date) return false;
  return (!asOf.from || asOf.from.slice(0, date.length) <= date) && (!asOf.to || date.slice(0, asOf.to.length) <= asOf.to);
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

function dayOf(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** How long a running duration (years or months since it began) had run by a date, in its unit; else undefined. */
export function ranBy(fact: Figure, date: string | undefined): number | undefined {
  if (!date || !fact.runningTotal || !fact.asOf.from || (fact.unit !== 'years' && fact.unit !== 'months')) return undefined;
  const years = (dayOf(date) - dayOf(fact.asOf.from)) / YEAR_MS;
  if (years <= 0) return undefined;
  return fact.unit === 'years' ? years : years * 12;
}

/**
 * How long a running duration ran in all, to its end (the mission's ten and a half years, July 2013 to December
 * 2023; France's nine and a half): what a text that gives the fraction says. Empty while it runs on.
 */
export function ranInAll(fact: Figure): number[] {
  const ran = fact.asOf.to ? ranBy(fact, countedOn(fact.asOf.to)) : undefined;
  return ran === undefined ? [] : [ran];
}

/** `ranBy` in whole and in rounded units: in June 2023 the mission had been in Mali for nine years, or ten. */
export function elapsedBy(fact: Figure, date: string | undefined): number[] {
  const ran = ranBy(fact, date);
  return ran === undefined ? [] : [Math.floor(ran), Math.round(ran)];
}

const FIRST_YEARS =
  /\b(?:in|during|over|within) (?:its|the|their) first (?:[a-z]+ )?(?:years?|months?)\b|\b(?:au cours de|pendant|durant|lors de) (?:ses|leurs|les) (?:[a-z]+ )?premieres? (?:annees|mois)\b/;
// A few years, the last or any (`in five years`, `over the past three years`, `en cinq ans`, `sur les deux dernières
// années`): fewer than the mission's ten.
const SOME_YEARS =
  /\b(?:in|over|within|during|en|sur|pendant|durant)(?: the| its| les| ses)?(?: (?:past|last|first))? ([a-z]+|\d) (?:(?:dernieres|premieres) )?(?:years|ans|annees)\b/;

// A running total counted over more than one year: a count of one year is none of its tallies.
const overYears = (fact: Figure) => fact.asOf?.from?.slice(0, 4) !== fact.asOf?.to?.slice(0, 4);

// One year said without its number (`killed in hostile acts that year`, `cette année-là`, `last year`): one of them,
// unless it is when the count was made (`by the end of last year`, `depuis l'an dernier`).
const ONE_YEAR =
  /(?<!\b(?:end of|by|since|until|fin de|depuis|jusqu'a|d'ici a) )\b(?:that year|this year|last year|the same year|cette annee(?:-la)?|la meme annee|l'an dernier|l'annee derniere)\b/;

/** A folded sentence counts over some of a running total's years only (see above). */
export function countsSomeYears(sentence: string, fact: Figure): boolean {
  if (FIRST_YEARS.test(sentence) || (ONE_YEAR.test(sentence) && overYears(fact))) return true;
  const few = SOME_YEARS.exec(sentence)?.[1];
  const value = few === undefined ? undefined : (numberWordValue(few, true) ?? Number(few));
  return value !== undefined && value > 1 && value < 9;
}

// A time counted from an event (`Five months later, Mali asked the mission to leave`, `six mois plus tard`, `il y a
// trois ans`): how long after, which is no duration a fact holds, though it may be one (`ten years after its creation,
// the mission ended`).
const OFFSET_AFTER =
  /^(?:months?|years?|weeks?|days?|decades?) (?:later|earlier|after|before|ago|on)\b|^(?:mois|ans|annees|semaines|jours) (?:plus tard|plus tot|apres|avant|auparavant)\b/;
const AGO_BEFORE = /\bil y a $/;

/** The figure is a time counted from an event (see above): it disputes no duration. */
export function offsetInTime(hit: FigureHit): boolean {
  return OFFSET_AFTER.test(hit.noun) || AGO_BEFORE.test(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 8), hit.sentenceOffset));
}
