import type { FigureHit } from './find-figures';
import { MONTH } from './number-words';
import { nounAfter, otherYearOf, yearOfDay } from './year-spans';

// The spans of text a figure is read from, and what the words around a number add to it or take from it.

/** Everything needed to turn a folded span into a hit. */
export interface Span {
  from: number;
  to: number;
  form: FigureHit['form'];
  value: number;
  valueTo?: number | undefined;
  date?: string | undefined;
  /** Where the noun it counts starts, when not right after it. */
  nounFrom?: number | undefined;
  /** What it counts, when the number's own word says so (`a decade`: years). */
  noun?: string | undefined;
  otherDates?: readonly string[] | undefined;
}

// French short forms of money, Quebec's among them: `1,2 Md$`, `1,2 G$`, `1,2 Mrd`, `1262 M$`.
const SCALE =
  /^(?:[ -](thousands?|mille|millions?|billions?|milliards?|bn)\b| ?%| (?:per ?cent|pour ?cent)\b|(bn|m|k|pc)(?![\p{L}\p{N}])| ?(mds?|mrds?|g(?=\$)|m(?=\$))(?![\p{L}\p{N}])(?! ?[€£]))/u;

// French rounds thousands and millions too: `une dizaine de milliers`, `une centaine de millions`.
const ROUND_SCALE = /^ de (milliers|millions)\b/;

function multiplier(word: string): number {
  if (word.startsWith('thousand') || word === 'mille' || word === 'k') return 1000;
  return word.startsWith('million') || word === 'm' ? 1_000_000 : 1;
}

/**
 * `22 million people` is one figure of 22,000,000 people, `15 thousand peacekeepers` of 15,000. `1.2 billion`
 * stays in the billions the budget facts are counted in, and `97%` (`97 per cent`) in percent: the word or sign
 * joins the figure and stays its noun. British papers glue the word's short form (`$1.2bn`, `£22m`, `97pc`), and
 * headlines write thousands so (`13k-strong`); an adjective hyphenates the word (`a 1.2-billion-dollar budget`).
 */
export function scaled(text: string, span: Span): Span {
  const round = ROUND_SCALE.exec(text.slice(span.to, span.to + 14));
  if (round) return { ...span, to: span.to + round[0].length, value: span.value * (round[1] === 'milliers' ? 1000 : 1_000_000) };
  const scale = SCALE.exec(text.slice(span.to, span.to + 11));
  // A sum in dollars written out whole (`$1,262,194,200`) is counted in billions too.
  if (!scale) return span.value >= 1e9 && inDollars(text, span.from, span.to) ? inBillions(text, span, 0, 1e9) : span;
  const money = scale[3];
  // `Md$`, `G$`, `Mrd` are billions of dollars: the noun says so, as `billion dollars` does.
  if (money && money !== 'm')
    return { ...span, to: span.to + scale[0].length, noun: `billion ${nounAfter(text, span.to + scale[0].length)}` };
  const by = multiplier(scale[1] ?? scale[2] ?? money ?? '');
  if (by === 1_000_000 && span.value >= 1000 && inDollars(text, span.from, span.to + scale[0].length))
    return inBillions(text, span, scale[0].length, 1000);
  const valueTo = span.valueTo === undefined ? undefined : span.valueTo * by;
  const scaledSpan = { ...span, to: span.to + scale[0].length, value: span.value * by, valueTo, nounFrom: by === 1 ? span.to : undefined };
  if (by === 1000 && valueTo === undefined) return withHundreds(text, scaledSpan);
  return valueTo === undefined && BILLION.test(scale[1] ?? scale[2] ?? '') ? withMillions(text, scaledSpan) : scaledSpan;
}

// A translation gives the millions after the billions (`one billion and 200 million dollars`, `1 milliard et 200
// millions de dollars`): one sum, in billions.
const BILLION = /^(?:billions?|milliards?|bn)$/;
const AND_MILLIONS = /^ (?:and|et) (\d{1,3}) millions?\b/;

function withMillions(text: string, span: Span): Span {
  const more = AND_MILLIONS.exec(text.slice(span.to, span.to + 24));
  return more ? { ...span, to: span.to + more[0].length, value: span.value + Number(more[1]) / 1000 } : span;
}

// A translation from Russian writes the hundreds after the thousands (`17 thousand 500 people`, `17 mille 500`).
// Not a day of a date (`1k 30 juin 2023`).
const HUNDREDS = new RegExp(
  `^ (\\d{1,3})(?![\\d.,%/]| ?(?:thousands?|mille|millions?|billions?|milliards?|per ?cent|pour ?cent)\\b|[ -]${MONTH}\\b)`,
);

function withHundreds(text: string, span: Span): Span {
  const rest = Number.isInteger(span.value) ? HUNDREDS.exec(text.slice(span.to, span.to + 24)) : null;
  return rest ? { ...span, to: span.to + rest[0].length, value: span.value + Number(rest[1]) } : span;
}

// Dollars before the number or after its scale: `$1,200 million`, `US$1,262m`, `1 262 millions de dollars`, as a
// translation writes it `1,200 millions of dollars`.
const DOLLARS_AFTER = /^(?:\$| (?:(?:us |american )?dollars?|(?:de|of) (?:us )?dollars|d'us dollars|usd)\b)/;

function inDollars(text: string, from: number, to: number): boolean {
  return text[from - 1] === '$' || DOLLARS_AFTER.test(text.slice(to, to + 20));
}

// A sum of a thousand millions or more is counted in billions, as the budget is: `$1,200 million` is $1.2 billion
// (`per` millions or units to the billion), and its noun says so, as a billion's does (`billion dollars`).
function inBillions(text: string, span: Span, scaleLength: number, per: number): Span {
  const to = span.to + scaleLength;
  const valueTo = span.valueTo === undefined ? undefined : span.valueTo / per;
  return { ...span, to, value: span.value / per, valueTo, noun: `billion ${nounAfter(text, to)}` };
}

const pad = (n: number) => String(n).padStart(2, '0');

// A day without a year is in the year of the date it is paired with (`15 May and 20 June 2015`), or else in
// the article's year, as wires write them (`June 30`); with neither, it is no figure. The other years it may mean
// are, likeliest first, the year of a date before it in its sentence (`on 15 May 2022, effective June 30`), the year
// next to the article's, and the year the story was last told in (`Le 16 juin 2023, … Le 30 juin, …`, a year on; a
// timeline's `25 April 2013 – … \n 1 July – …`).
/** The date of a day written without its year (see above), or undefined. */
export function dayDate(
  { month }: { month: number },
  day: number,
  paired: number | undefined,
  articleDate: string | undefined,
  before: { near: number | undefined; story: number | undefined },
) {
  const on = (year: number) => `${year}-${pad(month)}-${pad(day)}`;
  if (paired) return { year: paired, date: on(paired), otherDates: undefined };
  if (!articleDate) return undefined;
  const year = yearOfDay(articleDate, month, day);
  const date = on(year);
  const other = (at: number | undefined) => (at !== undefined && at !== year ? on(at) : undefined);
  const others = [other(before.near), otherYearOf(date, articleDate), other(before.story)].filter((d): d is string => d !== undefined);
  return { year, date, otherDates: others.length > 0 ? [...new Set(others)] : undefined };
}

/** Whether `[from, to)` overlaps any of the spans, sorted by start and none overlapping another. */
export function overlapsAny(sorted: readonly Span[]): (from: number, to: number) => boolean {
  return (from, to) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.to ?? 0) <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && (sorted[lo]?.from ?? Number.POSITIVE_INFINITY) < to;
  };
}
