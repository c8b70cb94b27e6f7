import { MONTH, monthNumber } from './number-words';

/** A date written with a month name, in folded offsets. */
export interface DateSpan {
  from: number;
  to: number;
  form: 'date';
  value: number;
  /** Always absent: the same shape as a counted number's span. */
  valueTo?: undefined;
  date: string;
}

const PATTERNS: [RegExp, (m: RegExpMatchArray) => [string, string, string | undefined]][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [m[1] ?? '', m[2] ?? '', m[3]]],
  [new RegExp(`\\b(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'), (m) => [m[3] ?? '', m[1] ?? '', m[2]]],
  [new RegExp(`\\b(\\d{1,2}|1er)(?:st|nd|rd|th)? (?:of )?(${MONTH}),? (\\d{4})\\b`, 'g'), (m) => [m[3] ?? '', m[2] ?? '', m[1]]],
  [new RegExp(`\\b(${MONTH}),? (\\d{4})\\b`, 'g'), (m) => [m[2] ?? '', m[1] ?? '', undefined]],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Finds `July 2013`, `June 30, 2023`, `30 juin 2023` and `1er juillet 2013` in folded text. */
export function findDates(text: string): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const [re, parts] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (spans.some((s) => from < s.to && to > s.from)) continue;
      const [year, monthWord, dayWord] = parts(m);
      const month = /^\d+$/.test(monthWord) ? Number(monthWord) : monthNumber(monthWord);
      const day = dayWord ? Number.parseInt(dayWord, 10) : undefined;
      if (!month || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
      const date = `${year}-${pad(month)}${day ? `-${pad(day)}` : ''}`;
      spans.push({ from, to, form: 'date', value: Number(year), valueTo: undefined, date });
    }
  }
  return spans;
}
