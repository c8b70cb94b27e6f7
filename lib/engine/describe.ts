import type { DateFact, Fact, Figure } from '../facts/schema';
import { english, type Say } from '../say';

// Dates, periods and numbers are written in the reader's language; the facts' own words stay as stored.

/** `2013-07` → `July 2013`; `2013-07-01` → `1 July 2013` (`1er juillet 2013` in French); `2013` → `2013`. */
export function formatDate(iso: string, say: Say = english): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = say('monthNames').split('|')[Number(m) - 1] ?? m;
  if (!d) return `${month} ${y}`;
  const day = Number(d) === 1 ? say('firstOfMonth') : String(Number(d));
  return `${day} ${month} ${y}`;
}

/** `{from, to}` as `July 2013 – January 2023`, `since July 2013` or `until January 2023`. */
export function formatPeriod(period: { from?: string | undefined; to?: string | undefined } | undefined, say: Say = english): string {
  if (!period) return '';
  const from = period.from ? formatDate(period.from, say) : '';
  const to = period.to ? formatDate(period.to, say) : '';
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (period.from) return say(isDay(period.from) ? 'periodSinceDay' : 'periodSince', from);
  return period.to ? say(isDay(period.to) ? 'periodUntilDay' : 'periodUntil', to) : '';
}

// French says `depuis le 7 juin` and `jusqu’au 23 août` of a day, `depuis juin` and `jusqu’en août` of a month or year.
const isDay = (iso: string) => iso.split('-').length === 3;

/**
 * When a fact holds, as its card and the facts list say it: `as of 30 June 2023`, `from July 2013 to
 * January 2023`; an open period says `since …` or `until …` alone, where `as of since …` would not read.
 */
export function heldLine(fact: Fact, say: Say = english): string {
  if ('date' in fact) return say('heldAsOf', formatDate(fact.date, say));
  const period = 'aliases' in fact ? fact.period : fact.asOf;
  if (!period?.from || !period.to) return formatPeriod(period, say);
  const [from, to] = [formatDate(period.from, say), formatDate(period.to, say)];
  return from === to ? say('heldAsOf', from) : say('heldFromTo', from, to);
}

/** The text with its first letter in capitals, to open a line: `since 2014` → `Since 2014`. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `17500` → `17,500` (`17 500` in French); `2.256` → `2.26` (`2,26`). */
export function formatNumber(value: number, say: Say = english): string {
  // Written out: creating an Intl.NumberFormat loads ICU's locale data, 17–27 ms on each page the reader enters.
  const [whole = '', fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, say('numberGroup'));
  return fraction ? `${grouped}${say('numberDecimal')}${fraction}` : grouped;
}

const QUALIFIER_WORDS = {
  over: 'qualifierOver',
  about: 'qualifierAbout',
  'at least': 'qualifierAtLeast',
  'up to': 'qualifierUpTo',
} as const;

/** One line for a figure fact: `165 peacekeepers killed by hostile acts since July 2013`. */
export function figureLine(fact: Figure, say: Say = english): string {
  const number = formatNumber(fact.value, say);
  const value = fact.unit === 'percent' ? say('numberPercent', number) : number;
  const qualified = fact.qualifier && fact.qualifier !== 'exact' ? say(QUALIFIER_WORDS[fact.qualifier], value) : value;
  return `${qualified} ${fact.counts}`;
}

/** One line for a date fact: `1 July 2013: MINUSMA takes over from AFISMA`. */
export function dateLine(fact: DateFact, say: Say = english): string {
  return say('dateLine', formatDate(fact.date, say), fact.event);
}
