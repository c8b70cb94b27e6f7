import type { Figure } from '../facts/schema';
import { countsOneYear, datedAsNeeded } from './figure-periods';
import type { FigureHit } from './find-figures';
import { clauseBefore, clauseBounds, firstClause, onlyDates } from './sentences';
import { countsPeopleAt, secondYear } from './year-spans';

const NEAR = 30;
// Further after: what a number counts comes first (`peacekeepers were deployed in 2022`).
const NEAR_AFTER = 50;

// A year after `since` or `from` starts a count that runs to the article's day (`in Mali since 2013, it has about 13,000
// troops`), and one after `until` ends a span (`extended the mandate until 30 June 2023 by a vote of 13`): neither
// says when the count holds.
const SINCE_OR_UNTIL =
  /(?:since|from|depuis|des|a partir d[eu]|until|till|jusqu'(?:au|en|a))(?: (?:the |le )?\d{1,2}(?:er)?)?(?: [a-z]+)? $/;

const YEAR = /\b(?:19|20)\d\d\b/;
const YEARS = new RegExp(YEAR.source, 'g');

// Years written close to a number, in its own clause, say when it holds: in `MINUSMA, deployed in 2013, had
// more than 15,000 peacekeepers`, the year dates the deployment. A year that starts within reach counts
// whole (`killed in 2022` after `Twelve peacekeepers were`).
/**
 * The years written within a few words of the figure and in its clause, but not a year a count runs since nor a
 * count of people written like a year.
 */
export function yearsNear(hit: FigureHit): number[] {
  const found = yearWindow(hit);
  if (found === undefined) return [];
  const [window, start, own] = found;
  const years: number[] = [];
  // A year of the figure's own words is read with the words before it in the sentence (`until 30 June 2023`).
  const countsIn = (at: number) => (at < own ? datesCount(hit.sentence, start + at) : datesCount(window, at));
  for (const m of window.matchAll(YEARS))
    if (m[0] !== hit.text && countsIn(m.index)) {
      const year = Number(m[0]);
      years.push(year);
      const next = shortYearAfter(window, m.index + 4, year);
      if (next) years.push(next);
    }
  return years;
}

// A year after `since` is where a count starts (after `until`, where a span ends), and four digits before people
// are a count themselves (`1920 police and 13289 military personnel`): neither says when the figure holds.
function datesCount(text: string, at: number): boolean {
  return !SINCE_OR_UNTIL.test(text.slice(Math.max(0, at - 24), at)) && !countsPeopleAt(text, at + 4);
}

const SHORT_AFTER = /^[-/](\d\d)(?!\d)/;

// A span of years written short (`the budget for 2022-23`) holds its second year too.
function shortYearAfter(text: string, at: number, year: number): number | undefined {
  const short = SHORT_AFTER.exec(text.slice(at, at + 4));
  return short ? secondYear(year, Number(short[1])) : undefined;
}

// The words around a figure where a year says when it holds, where they start in its sentence and how long the
// part of them from there is (an opening date may follow); undefined when they hold no year.
function yearWindow(hit: FigureHit): [window: string, start: number, own: number] | undefined {
  const { sentence, sentenceOffset: at } = hit;
  const reach = at + hit.text.length + NEAR_AFTER + 4;
  // Most figures have no year before or near them: their clauses are not worth finding.
  if (!YEAR.test(sentence.slice(0, reach))) return undefined;
  const [from, to] = clauseBounds(sentence, at, at + hit.text.length);
  // The clause before, when it is nothing but a date, dates all of this one (`In 2021, 28 peacekeepers were
  // killed and 165 wounded`).
  const before = from > 0 ? clauseBefore(sentence, from) : undefined;
  const dating = before && onlyDates(sentence.slice(...before));
  const start = dating ? before[0] : afterOtherVerb(sentence, Math.max(from, at - NEAR), at);
  const own = sentence.slice(start, Math.min(reach, to));
  const window =
    own + openingDate(sentence, dating ? start : from) + yearThen(sentence, from) + whenBefore(sentence, before) + saidThen(sentence, to);
  return YEAR.test(window) ? [window, start, own.length] : undefined;
}

// A clause that tells what happened in the year the clause before ends with (`The deadliest year was 2022, when 14
// were killed`) is dated by it, as `in 2022` would date it.
const YEAR_ENDS = /\b((?:19|20)\d\d),? ?(when |lorsque |quand )?$/;
const THEN_OPENS = /^ ?(?:in which|during which|au cours de laquelle|pendant laquelle)\b/;

function yearThen(sentence: string, from: number): string {
  const ends = YEAR_ENDS.exec(sentence.slice(Math.max(0, from - 16), from));
  return ends && (ends[2] || THEN_OPENS.test(sentence.slice(from))) ? ` in ${ends[1]}` : '';
}

// A sentence that opens with what happened at the time (`When the Council created MINUSMA in April 2013, it asked
// for 12,600 soldiers`) dates the clause right after it.
const WHEN_OPENS = /^(?:when\b|quand\b|lorsque\b|lorsqu')/;

function whenBefore(sentence: string, before: [number, number] | undefined): string {
  if (before?.[0] !== 0 || !WHEN_OPENS.test(sentence)) return '';
  const years = sentence.slice(...before).match(YEARS);
  return years ? ` in ${years.join(' ')}` : '';
}

// Who said the count and when, ending the sentence (`174 had been killed since 2013, the UN said in September 2022`,
// `a indiqué l'ONU en 2022`): the count is a tally as of the saying's year.
const SAID_LAST =
  /^[,;]\s*[^,;]{0,40}?\b(?:said|says|reported|announced|counted|declare|indique|annonce)\b[^,;]{0,25}?\b((?:19|20)\d\d)\b[^,;]*$/;

function saidThen(sentence: string, to: number): string {
  const said = SAID_LAST.exec(sentence.slice(to));
  return said ? ` as of ${said[1]}` : '';
}

// A year a sentence is about (`2022 was the deadliest year, with 14 peacekeepers killed`, `2023 a vu le retrait`) dates
// every clause of it, as `in 2022` would.
const YEAR_OPENS = /^(?:19|20)\d\d(?=(?:,? alone,?| a elle seule,?)? (?:was|saw|marked|brought|remains|fut|a ete|a vu|a marque|reste)\b)/;

// A sentence that opens with nothing but a date (`In 2022, MINUSMA was the deadliest mission, with 14 peacekeepers
// killed`) dates every clause of it; the date, set apart from the window, for a clause after it.
function openingDate(sentence: string, from: number): string {
  if (from === 0) return '';
  const about = YEAR_OPENS.exec(sentence)?.[0];
  if (about) return ` in ${about}`;
  const first = firstClause(sentence);
  return first !== undefined && first[1] < from && onlyDates(sentence.slice(...first)) ? ` ${sentence.slice(...first)}` : '';
}

// A count that a verb of its own brings in after `and` (`was established in April 2013 and has about 15,000
// personnel`) is not dated by the year of the verb before.
const OWN_VERB = /^(?:has|have|had|is|are|was|were|numbers|numbered|counts|counted|avait|compte|comptait|est|etait)\b/;

function afterOtherVerb(sentence: string, from: number, at: number): number {
  const between = sentence.slice(from, at);
  const and = Math.max(between.lastIndexOf(' and '), between.lastIndexOf(' et '));
  if (and < 0) return from;
  const next = from + and + (between.startsWith(' and ', and) ? 5 : 4);
  return OWN_VERB.test(sentence.slice(next, at)) ? next : from;
}

const IN_YEAR = /\b(?:in|during|en|pendant|au cours de)(?: the year| l'annee)? (?:19|20)\d\d\b/;
const RUNNING = /\b(?:since|depuis|by|d'ici|in all|in total|au total|so far|to date|overall|jusqu'ici)\b/;
// A year said from the article's: the one before it, or its own.
const LAST_YEAR =
  /\b(?:last year|in the past (?:year|twelve months|12 months)|over the past year|l'an (?:dernier|passe)|l'annee (?:derniere|passee))\b/;
const THIS_YEAR = /\b(?:this year|cette annee)\b/;

/**
 * The year a figure counts what happened within, written beside it (`in 2021, 28 peacekeepers were killed`) or
 * said from the article's date (`last year, 28 were killed`); none where its clause makes it a running total
 * (`by 2021`, `since 2013`, `in all`) or it gives no year.
 */
export function yearsWithin(hit: FigureHit, years: number[], articleDate: string | undefined): number[] {
  const [from, to] = clauseBounds(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  if (RUNNING.test(hit.sentence.slice(from, to))) return [];
  const near = yearWindow(hit);
  if (near !== undefined && (IN_YEAR.test(near[0]) || YEAR_OPENS.test(near[0]))) return years;
  const said = Number(articleDate?.slice(0, 4));
  const before = hit.sentence.slice(0, to);
  if (!said) return [];
  return LAST_YEAR.test(before) ? [said - 1] : THIS_YEAR.test(before) ? [said] : [];
}

/**
 * Whether the figure's text dates it to a fact's year where the fact counts one whole year (see datedAsNeeded): by
 * a year written near it or said from the article's (`last year`), found once per figure.
 */
export function datedFor(hit: FigureHit, years: number[], articleDate: string | undefined): (fact: Figure) => boolean {
  let dated: number[] | undefined;
  return (fact) => {
    if (!countsOneYear(fact)) return true;
    dated ??= [...years, ...yearsWithin(hit, years, articleDate)];
    return datedAsNeeded(fact, dated);
  };
}
