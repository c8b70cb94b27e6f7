import { agedAt, agedOrTimed, isLabel, phoneSpans } from './counts-nothing';
import { datesInWords } from './dates-in-words';
import { narrativeYear, pairedYear, sameYearAs, yearBefore } from './day-years';
import { findDecades } from './decades';
import { dayDate, overlapsAny, type Span, scaled } from './figure-spans';
import { dayOfMonth, findDates } from './find-dates';
import type { FoldedText } from './fold-text';
import { originalSpan } from './fold-text';
import { findWordNumbers } from './number-phrases';
import { MONTH } from './number-words';
import { parseNumbers } from './parse-numbers';
import { type Qualifier, qualifierOf } from './qualifiers';
import { antecedentOf, sentenceOf } from './sentence-context';
import { type Sentences, sentencesOf } from './sentences';
import { isFrenchDecade, isYear, nounAfter, shortYear, yearsOfRange } from './year-spans';

/** A number or date found in the text. */
export interface FigureHit {
  kind: 'figure';
  start: number;
  end: number;
  text: string;
  form: 'count' | 'date';
  value: number;
  valueTo?: number | undefined;
  /** For dates: ISO date with the precision the text gives (`2013`, `2013-07`, `2013-07-01`). */
  date?: string | undefined;
  /** For a day written without its year: the same day in the other years it may mean, likeliest first. */
  otherDates?: readonly string[] | undefined;
  qualifier: Qualifier;
  /** The folded words right after the number: what it counts. */
  noun: string;
  /** The folded sentence it stands in. */
  sentence: string;
  /** Where the figure starts in `sentence`. */
  sentenceOffset: number;
  /**
   * The folded sentence before, when this one opens with a pronoun that stands for what that one names (`He
   * died in August 2023`); empty otherwise.
   */
  antecedent: string;
}

const BARE_MONTH = new RegExp(`^(?:in |en |since |depuis |of |d')?${MONTH}`);

// One literal shape for every hit (absent parts are undefined): spreads of varying shapes are slow in V8.
function toHit(folded: FoldedText, sentences: Sentences, span: Span): FigureHit {
  const [start, end] = originalSpan(folded, span.from, span.to);
  const [s0, sentence] = sentenceOf(sentences, span.from, span.to);
  return {
    kind: 'figure',
    start,
    end,
    text: folded.source.slice(start, end),
    form: span.form,
    value: span.value,
    valueTo: span.valueTo,
    date: span.date,
    otherDates: span.otherDates,
    qualifier: qualifierOf(folded.text, span.from, span.to),
    noun: span.noun ?? nounAfter(folded.text, span.nounFrom ?? span.to),
    sentence,
    sentenceOffset: span.from - s0,
    antecedent: antecedentOf(sentences, s0, sentence),
  };
}

/**
 * A figure's sentence with what its opening pronoun stands for before it (`Egypt had 1,000 peacekeepers. Its last
 * 460 left in August 2023.`): the words that may name whose figure or event it is.
 */
export function withAntecedent(hit: FigureHit): string {
  return hit.antecedent ? `${hit.antecedent} ${hit.sentence}` : hit.sentence;
}

const SPAN_END_BEFORE = /\b(?:since|until|till|depuis|jusqu'en) $/;
const MILLIONS_OF_WORDS = /\b(?:a|one|two|three|un|deux|trois)[ -](?:billions?|milliards?) (?:and|et) $/;

// The number at `from` follows billions in words and `and` (`one billion and 200 million`): read for each number, so
// the last letter of `and` or `et` is looked at first.
function millionsOfWords(text: string, from: number): boolean {
  const last = text.charCodeAt(from - 2);
  return (last === 100 || last === 116) && MILLIONS_OF_WORDS.test(text.slice(Math.max(0, from - 24), from));
}

/**
 * Finds counts written in digits (with English or French separators) or words, and dates, in a
 * folded text. Each hit carries its qualifier, the noun it counts and its sentence. `articleDate`
 * (ISO) is the article's: days written without a year (`June 30`) are dated by it.
 */
export function findFigures(folded: FoldedText, french: boolean, articleDate?: string): FigureHit[] {
  const dates = findDates(folded.text, french).sort((a, b) => a.from - b.from);
  const spans: Span[] = [...dates];
  // A date can already hold digits.
  const taken = overlapsAny(dates);
  const phones = phoneSpans(folded.text);
  let lastYear: Span | undefined;
  // Where the last count ends: its scale may have taken the next number (`17 thousand 500`).
  let countTo = 0;
  for (const n of parseNumbers(folded, french)) {
    if (n.from < countTo || taken(n.from, n.to) || phones.some(([from, to]) => n.from >= from && n.to <= to)) continue;
    const { from, to, value, valueTo } = n;
    // A day whose month a date already holds is none (`2021-22 June 16, 2023`: the 22 ends a span of years).
    const written = value >= 1 && value <= 31 && valueTo === undefined ? dayOfMonth(folded.text, from, to) : undefined;
    const day = written && !taken(written.from, written.to) ? written : undefined;
    const dated =
      day &&
      dayDate(
        day,
        value,
        pairedYear(folded.text, day.to, dates) ?? sameYearAs(folded.text, [day.from, day.to], dates, lastYear),
        articleDate,
        {
          near: yearBefore(folded.text, day.from, dates, lastYear),
          story: narrativeYear(day.from, dates, lastYear),
        },
      );
    if (day && dated) spans.push({ ...day, form: 'date', value: dated.year, date: dated.date, otherDates: dated.otherDates });
    if (day || n.ordinal || agedOrTimed(folded.text, to) || agedAt(folded, from, to) || isFrenchDecade(folded.text, from, value)) continue;
    // Nothing is counted in zeros (`voted 15-0`, `175 00` with a space slipped in), and the millions after billions
    // in words are theirs (`one billion and 200 million`).
    if (isLabel(folded.text, from, to) || (value === 0 && valueTo === undefined) || millionsOfWords(folded.text, from)) continue;
    const short = shortYear(folded, n);
    if (short) {
      spans.push(short);
      continue;
    }
    const years = yearsOfRange(folded, n);
    if (years) spans.push(...years);
    else if (isYear(folded, from, to, value)) {
      const year: Span = { from, to, form: 'date', value, valueTo, date: String(value) };
      spans.push(year);
      // A year a span runs since or until is not the year of the days after it (a resolution's number is a label).
      if (!SPAN_END_BEFORE.test(folded.text.slice(Math.max(0, from - 12), from))) lastYear = year;
    } else if (!BARE_MONTH.test(folded.text.slice(to + 1, to + 12)) || value > 31) {
      const count = scaled(folded.text, { from, to, form: 'count', value, valueTo });
      countTo = count.to;
      spans.push(count);
    }
  }
  // A number word a date or a count in digits already holds (`15 thousand` took its scale) is no count of its own.
  // Nor is one that starts inside the one before it (`mille neuf cent vingt mille neuf cent vingt`).
  spans.push(...datesInWords(folded, spans, articleDate));
  const placed = overlapsAny([...spans].sort((a, b) => a.from - b.from));
  let wordsTo = 0;
  for (const { from, to, value } of findWordNumbers(folded.text, french).sort((a, b) => a.from - b.from)) {
    const count = isLabel(folded.text, from) ? undefined : scaled(folded.text, { from, to, form: 'count', value });
    if (!count || count.from < wordsTo || placed(count.from, count.to)) continue;
    spans.push(count);
    wordsTo = count.to;
  }
  for (const decade of findDecades(folded.text)) spans.push({ ...decade, form: 'count', noun: 'years' });
  const sentences = sentencesOf(folded.text);
  return spans.sort((a, b) => a.from - b.from).map((span) => toHit(folded, sentences, nearlyYears(folded.text, span)));
}

const NEARLY = /\b(?:nearly|almost|just under|not quite|presque|pres de) $/;
const YEARS_AFTER = / (?:years?|ans|annees)\b/y;

// Nearly some years are the year before them to them, as `nearly a decade` is nine to ten: France's nine years and
// seven months in Mali were `nearly ten years`, not the mission's ten.
function nearlyYears(text: string, span: Span): Span {
  if (span.form !== 'count' || span.valueTo !== undefined || span.value < 2 || span.value > 30) return span;
  YEARS_AFTER.lastIndex = span.to;
  if (!YEARS_AFTER.test(text) || !NEARLY.test(text.slice(Math.max(0, span.from - 12), span.from))) return span;
  return { ...span, value: span.value - 1, valueTo: span.value };
}
