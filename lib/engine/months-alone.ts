import { narrativeYear } from './day-years';
import type { Span } from './figure-spans';
import type { DateSpan } from './find-dates';
import { type FoldedText, originOf } from './fold-text';
import { FULL_MONTH, monthNumber } from './number-words';
import { otherYearOf, yearOfDay } from './year-spans';

// A month written alone after a word that places something in it (`in June`, `en juin`, `since May`, `dès juillet`,
// `fin octobre`, `planned for February`, `the month of June`, `mid-June`, `last December`, `en juin dernier`, `in June last year`, a
// timeline's `July – The withdrawal begins`): a date of that month. Not one a day or a year follows, which a date already holds, nor one `of that year` (day-years.ts),
// nor `may` or `march` written small (`the last may be`).
// Found month first (month names are rare, the words before them are not), then the words around it are read.
const MONTH_WORD = new RegExp(`\\b${FULL_MONTH}\\b`, 'g');
const PLACED_BEFORE =
  /\b(in|en|since|depuis|des|until|by|from|for|to|early|late|mid|fin|debut|mi|last|au mois d'|au mois de|month of|mois de|mois d')[ -]$/;
// Or a timeline's line that opens with it: `July – The withdrawal begins`.
const LINE_OPENS = /^ ?[-:] /;
const DATED_AFTER = /^(?:[ -]?\d|,? \d| of \d| (?:of )?(?:that|the same) year| (?:de )?(?:la meme|cette))/;
const YEAR_AFTER = /^(?: last year| de l'annee derniere| de l'an dernier| dernier)/;
// A month joined to another that has a year (`in May and June 2015`, `en mai-juin 2015`) is of that year.
const SHARED_YEAR = new RegExp(`^(?: (?:and|et|or|ou|to|a|au)|[-\u2013/]) ?${FULL_MONTH},? ((?:19|20)\\d\\d)\\b`);

/** A month written alone at `[at, end)`: the word placing it (`in`, `last`, or none on a timeline's line) and its ending words. */
function alone(text: string, at: number, end: number): { before: string; after: string | undefined } | undefined {
  const after = text.slice(end, end + 24);
  if (DATED_AFTER.test(after)) return undefined;
  const placed = PLACED_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  const lineStart = at === 0 || text.charCodeAt(at - 1) === 10;
  if (!placed && !(lineStart && LINE_OPENS.test(after))) return undefined;
  return { before: placed?.[1] ?? '', after: YEAR_AFTER.exec(after)?.[0] };
}

const SMALL_WORDS = new Set(['may', 'march']);

/** The year the words around a month give it, from the article's date: `last June`, `June last year`. */
function yearOfMonth(articleDate: string, month: number, before: string, after: string | undefined): number {
  const [year = 0, articleMonth = 1] = articleDate.split('-').map(Number);
  if (after === ' last year' || after === " de l'annee derniere" || after === " de l'an dernier") return year - 1;
  if (before === 'last' || after === ' dernier') return month < articleMonth ? year : year - 1;
  return yearOfDay(articleDate, month, 15);
}

/**
 * The months of a folded text written alone (see above), dated as a day without its year is: in the article's year
 * (or the year before, as its words or the calendar say), the story's year the other it may mean; without the
 * article's date, in the story's year. `dates` are the text's dates so far, in text order.
 */
export function monthsAlone(folded: FoldedText, dates: readonly DateSpan[], articleDate: string | undefined): Span[] {
  const found: Span[] = [];
  for (const m of folded.text.matchAll(MONTH_WORD)) {
    const word = m[0];
    const at = m.index;
    const around = alone(folded.text, at, at + word.length);
    const month = monthNumber(word);
    const written = folded.source[originOf(folded, at) ?? 0] ?? '';
    if (!around || month === undefined || (SMALL_WORDS.has(word) && written === written.toLowerCase())) continue;
    // From where the words placing it start, as the story's year is the one told before them.
    const story = narrativeYear(around.before ? at - around.before.length - 1 : at, dates);
    const shared = SHARED_YEAR.exec(folded.text.slice(at + word.length, at + word.length + 24))?.[1];
    const year = shared ? Number(shared) : articleDate ? yearOfMonth(articleDate, month, around.before, around.after) : story;
    if (year === undefined) continue;
    const on = (y: number) => `${y}-${String(month).padStart(2, '0')}`;
    const date = on(year);
    // `last June`, `June last year` say their year: no other.
    const said = shared !== undefined || around.before === 'last' || around.after !== undefined;
    const others = said
      ? []
      : [articleDate && otherYearOf(date, articleDate.slice(0, 7)), story !== year && story !== undefined && on(story)];
    const otherDates = [...new Set(others.filter((d): d is string => typeof d === 'string'))];
    found.push({
      from: at,
      to: at + word.length + (around.after?.length ?? 0),
      form: 'date',
      value: year,
      date,
      otherDates: otherDates.length ? otherDates : undefined,
    });
  }
  return found;
}
