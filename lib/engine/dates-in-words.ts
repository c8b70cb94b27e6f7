import { monthsOfThatYear } from './day-years';
import { overlapsAny, type Span } from './figure-spans';
import type { DateSpan } from './find-dates';
import type { FoldedText } from './fold-text';
import { monthsAlone } from './months-alone';
import { wordDays } from './word-days';

/**
 * Dates said in words around the dates and numbers found so far (`spans`): a month of a year written before, a day
 * in words without its year, a month written alone, each where nothing found so far or before it lies.
 */
export function datesInWords(folded: FoldedText, spans: readonly Span[], articleDate: string | undefined): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const placed = overlapsAny(sorted);
  const dates = sorted.filter((span): span is DateSpan => span.form === 'date');
  const found: Span[] = [];
  const candidates = [
    ...monthsOfThatYear(folded.text, dates),
    ...wordDays(folded, dates, articleDate),
    ...monthsAlone(folded, dates, articleDate),
  ];
  for (const date of candidates) {
    if (!placed(date.from, date.to) && !found.some((f) => date.from < f.to && date.to > f.from)) found.push(date);
  }
  return found;
}
