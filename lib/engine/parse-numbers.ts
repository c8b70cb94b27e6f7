import { type FoldedText, originOf } from './fold-text';
import { joinRanges } from './number-ranges';
import { MONTH } from './number-words';

/** A number written in digits, in folded offsets. */
export interface NumberSpan {
  from: number;
  to: number;
  value: number;
  valueTo?: number;
  /** Written with an ordinal ending (`1st`, `1er`, `20th`): a rank or a day, never a count. */
  ordinal?: boolean;
}

// Swiss French groups thousands by an apostrophe (`13'289 militaires`): it separates nothing else between digits.
const RAW = /(?<![\p{L}\p{N}])\d+(?:[,. ']\d+)*/gu;
// Spaces a typesetter puts between thousands: no-break, narrow no-break, thin, figure space.
const GROUP_SPACE = /[\u00a0\u202f\u2009\u2007]/;

// In English a dot is a decimal mark, unless the number cannot be a decimal: two groups or more
// (`1.000.000`), one group of three before people (`17.500 personnel`, as copies from other languages
// write it) or before a plural `millions` (`1.200 millions of dollars`, as a copy of `1.200 millones` does: a
// decimal of millions is singular), or three zeros that no decimal writes but before a scale (`about 13.000`, not
// `1.000 billion`). A plain space joins groups only before people too (`17 500 personnel`): elsewhere it
// separates two numbers (`in 2013 500 people fled`), as it does after a month (`June 30 300 troops`),
// unless the next group starts with a zero, as no number written alone does (`15 000 men`, `2 050`); before
// `-strong` too (`15 209-strong`).
const PEOPLE =
  '(?:troops|soldiers|peacekeepers|personnel|personnels|people|persons|police|civilians|staff|fighters|members|refugees|uniformed|men|women|policemen|officers|agents|blue helmets|effectives|military|servicemen)\\b';
const DOTTED_GROUPS = /^\d{1,3}(?:(?:\.\d{3}){2,}(?![.,]?\d)|\.000(?![.,]?\d)(?! ?(?:billions?|millions?|bn|m)\b)|\.\d{3} millions\b)/;
// Up to two words may stand between a count and its people (`15 209 authorised uniformed personnel`, `1.030
// Egyptian troops`), but no scale (`1.250 million people` is a decimal) and no small word that starts a phrase of
// its own (`increase of 3 680 the uniformed personnel` may be two numbers).
const BEFORE_PEOPLE =
  "(?: (?!(?:millions?|billions?|thousands?|milliards?|mille|bn|m|k|the|a|an|of|to|in|on|at|and|or|les|des|de|et)\\b)[a-z][a-z'-]*){0,2}";
const DOTTED_PEOPLE = new RegExp(`^\\d{1,3}\\.\\d{3}${BEFORE_PEOPLE} ${PEOPLE}`);
const SPACED_PEOPLE = new RegExp(`^\\d{1,3}(?: \\d{3})+(?:${BEFORE_PEOPLE} ${PEOPLE}|-strong\\b)`);
const SPACED_ZERO = /^\d{1,3}(?: \d{3})* 0\d\d(?!\d)/;
const AFTER_MONTH = new RegExp(`\\b${MONTH} $`);

// A text that groups one number by a plain space where it cannot mean two (`17 500 personnel`, `13 000`), as a
// copy of a French article does, groups them so throughout (`increase of 3 680 the uniformed personnel`).
const SPACED_ANYWHERE = new RegExp(`(?<![\\d.,])\\d{1,3}(?: \\d{3})*(?: 0\\d\\d(?!\\d)|(?: \\d{3})+ ${PEOPLE})`);
const SPACED_GROUPS = /^\d{1,3}(?: \d{3})+(?![\d.,])/;

/** Whether an English text groups its numbers by plain spaces, asked once per text and only when needed. */
type SpacedText = () => boolean;

// Groups an English text separates by a dot or a plain space (see above).
function englishGroups(folded: FoldedText, at: number, sep: string | undefined, spaced: SpacedText): boolean {
  if (sep !== '.' && sep !== ' ') return false;
  const ahead = folded.text.slice(at, at + 70);
  if (sep === '.') return DOTTED_GROUPS.test(ahead) || DOTTED_PEOPLE.test(ahead);
  if (SPACED_ZERO.test(ahead)) return true;
  if (AFTER_MONTH.test(folded.text.slice(Math.max(0, at - 11), at))) return false;
  return SPACED_PEOPLE.test(ahead) || (SPACED_GROUPS.test(ahead) && spaced());
}

function groupSeparatorOk(folded: FoldedText, at: number, sep: string, french: boolean): boolean {
  if (sep === ',' || sep === "'") return true;
  if (sep === '.') return french;
  return french || GROUP_SPACE.test(folded.source[originOf(folded, at) ?? 0] ?? '');
}

// A machine translation keeps the French or Russian decimal comma in English (`$1,2 billion`, `1,5%`, `1,4 thousand
// servicemen`): before a scale, one or two digits after a comma cannot be a group of thousands.
const COMMA_DECIMAL = /^\d+,\d{1,2}(?: ?(?:thousands?|millions?|billions?|milliards?|bn|m|%|per ?cent|pour ?cent))(?![\p{L}\p{N}])/u;

function commaDecimal(folded: FoldedText, at: number, groupSep: string | undefined): boolean {
  return groupSep === ',' && COMMA_DECIMAL.test(folded.text.slice(at, at + 20));
}

/** Reads one number at the start of `raw` (which starts at folded offset `at`): [value, length]. */
function readNumber(folded: FoldedText, raw: string, at: number, french: boolean, spaced: SpacedText): [number, number] {
  const groups = raw.split(/[,. ']/);
  const seps = raw.match(/[,. ']/g) ?? [];
  let digits = groups[0] ?? '';
  let length = digits.length;
  let k = 0;
  const groupSep = seps[0];
  const grouped = !french && englishGroups(folded, at, groupSep, spaced);
  if (digits.length <= 3 && groupSep) {
    while (
      k < seps.length &&
      seps[k] === groupSep &&
      groups[k + 1]?.length === 3 &&
      (grouped || groupSeparatorOk(folded, at + length, groupSep, french))
    ) {
      digits += groups[k + 1];
      length += 4;
      k++;
    }
  }
  const decimalSep = french || commaDecimal(folded, at, groupSep) ? ',' : '.';
  const next = seps[k];
  // French text quoting an English figure keeps its decimal point (`1.2 billion`): a dot before other than
  // three digits groups nothing.
  const decimal = next === decimalSep || (french && next === '.' && groups[k + 1]?.length !== 3);
  if (decimal && next !== (k > 0 ? groupSep : undefined) && groups[k + 1]) {
    digits += `.${groups[k + 1]}`;
    length += 1 + (groups[k + 1]?.length ?? 0);
  }
  return [Number(digits), length];
}

// Letters glued after a number (`3D`, `5G`, `10h30`), or a word and a hyphen or slash before it (`Mi-24`,
// `COVID-19`, the document symbol `S/RES/2100`), make it part of a name. A year stays one (`mid-2024`), and
// a count in billions, millions or thousands, or a share in British per cent, may glue its unit (`$1.2bn`, `22m`,
// `13k`, `97pc`). An ordinal ending makes a rank or a day (`20th`, `1er`).
const GLUED = /^\p{L}/u;
const GLUED_UNIT = /^(?:bn|m|pc)(?!\p{L})/u;
// Thousands glued as a small `k` to a number of up to three digits (`13k-strong`, `17.5k`), or a capital one before
// people (`13K troops`): `4K` is a screen's resolution, `4790k` a processor and `2k17` a game.
const GLUED_THOUSANDS = /^k(?![\p{L}\p{N}])/u;
const K_PEOPLE = new RegExp(`^k ${PEOPLE}`);
const ORDINAL = /^(?:st|nd|rd|th|er|e|eme)(?!\p{L})/u;
const NAME_BEFORE = /\p{L}[-/]$/u;
const YEAR = /^(?:19|20)\d\d$/;
const DIGIT = /\d/;

// The hours and minutes of a French time with spaces (`à 14 h 30`, `à 16 h`).
const HOURS = /^ h(?: \d\d)?(?![\p{L}\p{N}])/u;
const MINUTES = /\d h $/;

// Either side of a colon between digits is a time of day (`14:05`) or a score, never a count; so are the
// parts of a French time.
function clockPart(text: string, from: number, to: number): boolean {
  const colonAfter = text[to] === ':' && DIGIT.test(text[to + 1] ?? '');
  const colonBefore = text[from - 1] === ':' && DIGIT.test(text[from - 2] ?? '');
  return colonAfter || colonBefore || HOURS.test(text.slice(to, to + 6)) || MINUTES.test(text.slice(Math.max(0, from - 4), from));
}

function gluedThousands(folded: FoldedText, from: number, to: number, after: string): boolean {
  return (
    GLUED_THOUSANDS.test(after) &&
    (folded.source[originOf(folded, to) ?? 0] === 'k' || K_PEOPLE.test(folded.text.slice(to, to + 24))) &&
    /^\d{1,3}(?:\.\d)?$/.test(folded.text.slice(from, to))
  );
}

function written(folded: FoldedText, from: number, to: number): 'count' | 'ordinal' | 'name' {
  const { text } = folded;
  if (clockPart(text, from, to)) return 'name';
  const after = text.slice(to, to + 4);
  if (ORDINAL.test(after)) return 'ordinal';
  if (GLUED.test(after) && !GLUED_UNIT.test(after) && !gluedThousands(folded, from, to, after)) return 'name';
  if (!NAME_BEFORE.test(text.slice(Math.max(0, from - 2), from))) return 'count';
  return YEAR.test(text.slice(from, to)) && !codeBefore(folded, from) ? 'count' : 'name';
}

// A year after a code's capitals or a single letter is the code's number (`Flight MS-2013`, `A-2013`); after a word
// it is a year (`mid-2024`, `post-2013`, `à la mi-2022`).
const CODE_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}{1,4}|\p{L})[-/]$/u;

function codeBefore(folded: FoldedText, from: number): boolean {
  const at = originOf(folded, from) ?? 0;
  return CODE_BEFORE.test(folded.source.slice(Math.max(0, at - 6), at));
}

/** Numbers written in digits with English or French separators, and digit ranges (`1,100–1,270`). */
export function parseNumbers(folded: FoldedText, french: boolean): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let spacedText: boolean | undefined;
  const spaced = () => {
    spacedText ??= SPACED_ANYWHERE.test(folded.text);
    return spacedText;
  };
  for (const m of folded.text.matchAll(RAW)) {
    let offset = 0;
    while (offset < m[0].length) {
      const rest = m[0].slice(offset);
      if (!/^\d/.test(rest)) {
        offset++;
        continue;
      }
      const [value, length] = readNumber(folded, rest, m.index + offset, french, spaced);
      const from = m.index + offset;
      const kind = written(folded, from, from + length);
      if (kind !== 'name') spans.push({ from, to: from + length, value, ...(kind === 'ordinal' ? { ordinal: true } : {}) });
      offset += length;
    }
  }
  return joinRanges(folded, spans);
}
