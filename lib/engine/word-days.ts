import { narrativeYear, pairedYear, yearBefore } from './day-years';
import { dayDate, type Span } from './figure-spans';
import { DAY_WORD, type DateSpan, dayOfWord } from './find-dates';
import type { FoldedText } from './fold-text';
import { MONTH, monthNumber } from './number-words';

// A day said in words without its year (`by the thirty-first of December`, `on December the eleventh`), as speech and
// translations say it: dated as a day in digits without its year is. With a year, find-dates.ts reads it. Found month
// first (month names are rare, `the` is not), then the words around it are read.
const MONTH_AT = new RegExp(`\\b${MONTH}(?![a-z])`, 'g');
const DAY_BEFORE = new RegExp(`\\bthe ${DAY_WORD} of $`);
const DAY_AFTER = new RegExp(`^ the ${DAY_WORD}(?![a-z])`);
const YEAR_NEXT = /^,? (?:of )?\d/;

/** The day in words around the month at `[at, end)`, where no year follows: its word and its span. */
function dayAround(text: string, at: number, end: number): { word: string; from: number; to: number } | undefined {
  const before = DAY_BEFORE.exec(text.slice(Math.max(0, at - 26), at));
  if (before)
    return YEAR_NEXT.test(text.slice(end, end + 8)) ? undefined : { word: before[1] ?? '', from: at - before[0].length + 4, to: end };
  const after = DAY_AFTER.exec(text.slice(end, end + 24));
  const to = end + (after?.[0].length ?? 0);
  return after && !YEAR_NEXT.test(text.slice(to, to + 8)) ? { word: after[1] ?? '', from: at, to } : undefined;
}

/** The days said in words without their year in a folded text; `dates` are its dates so far, in text order. */
export function wordDays({ text }: FoldedText, dates: readonly DateSpan[], articleDate: string | undefined): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(MONTH_AT)) {
    const month = monthNumber(m[0]);
    const day = month ? dayAround(text, m.index, m.index + m[0].length) : undefined;
    if (!month || !day) continue;
    const near = { near: yearBefore(text, day.from, dates), story: narrativeYear(day.from, dates) };
    const dated = dayDate({ month }, Number(dayOfWord(day.word)), pairedYear(text, day.to, dates), articleDate, near);
    if (dated) found.push({ from: day.from, to: day.to, form: 'date', value: dated.year, date: dated.date, otherDates: dated.otherDates });
  }
  return found;
}
