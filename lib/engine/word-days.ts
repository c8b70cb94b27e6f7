import { narrativeYear, pairedYear, yearBefore } from './day-years';
import { dayDate, type Span } from './figure-spans';
import { DAY_WORD, type DateSpan, dayOfWord } from './find-dates';
import type { FoldedText } from './fold-text';
import { MONTH, monthNumber } from './number-words';

// A day said in words without its year (`by the thirty-first of December`, `on June the first`), as speech and
// translations say it: dated as a day in digits without its year is. With a year, find-dates.ts reads it.
const NO_YEAR = '(?![a-z]|,? (?:of )?\\d)';
const WORD_DAYS = [
  new RegExp(`\\bthe ${DAY_WORD} of (${MONTH})${NO_YEAR}`, 'g'),
  new RegExp(`\\b(${MONTH}) the ${DAY_WORD}${NO_YEAR}`, 'g'),
];

/** The days said in words without their year in a folded text; `dates` are its dates so far, in text order. */
export function wordDays({ text }: FoldedText, dates: readonly DateSpan[], articleDate: string | undefined): Span[] {
  const found: Span[] = [];
  WORD_DAYS.forEach((re, order) => {
    for (const m of text.matchAll(re)) {
      const [dayWord, monthWord] = order === 0 ? [m[1], m[2]] : [m[2], m[1]];
      const month = monthNumber(monthWord ?? '');
      if (!month) continue;
      const from = m.index + (order === 0 ? 4 : 0);
      const to = m.index + m[0].length;
      const near = { near: yearBefore(text, from, dates), story: narrativeYear(from, dates) };
      const dated = dayDate({ month }, Number(dayOfWord(dayWord ?? '')), pairedYear(text, to, dates), articleDate, near);
      if (dated) found.push({ from, to, form: 'date', value: dated.year, date: dated.date, otherDates: dated.otherDates });
    }
  });
  return found;
}
