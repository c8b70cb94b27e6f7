import type { FoldedText } from './fold-text';
import type { NumberSpan } from './parse-numbers';

const RANGE = /^ ?(?:-|to|a) ?(\d[\d,. ]*)/;

// `between 1,100 and 1,270`, `entre 1 100 et 1 270`: a range only after `between` or `entre`; elsewhere
// `and` joins two counts.
function betweenAnd(text: string, a: NumberSpan, gap: string): boolean {
  return (gap === ' and ' || gap === ' et ') && /(?:between|entre) $/.test(text.slice(Math.max(0, a.from - 8), a.from));
}

// A count that went from one value to another (`raised the ceiling from 11,240 to 13,289`, `est passé de 1 440
// à 1 920`): two counts, not a range.
const CHANGE =
  /\b(?:rais|rose|rise|rising|increas|grew|grow|cut|reduc|lower|fell|fall|dropp|went|jump|climb|declin|doubl|augment|pass|relev|redui|abaiss|port|hauss|diminu)[a-z]*\b[^.;:]{0,50}\b(?:from|de) $/;

// A year after `in` or `en` and a count after it (`from 11,200 in 2013 to 13,289 in 2019`): a date, then the count
// the change went to, not one range.
const YEAR_IN = /\b(?:in|en) $/;
const BARE_YEAR = /^(?:19|20)\d\d$/;

function yearThenCount(text: string, a: NumberSpan, b: NumberSpan): boolean {
  const year = BARE_YEAR.test(text.slice(a.from, a.to)) && YEAR_IN.test(text.slice(Math.max(0, a.from - 4), a.from));
  return year && !BARE_YEAR.test(text.slice(b.from, b.to));
}

// Two counts with a dash, `to` or `à` between them (`1,100–1,270`), or `between … and`, are one range.
function isRange(text: string, a: NumberSpan, b: NumberSpan): boolean {
  const between = text.slice(a.to, b.from);
  if (b.value <= a.value || yearThenCount(text, a, b)) return false;
  const joined = (between.length <= 4 && RANGE.test(`${between}${text.slice(b.from, b.to)}`)) || betweenAnd(text, a, between);
  return joined && !CHANGE.test(text.slice(Math.max(0, a.from - 70), a.from));
}

// `12-13,000` is 12,000 to 13,000: a bare first number that, counted in thousands, is below the second and at
// least a tenth of it shares its thousands (`50-1,000` stays 50 to 1,000).
function rangeStart(text: string, a: NumberSpan, b: NumberSpan): number {
  const bare = a.value < 1000 && Number.isInteger(a.value) && /^\d+$/.test(text.slice(a.from, a.to));
  const inThousands = a.value * 1000;
  return bare && b.value % 1000 === 0 && inThousands < b.value && inThousands * 10 >= b.value ? inThousands : a.value;
}

/** Joins two neighbouring counts that make one range (`1,100–1,270`, `between 1,100 and 1,270`) into one span. */
export function joinRanges(folded: FoldedText, spans: NumberSpan[]): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i] as NumberSpan;
    const b = spans[i + 1];
    if (b && !a.ordinal && !b.ordinal && isRange(folded.text, a, b)) {
      out.push({ from: a.from, to: b.to, value: rangeStart(folded.text, a, b), valueTo: b.value });
      i++;
    } else out.push(a);
  }
  return out;
}
