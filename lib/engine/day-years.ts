import type { DateSpan } from './find-dates';
import { MONTH, monthNumber } from './number-words';

// The year of a day written without one, from the dates and years around it.

// What joins two dates of one span: `15 May and 20 June 2015`, `du 15 mai au 20 juin 2015`, `15-20 June 2015`,
// `le 15 mai et le 20 juin 2015`, `on 15 May and on 20 June 2015`.
const PAIRED = /^(?:,? (?:and|et)(?: on| le)? | to | au | ?[-\u2013] ?)$/;

/**
 * The year of the date that a day written without one is paired with (`15 May and 20 June 2015`): the date
 * must follow right after it, joined by `and`, `to` or a dash. `dates` are in text order.
 */
export function pairedYear(text: string, to: number, dates: readonly DateSpan[]): number | undefined {
  const next = dates.find((date) => date.from >= to);
  return next && next.from - to <= 9 && PAIRED.test(text.slice(to, next.from)) ? next.value : undefined;
}

// The last date or year written alone before `from`, within `reach` of it.
function lastBefore(from: number, dates: readonly DateSpan[], year: { to: number; value: number } | undefined, reach: number) {
  let last: { to: number; value: number } | undefined;
  for (const date of dates) {
    if (date.to > from) break;
    last = date;
  }
  if (year && year.to <= from && year.to > (last?.to ?? -1)) last = year;
  return last && from - last.to <= reach ? last : undefined;
}

/**
 * The year of a date shortly before `from` in the same sentence (`on 15 May 2022, effective June 30`), or of a
 * year written alone there (`In 2020, on 18 August`, a timeline's `2013: … on 1 July`): the other year a day
 * written without one may mean. `dates` are in text order; `year` is the last year written alone before `from`.
 */
export function yearBefore(
  text: string,
  from: number,
  dates: readonly DateSpan[],
  year?: { to: number; value: number },
): number | undefined {
  const last = lastBefore(from, dates, year, 80);
  return last && !/[.!?]\s|\n/.test(text.slice(last.to, from)) ? last.value : undefined;
}

// A day said to be of the year written last (`le 1er juillet de la même année`, `on 1 July that year`).
const SAME_YEAR = /^,? (?:(?:of )?(?:that|the same) year|(?:de )?(?:la meme annee|cette (?:meme )?annee(?:-la)?))\b/;

/** The year a day written without one (from `from` to `to`) says is that of the last date or year before it. */
export function sameYearAs(
  text: string,
  [from, to]: [number, number],
  dates: readonly DateSpan[],
  year?: { to: number; value: number },
): number | undefined {
  return SAME_YEAR.test(text.slice(to, to + 24)) ? narrativeYear(from, dates, year) : undefined;
}

// How far back a story's running year holds: a few paragraphs.
const NARRATIVE_REACH = 1500;

/**
 * The year of the last whole date or year written alone before `from` in the story (`Le 16 juin 2023, … Le 30 juin,
 * …`; `Tout avait commencé en 2013. … le 25 avril`): the year its days without one are told in, when nothing nearer
 * says. `year` is the last year written alone before `from`.
 */
export function narrativeYear(from: number, dates: readonly DateSpan[], year?: { to: number; value: number }): number | undefined {
  return lastBefore(from, dates, year, NARRATIVE_REACH)?.value;
}

// A month said to be of the year written last (`in August of that year`, `en août de la même année`): a date.
const MONTH_OF_THAT_YEAR = new RegExp(
  `\\b(${MONTH}) (?:(?:of )?(?:that|the same) year|(?:de )?(?:la meme annee|cette (?:meme )?annee(?:-la)?))\\b`,
  'g',
);
// Looked for first with plain searches: an expression run over every piece of a page costs more.
const THAT_YEAR = ['that year', 'same year', 'meme annee', 'cette annee'];

/** The months of a folded text said to be of the year written last before them, as dates of that month. */
export function monthsOfThatYear(text: string, dates: readonly DateSpan[]): DateSpan[] {
  if (!THAT_YEAR.some((words) => text.includes(words))) return [];
  const found: DateSpan[] = [];
  for (const m of text.matchAll(MONTH_OF_THAT_YEAR)) {
    const year = narrativeYear(m.index, dates);
    const month = monthNumber(m[1] ?? '');
    if (year === undefined || month === undefined) continue;
    const date = `${year}-${String(month).padStart(2, '0')}`;
    found.push({ from: m.index, to: m.index + m[0].length, form: 'date', value: year, date });
  }
  return found;
}
