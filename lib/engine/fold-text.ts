/** Text folded for matching, with the way back to offsets in the original. */
export interface FoldedText {
  /** Lower-case, accent-free text with every space-like character as ' '. */
  text: string;
  /**
   * For each folded character, the offset of the original character it came from minus its own
   * (mostly 0; see `originOf`).
   */
  shift: Int32Array;
  /** The original text. */
  source: string;
}

// Characters a reader does not see: soft hyphen, zero-width and bidi controls.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const DASHES = /[\u2010-\u2015\u2212]/;
const QUOTES = /[\u2018\u2019\u02bc\u2032]/;
// Everything that is not plain ASCII (tab and carriage return count as spaces, so they are folded too).
const SPECIAL = /[^\n\x20-\x7e]+/g;
const HAS_SPECIAL = /[^\n\x20-\x7e]/;

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded !== undefined) return folded;
  if (INVISIBLE.test(ch)) folded = '';
  else if (SPACE.test(ch)) folded = ' ';
  else if (DASHES.test(ch)) folded = '-';
  else if (QUOTES.test(ch)) folded = "'";
  // Ligatures can expand to many letters; two keep the offset map bounded.
  else folded = ch.normalize('NFKD').replace(MARKS, '').toLowerCase().slice(0, 2);
  cache.set(ch, folded);
  return folded;
}

/**
 * Folds case, accents, width and invisible characters so that `Goïta`, `GOITA` and `Go\u00adita`
 * all read `goita`, keeping a map back to the original offsets. Plain ASCII runs are copied whole.
 */
export function foldText(source: string): FoldedText {
  const parts: string[] = [];
  // Zero-filled: plain text before the first special character needs no writes at all.
  const shift = new Int32Array(source.length * 2 + 1);
  let length = 0;
  let last = 0;
  const copy = (from: number, to: number) => {
    // Runs between special characters are plain ASCII: lower-casing them changes only A-Z.
    parts.push(source.slice(from, to).toLowerCase());
    if (from !== length) shift.fill(from - length, length, length + to - from);
    length += to - from;
  };
  for (const m of source.matchAll(SPECIAL)) {
    copy(last, m.index);
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      const width = code >= 0xd800 && code < 0xdc00 && i + 1 < run.length ? 2 : 1;
      const folded = foldChar(run.slice(i, i + width));
      for (let k = 0; k < folded.length; k++, length++) shift[length] = m.index + i - length;
      parts.push(folded);
      i += width - 1;
    }
    last = m.index + run.length;
  }
  copy(last, source.length);
  return { text: parts.join(''), shift: shift.subarray(0, length), source };
}

/** The offset in the original text of the character at `index` of the folded text. */
export function originOf(folded: FoldedText, index: number): number | undefined {
  const shift = folded.shift[index];
  return shift === undefined ? undefined : index + shift;
}

/** Maps a folded range back to the original text: `[start, end)` in `source`. */
export function originalSpan(folded: FoldedText, start: number, end: number): [number, number] {
  const from = originOf(folded, start) ?? folded.source.length;
  const last = originOf(folded, end - 1) ?? from;
  const code = folded.source.charCodeAt(last);
  const width = code >= 0xd800 && code < 0xdc00 ? 2 : 1;
  return [from, last + width];
}

/** Folds a short string (an alias, a cue word) without keeping the map. */
export function foldWord(value: string): string {
  // Most aliases and cues are plain ASCII: lower-casing is all their folding does.
  return HAS_SPECIAL.test(value) ? foldText(value).text : value.toLowerCase();
}

/** Folds a long text for scanning only, without an offset map: native and fast. */
export function foldForScan(value: string): string {
  return value.normalize('NFKD').replace(MARKS, '').toLowerCase();
}
