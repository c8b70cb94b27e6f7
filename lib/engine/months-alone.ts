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
const MONTH_ALONE = new RegExp(
  `(?:\\b(in|en|since|depuis|des|until|by|from|for|to|early|late|mid|fin|debut|mi|last|au mois d'|au mois de|month of|mois de|mois d')[ -]|(?<=^|\\n)(?=${FULL_MONTH} ?[-:] ))(${FULL_MONTH})\\b(?![ -]?\\d|,? \\d| of \\d| (?:of )?(?:that|the same) year| (?:de )?(?:la meme|cette))( last year| de l'annee derniere| de l'an dernier| dernier)?`,
  'g',
);
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
  for (const m of folded.text.matchAll(MONTH_ALONE)) {
    const word = m[2] ?? '';
    const month = monthNumber(word);
    const at = m.index + m[0].indexOf(word, (m[1] ?? '').length);
    const written = folded.source[originOf(folded, at) ?? 0] ?? '';
    if (month === undefined || (SMALL_WORDS.has(word) && written === written.toLowerCase())) continue;
    const story = narrativeYear(m.index, dates);
    const year = articleDate ? yearOfMonth(articleDate, month, m[1] ?? '', m[3]) : story;
    if (year === undefined) continue;
    const on = (y: number) => `${y}-${String(month).padStart(2, '0')}`;
    const date = on(year);
    // `last June`, `June last year` say their year: no other.
    const said = m[1] === 'last' || m[3] !== undefined;
    const others = said
      ? []
      : [articleDate && otherYearOf(date, articleDate.slice(0, 7)), story !== year && story !== undefined && on(story)];
    const otherDates = [...new Set(others.filter((d): d is string => typeof d === 'string'))];
    found.push({
      from: at,
      to: at + word.length + (m[3]?.length ?? 0),
      form: 'date',
      value: year,
      date,
      otherDates: otherDates.length ? otherDates : undefined,
    });
  }
  return found;
}
