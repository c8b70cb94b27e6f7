/** Text folded for matching, with the way back to offsets in the original. */
export interface FoldedText {
  /** Lower-case, accent-free text with every space-like character as ' '. */
  text: string;
  /** For each folded character, the index of the original character it came from. */
  origin: Int32Array;
  /** The original text. */
  source: string;
}

// Characters a reader does not see: soft hyphen, zero-width and bidi controls.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const DASHES = /[\u2010-\u2015\u2212]/;
const QUOTES = /[\u2018\u2019\u02bc\u2032]/;

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded !== undefined) return folded;
  if (INVISIBLE.test(ch)) folded = '';
  else if (SPACE.test(ch)) folded = ch === '\n' ? '\n' : ' ';
  else if (DASHES.test(ch)) folded = '-';
  else if (QUOTES.test(ch)) folded = "'";
  // Ligatures can expand to many letters; two keep the offset map bounded.
  else folded = ch.normalize('NFKD').replace(MARKS, '').toLowerCase().slice(0, 2);
  cache.set(ch, folded);
  return folded;
}

/**
 * Folds case, accents, width and invisible characters so that `Goïta`, `GOITA` and `Go\u00adita`
 * all read `goita`, keeping a map back to the original offsets.
 */
export function foldText(source: string): FoldedText {
  const parts: string[] = [];
  const origin = new Int32Array(source.length * 2 + 1);
  let length = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    let folded: string;
    let width = 1;
    if (code < 128) {
      folded = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 || code === 13 ? ' ' : (source[i] as string);
    } else {
      width = code >= 0xd800 && code < 0xdc00 && i + 1 < source.length ? 2 : 1;
      folded = foldChar(source.slice(i, i + width));
    }
    for (let k = 0; k < folded.length; k++) origin[length++] = i;
    parts.push(folded);
    i += width - 1;
  }
  return { text: parts.join(''), origin: origin.subarray(0, length), source };
}

/** Maps a folded range back to the original text: `[start, end)` in `source`. */
export function originalSpan(folded: FoldedText, start: number, end: number): [number, number] {
  const from = folded.origin[start] ?? folded.source.length;
  const last = folded.origin[end - 1] ?? from;
  const code = folded.source.charCodeAt(last);
  const width = code >= 0xd800 && code < 0xdc00 ? 2 : 1;
  return [from, last + width];
}

/** Folds a short string (an alias, a cue word) without keeping the map. */
export function foldWord(value: string): string {
  return foldText(value).text;
}
