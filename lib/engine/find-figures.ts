import { findDecades } from './decades';
import { dayOfMonth, findDates, pairedYear, yearBefore } from './find-dates';
import type { FoldedText } from './fold-text';
import { originalSpan } from './fold-text';
import { findWordNumbers } from './number-phrases';
import { MONTH } from './number-words';
import { parseNumbers } from './parse-numbers';
import { type Qualifier, qualifierOf } from './qualifiers';
import { type Sentences, sentencesOf } from './sentences';
import { isYear, nounAfter, otherYearOf, shortYear, yearOfDay, yearsOfRange } from './year-spans';

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
  /** For a day written without its year: the same day in the other year it may mean. */
  otherDate?: string | undefined;
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

/** Everything needed to turn a folded span into a hit. */
interface Span {
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
  otherDate?: string | undefined;
}

const SCALE = /^(?: (thousands?|mille|millions?|billions?|milliards?|bn)\b| ?%| (?:per ?cent|pour ?cent)\b|(bn|m|k)(?![\p{L}\p{N}]))/u;

function multiplier(word: string): number {
  if (word.startsWith('thousand') || word === 'mille' || word === 'k') return 1000;
  return word.startsWith('million') || word === 'm' ? 1_000_000 : 1;
}

// `22 million people` is one figure of 22,000,000 people, `15 thousand peacekeepers` of 15,000. `1.2 billion`
// stays in the billions the budget facts are counted in, and `97%` (`97 per cent`) in percent: the word or sign
// joins the figure and stays its noun. British papers glue the word's short form (`$1.2bn`, `£22m`), and headlines
// write thousands so (`13k-strong`).
function scaled(text: string, span: Span): Span {
  const scale = SCALE.exec(text.slice(span.to, span.to + 11));
  if (!scale) return span;
  const by = multiplier(scale[1] ?? scale[2] ?? '');
  const valueTo = span.valueTo === undefined ? undefined : span.valueTo * by;
  return { ...span, to: span.to + scale[0].length, value: span.value * by, valueTo, nounFrom: by === 1 ? span.to : undefined };
}

// A sentence whose subject is a pronoun: he, she, it, they and theirs, in both languages, first or after an
// opening phrase set off by a comma (`In August 2023, he died`, `Deux mois plus tard, il est mort`).
const PRONOUN_FIRST = /^\s*(?:[^,.;:\n]{1,40}, ?)?(?:he|she|it|they|his|her|its|their|il|elle|ils|elles|sa|son|ses|leur|leurs)\b/;

// One literal shape for every hit (absent parts are undefined): spreads of varying shapes are slow in V8.
function toHit(folded: FoldedText, sentences: Sentences, span: Span): FigureHit {
  const [start, end] = originalSpan(folded, span.from, span.to);
  const [s0, sentence] = sentences.around(span.from, span.to);
  return {
    kind: 'figure',
    start,
    end,
    text: folded.source.slice(start, end),
    form: span.form,
    value: span.value,
    valueTo: span.valueTo,
    date: span.date,
    otherDate: span.otherDate,
    qualifier: qualifierOf(folded.text, span.from, span.to),
    noun: span.noun ?? nounAfter(folded.text, span.nounFrom ?? span.to),
    sentence,
    sentenceOffset: span.from - s0,
    antecedent: PRONOUN_FIRST.test(sentence) ? sentences.before(s0) : '',
  };
}

// An age (`a 20-year-old peacekeeper`) or a time of day (`at 10 a.m.`) counts nothing the facts hold.
const AGE = /^[- ]years?[- ]olds?\b|^ ?[ap]\.?m\b/;

// A telephone number: a country code and groups, or four pairs of digits (`+223 20 22 33 44`, `01 42 34 56`).
const PHONE = /\+\d{1,3}(?:[ .-]\d{1,4}){2,}|\b\d{2}(?:[ .]\d{2}){3,}\b/g;

function phoneSpans(text: string): [number, number][] {
  return text.includes('+') || /\d\d[ .]\d\d[ .]\d\d[ .]\d\d/.test(text)
    ? [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length])
    : [];
}

const pad = (n: number) => String(n).padStart(2, '0');

// A day without a year is in the year of the date it is paired with (`15 May and 20 June 2015`), or else in
// the article's year, as wires write them (`June 30`); with neither, it is no figure. The year of a date
// before it in its sentence is the other year it may mean (`on 15 May 2022, effective June 30`).
function dayDate(
  { month }: { month: number },
  day: number,
  paired: number | undefined,
  articleDate: string | undefined,
  before: number | undefined,
) {
  const on = (year: number) => `${year}-${pad(month)}-${pad(day)}`;
  if (paired) return { year: paired, date: on(paired), otherDate: undefined };
  if (!articleDate) return undefined;
  const year = yearOfDay(articleDate, month, day);
  const date = on(year);
  return { year, date, otherDate: before !== undefined && before !== year ? on(before) : otherYearOf(date, articleDate) };
}

/**
 * Finds counts written in digits (with English or French separators) or words, and dates, in a
 * folded text. Each hit carries its qualifier, the noun it counts and its sentence. `articleDate`
 * (ISO) is the article's: days written without a year (`June 30`) are dated by it.
 */
export function findFigures(folded: FoldedText, french: boolean, articleDate?: string): FigureHit[] {
  const dates = findDates(folded.text).sort((a, b) => a.from - b.from);
  const spans: Span[] = [...dates];
  // Digits and number words never overlap each other; only a date can already hold them.
  const taken = (from: number, to: number) => {
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((dates[mid]?.to ?? 0) <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < dates.length && (dates[lo]?.from ?? Number.POSITIVE_INFINITY) < to;
  };
  const phones = phoneSpans(folded.text);
  for (const n of parseNumbers(folded, french)) {
    if (taken(n.from, n.to) || phones.some(([from, to]) => n.from >= from && n.to <= to)) continue;
    const { from, to, value, valueTo } = n;
    const day = value <= 31 && valueTo === undefined ? dayOfMonth(folded.text, from, to) : undefined;
    const dated = day && dayDate(day, value, pairedYear(folded.text, day.to, dates), articleDate, yearBefore(folded.text, day.from, dates));
    if (day && dated) spans.push({ ...day, form: 'date', value: dated.year, date: dated.date, otherDate: dated.otherDate });
    if (day || n.ordinal || AGE.test(folded.text.slice(to, to + 11))) continue;
    const short = shortYear(folded, n);
    if (short) {
      spans.push(short);
      continue;
    }
    const years = yearsOfRange(folded, n);
    if (years) spans.push(...years);
    else if (isYear(folded, from, to, value)) spans.push({ from, to, form: 'date', value, valueTo, date: String(value) });
    else if (!BARE_MONTH.test(folded.text.slice(to + 1, to + 12)) || value > 31)
      spans.push(scaled(folded.text, { from, to, form: 'count', value, valueTo }));
  }
  // A number word a count in digits took as its scale (`15 thousand`) is no count of its own.
  const scaledAt = new Set(spans.map((span) => span.to));
  for (const { from, to, value } of findWordNumbers(folded.text, french))
    if (!taken(from, to) && !scaledAt.has(to)) spans.push(scaled(folded.text, { from, to, form: 'count', value }));
  for (const decade of findDecades(folded.text)) spans.push({ ...decade, form: 'count', noun: 'years' });
  const sentences = sentencesOf(folded.text);
  return spans.sort((a, b) => a.from - b.from).map((span) => toHit(folded, sentences, span));
}
