import type { FoldedText } from './fold-text';
import type { NumberSpan } from './parse-numbers';

// Which numbers are years, and what a number counts.

/** A year found among the numbers, in folded offsets. */
export interface YearSpan {
  from: number;
  to: number;
  form: 'date';
  value: number;
  date: string;
}

const NOUN = /^(?::\s+|[-\s]*)(%|(?:[\p{L}']+ ){0,2}[\p{L}']+)/u;

/**
 * What a number counts: up to three folded words after it, or a percent sign (`97%`, `97 %`); after a colon too, as a
 * "by the numbers" list writes them (`10: years the mission spent in Mali`).
 */
export function nounAfter(text: string, end: number): string {
  return NOUN.exec(text.slice(end, end + 60))?.[1] ?? '';
}

const COUNT_NOUN =
  /^(?:troops|soldiers|people|persons|peacekeepers|personnel|staff|police|civilians|casques|soldats|militaires|personnes|policiers|gendarmes|membres|hommes|killed|dead|wounded|injured|morts|tues|blesses|members|fighters|refugees|%)/;

/** Whether the number that ends at `end` counts people (`2000 troops`, `1920 police`), folded. */
export function countsPeopleAt(text: string, end: number): boolean {
  return COUNT_NOUN.test(nounAfter(text, end));
}

/** A decade as French names it (`les années 2010`, the 2010s): no date of any event. */
export function isFrenchDecade(text: string, from: number, value: number): boolean {
  return value % 10 === 0 && text.startsWith('annees ', from - 7);
}

/** Four digits from 1900 to 2100 that count no people (`2000 troops` is a count). */
export function isYear(folded: FoldedText, from: number, to: number, value: number): boolean {
  const raw = folded.text.slice(from, to);
  return /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && !countsPeopleAt(folded.text, to);
}

/**
 * `from 2013 to 2023`, `between 2013 and 2023`, `2013-2023`: two years, not a count from one to the other
 * (unless people follow: `2000-2500 troops`).
 */
export function yearsOfRange(folded: FoldedText, n: NumberSpan): YearSpan[] | undefined {
  if (n.valueTo === undefined || !isYear(folded, n.from, n.from + 4, n.value)) return undefined;
  const end = n.to - 4;
  if (!isYear(folded, end, n.to, n.valueTo)) return undefined;
  return [
    { from: n.from, to: n.from + 4, form: 'date', value: n.value, date: String(n.value) },
    { from: end, to: n.to, form: 'date', value: n.valueTo, date: String(n.valueTo) },
  ];
}

const SHORT_YEAR_BEFORE = /(?<!\d)((?:19|20)\d\d)[-/]$/;

/** `2013–14`, `2022/23`: the second year of a span of years written short, which is no count of fourteen. */
export function shortYear(folded: FoldedText, n: NumberSpan): YearSpan | undefined {
  if (n.to - n.from !== 2 || n.valueTo !== undefined) return undefined;
  const before = SHORT_YEAR_BEFORE.exec(folded.text.slice(Math.max(0, n.from - 6), n.from));
  if (!before) return undefined;
  const year = secondYear(Number(before[1]), n.value);
  return year === undefined ? undefined : { from: n.from, to: n.to, form: 'date', value: year, date: String(year) };
}

/** The second year of a span written short, from its first year and two digits (`2013`, `14`: 2014), if one. */
export function secondYear(first: number, digits: number): number | undefined {
  const year = first - (first % 100) + digits;
  return year > first && year - first <= 10 ? year : undefined;
}

const MONTHS_AHEAD = 9;

/**
 * The year of a day written without one (`June 30`), as wires write them: the article's year, or the year
 * before when that would put it more than nine months after the article (`Dec. 30` in a January article).
 * Nearer days ahead are this year's: a deadline (`by Dec. 31` in a June article), a vote planned.
 */
export function yearOfDay(articleDate: string, month: number, day: number): number {
  const [year = 0, articleMonth, articleDay = 1] = articleDate.split('-').map(Number);
  if (articleMonth === undefined) return year;
  return month - articleMonth + (day - articleDay) / 31 > MONTHS_AHEAD ? year - 1 : year;
}

/**
 * The same day in the other year a day written without its year may mean: the year before, when the year
 * `yearOfDay` gave puts it after the article; the article's own, when it gave the year before; and the year
 * after, when it puts it more than nine months before (`January 1` in a late December article).
 */
export function otherYearOf(date: string, articleDate: string): string | undefined {
  const year = Number(date.slice(0, 4));
  if (date > articleDate) return `${year - 1}${date.slice(4)}`;
  if (year < Number(articleDate.slice(0, 4))) return `${year + 1}${date.slice(4)}`;
  const [, month = 0, day = 1] = date.split('-').map(Number);
  const [, articleMonth = 0, articleDay = 1] = articleDate.split('-').map(Number);
  return articleMonth - month + (articleDay - day) / 31 > MONTHS_AHEAD ? `${year + 1}${date.slice(4)}` : undefined;
}
