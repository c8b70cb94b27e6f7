import { matchesOf } from './matches';
import { MONTH, monthNumber } from './number-words';
import { isDigitCode } from './tokens';

/** A date written with a month's name or number, in folded offsets. */
export interface DateSpan {
  from: number;
  to: number;
  form: 'date';
  value: number;
  /** Always absent: the same shape as a counted number's span. */
  valueTo?: undefined;
  date: string;
}

type DateParts = [year: string, month: string, day: string | undefined];

// `30/06/2023` puts the day first, `06/30/2023` the month; `07/01/2013` is 7 January in Bamako and 1 July
// in New York, so only its year is sure (an empty month), but in French, which always puts the day first.
function numericDate(a: string, b: string, year: string, french: boolean): DateParts {
  if (Number(a) > 12 || (french && Number(b) <= 12)) return [year, b, a];
  if (Number(b) > 12 || a === b) return [year, a, b];
  return [year, '', undefined];
}

// Beside a day and a year, `Mar` is March (alone it may be the verb: `could mar 2024`).
const DAY_MONTH = `(?:${MONTH}|mar\\.?)`;

// A day as it is said (`the first of July 2023`, `July the twenty-first, 2023`), as speech and translations write it.
const UNITS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const TEENS = 'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(' ');
const ORDINAL_DAYS = [...UNITS, ...TEENS, 'twentieth', ...UNITS.map((u) => `twenty-${u}`), 'thirtieth', 'thirty-first'];
/** A day's ordinal in words, captured (`first`, `thirty-first`). */
export const DAY_WORD = `(${ORDINAL_DAYS.join('|').replaceAll('-', '[- ]')})`;
/** The day an ordinal in words names, as a string of digits. */
export const dayOfWord = (word: string) => String(ORDINAL_DAYS.indexOf(word.replace(' ', '-')) + 1);

const PATTERNS: [RegExp, (m: RegExpMatchArray, french: boolean) => DateParts][] = [
  // A time may follow, as machines write it: `2023-06-16T10:00Z`.
  [/\b(\d{4})([-/.])(\d{2})\2(\d{2})(?:\b|(?=t\d))/g, (m) => [m[1] ?? '', m[3] ?? '', m[4]]],
  [/\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g, (m, french) => numericDate(m[1] ?? '', m[3] ?? '', m[4] ?? '', french)],
  // `June 30, 2023`, `June 30 of 2023`, and as it is said, `June the 30th, 2023`.
  [new RegExp(`\\b(${DAY_MONTH}) (?:the )?(\\d{1,2})(?:st|nd|rd|th)?,? (?:of )?(\\d{4})\\b`, 'g'), (m) => [m[3] ?? '', m[1] ?? '', m[2]]],
  // `30 June 2023`, and `30. June 2023` as translations from German write it.
  [
    new RegExp(`\\b(\\d{1,2}|1er)(?:st|nd|rd|th|\\.)? (?:of )?(${DAY_MONTH}),? (?:of )?(\\d{4})\\b`, 'g'),
    (m) => [m[3] ?? '', m[2] ?? '', m[1]],
  ],
  [new RegExp(`\\b${DAY_WORD} of (${DAY_MONTH}),? (?:of )?(\\d{4})\\b`, 'g'), (m) => [m[3] ?? '', m[2] ?? '', dayOfWord(m[1] ?? '')]],
  [new RegExp(`\\b(${DAY_MONTH}) (?:the )?${DAY_WORD},? (?:of )?(\\d{4})\\b`, 'g'), (m) => [m[3] ?? '', m[1] ?? '', dayOfWord(m[2] ?? '')]],
  // `12/2021`, a month of a year in figures, as forms and tables write it (after whole days, which hold one).
  [/\b(0?[1-9]|1[0-2])\/(\d{4})\b/g, (m) => [m[2] ?? '', m[1] ?? '', undefined]],
  // `30-Jun-2023`, as databases and some press releases write it.
  [new RegExp(`\\b(\\d{1,2})-(${DAY_MONTH})-(\\d{4})\\b`, 'g'), (m) => [m[3] ?? '', m[2] ?? '', m[1]]],
  // `November of 2022`, as American English and translations write a month (`31 of October of 2023`, a day's too;
  // `August of the year 2022`, as translations from Arabic do).
  [new RegExp(`\\b(${MONTH}),? (?:of )?(?:the year )?(\\d{4})\\b`, 'g'), (m) => [m[2] ?? '', m[1] ?? '', undefined]],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Adds the dates of a stretch of text that starts at `offset` to `spans`. */
function datesIn(text: string, offset: number, spans: DateSpan[], french: boolean): void {
  const first = spans.length;
  for (const [re, parts] of PATTERNS) {
    for (const m of matchesOf(re, text)) {
      const from = offset + m.index;
      const to = from + m[0].length;
      if (spans.some((s, i) => i >= first && from < s.to && to > s.from)) continue;
      const [year, monthWord, dayWord] = parts(m, french);
      const month = /^\d+$/.test(monthWord) ? Number(monthWord) : monthNumber(monthWord);
      const day = dayWord ? Number.parseInt(dayWord, 10) : undefined;
      if ((monthWord && !month) || (month ?? 0) > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
      const date = month ? `${year}-${pad(month)}${day ? `-${pad(day)}` : ''}` : year;
      spans.push({ from, to, form: 'date', value: Number(year), valueTo: undefined, date });
    }
  }
}

// Every pattern holds a four-digit year. It starts at most 19 characters after the date does
// (`31st of september, 2013`), and the date ends at most 10 after it starts (`2013-07-01`).
const YEAR_LIKE = /\d{4}/g;
const BEFORE = 32;
const AFTER = 10;
const WORD = /\w/;

/**
 * The stretches of text around four-digit numbers, merged, each widened to whole words so that
 * `\b` reads the same in a stretch as in the whole text.
 */
function aroundYears(text: string): [number, number][] {
  const stretches: [number, number][] = [];
  for (const m of text.matchAll(YEAR_LIKE)) {
    let from = Math.max(0, m.index - BEFORE);
    let to = Math.min(text.length, m.index + 4 + AFTER);
    while (from > 0 && WORD.test(text[from - 1] ?? '')) from--;
    while (to < text.length && WORD.test(text[to] ?? '')) to++;
    const last = stretches.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  }
  return stretches;
}

/**
 * Finds `July 2013`, `June 30, 2023`, `30 juin 2023` and `1er juillet 2013` in folded text, looking
 * only around four-digit numbers: most of a text has none.
 */
export function findDates(text: string, french: boolean): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const [from, to] of aroundYears(text)) datesIn(text.slice(from, to), from, spans, french);
  if (text.includes('/')) shortYearDates(text, spans, french);
  if (text.includes("'")) apostropheYearDates(text, spans);
  return spans;
}

// `May '24`, `Nov 14, '22`, `14 Nov '22`: a month, maybe a day, and a year of this century cut to two digits after
// an apostrophe, as posts and headlines write them.
const APOSTROPHE_YEAR = /'(\d\d)(?![\p{L}\p{N}'])/gu;
const BEFORE_APOSTROPHE_YEAR = new RegExp(
  `(?:(?<!['.,-])\\b(\\d{1,2})(?:st|nd|rd|th|er)? )?\\b(${MONTH})(?: (\\d{1,2})(?:st|nd|rd|th)?)?,? $`,
);

function apostropheYearDates(text: string, spans: DateSpan[]): void {
  for (const m of text.matchAll(APOSTROPHE_YEAR)) {
    const before = BEFORE_APOSTROPHE_YEAR.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const month = before ? monthNumber(before[2] ?? '') : undefined;
    if (!before || !month) continue;
    const year = 2000 + Number(m[1]);
    const dayWord = before[1] ?? before[3];
    const day = dayWord ? Number(dayWord) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) continue;
    const from = m.index - before[0].length;
    if (spans.some((span) => from < span.to && m.index + m[0].length > span.from)) continue;
    const date = `${year}-${pad(month)}${day ? `-${pad(day)}` : ''}`;
    spans.push({ from, to: m.index + m[0].length, form: 'date', value: year, valueTo: undefined, date });
  }
}

// `16/06/23`: a date with a year of two digits, this century's, written with slashes alone.
const SHORT_YEAR_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/y;

function shortYearDates(text: string, spans: DateSpan[], french: boolean): void {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    let from = i;
    while (from > i - 2 && isDigitCode(text.charCodeAt(from - 1))) from--;
    SHORT_YEAR_DATE.lastIndex = from;
    const m = from < i ? SHORT_YEAR_DATE.exec(text) : null;
    if (!m) continue;
    const [year, month, day] = numericDate(m[1] ?? '', m[2] ?? '', String(2000 + Number(m[3])), french);
    i = from + m[0].length;
    if (!month || Number(month) > 12 || Number(day) > 31 || Number(day) < 1) continue;
    spans.push({
      from,
      to: i,
      form: 'date',
      value: Number(year),
      valueTo: undefined,
      date: `${year}-${month.padStart(2, '0')}-${day?.padStart(2, '0')}`,
    });
  }
}

const MONTH_BEFORE = new RegExp(`\\b(${MONTH}) $`);
const ORDINAL_END = /^(?:st|nd|rd|th)(?![a-z])/;
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th|er)? (?:of )?(${MONTH})(?![a-z])`);
// The first day of a range of days in one month (`du 12 au 13 août`, `12-13 August`, `between 12 and 14 May`).
// Most numbers are followed by none of the words that join a range: only those are read further.
const RANGE_JOIN = /^(?:st|nd|rd|th|er)?(?: au | to | and | et |[-\u2013]\d)/;
const RANGE_AFTER = new RegExp(
  `^(?:st|nd|rd|th|er)?(?: au | to | and | et |[-\u2013])\\d{1,2}(?:st|nd|rd|th|er)? (?:of )?(${MONTH})(?![a-z])`,
);

/**
 * A day written without a year (`June 30`, `Dec. 31`, `30 juin`, `1er juillet`) around the day's
 * number at `[from, to)` of folded text: its month and the span of the whole date, or undefined.
 */
export function dayOfMonth(text: string, from: number, to: number): { month: number; from: number; to: number } | undefined {
  const start = Math.max(0, from - 10);
  const before = MONTH_BEFORE.exec(text.slice(start, from));
  const after = before ? undefined : MONTH_AFTER.exec(text.slice(to, to + 16));
  const range = before || after || !RANGE_JOIN.test(text.slice(to, to + 7)) ? undefined : RANGE_AFTER.exec(text.slice(to, to + 24));
  const month = monthNumber(before?.[1] ?? after?.[1] ?? range?.[1] ?? '');
  if (!month) return undefined;
  if (after) return { month, from, to: to + after[0].length };
  // An ordinal's ending is the day's (`December 11th`, `the 12th and 13th of August`).
  const end = to + (ORDINAL_END.exec(text.slice(to, to + 3))?.[0].length ?? 0);
  return { month, from: before ? start + before.index : from, to: end };
}
