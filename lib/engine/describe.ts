import type { DateFact, Figure } from '../facts/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2013-07` → `July 2013`; `2013-07-01` → `1 July 2013`; `2013` → `2013`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** `{from, to}` as `July 2013 – January 2023`. */
export function formatPeriod(period: { from?: string | undefined; to?: string | undefined } | undefined): string {
  if (!period) return '';
  const from = period.from ? formatDate(period.from) : '';
  const to = period.to ? formatDate(period.to) : '';
  if (from && to) return from === to ? from : `${from} – ${to}`;
  return from ? `since ${from}` : to ? `until ${to}` : '';
}

/** `17500` → `17,500`; `2.256` → `2.26`. */
export function formatNumber(value: number): string {
  // Written out: creating an Intl.NumberFormat loads ICU's locale data, 17–27 ms on each page the reader enters.
  const [whole = '', fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** One line for a figure fact: `165 peacekeepers killed by hostile acts since July 2013`. */
export function figureLine(fact: Figure): string {
  const qualifier = fact.qualifier && fact.qualifier !== 'exact' ? `${fact.qualifier} ` : '';
  return `${qualifier}${formatNumber(fact.value)} ${fact.counts}`;
}

/** One line for a date fact: `1 July 2013: MINUSMA takes over from AFISMA`. */
export function dateLine(fact: DateFact): string {
  return `${formatDate(fact.date)}: ${fact.event}`;
}
