import type { DateFact, Figure } from '../facts/schema';
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
  return from ? say('periodSince', from) : to ? say('periodUntil', to) : '';
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
