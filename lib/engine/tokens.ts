/** Word tokens of a folded text: parallel arrays of start and end offsets, and each word's `wordHash`. */
export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  count: number;
}

/**
 * A hash of a word's characters: most words of a text start no name, and comparing hashes rules them
 * out without cutting each word out of the text.
 */
export function wordHash(text: string, from: number, to: number): number {
  let hash = 0;
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

const WORD = /[\p{L}\p{N}]+/gu;
// One whole character: a letter or digit beyond the BMP is two code units, and both read as it.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether a character code is an ASCII digit. */
export const isDigitCode = (code: number) => code >= 48 && code <= 57;

/** Where the text after the last digit in `[from, to)` starts, or undefined where that stretch holds none. */
export function afterLastDigit(text: string, from: number, to: number): number | undefined {
  for (let i = to - 1; i >= from; i--) if (isDigitCode(text.charCodeAt(i))) return i + 1;
  return undefined;
}

// Letters and digits of plain ASCII, looked up by character code.
const ASCII_WORD = new Uint8Array(128).map((_, code) => Number(/[a-z0-9]/i.test(String.fromCharCode(code))));

function isWordChar(text: string, i: number, code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(text[i] ?? '');
}

// Two tight loops, one over the gap and one over the word, which is hashed on the way (as `wordHash`).
// Apart from `tokenize`: compiled while running its loop, it had no feedback yet for what follows the
// loop, and V8 threw the compiled code away at the end of nearly every call (twice the time).
function scan(text: string, starts: Int32Array, ends: Int32Array, hashes: Int32Array): number {
  const length = text.length;
  let count = 0;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordChar(text, i, text.charCodeAt(i))) i++;
    if (i === length) break;
    starts[count] = i;
    let hash = 0;
    do {
      hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      i++;
    } while (i < length && isWordChar(text, i, text.charCodeAt(i)));
    hashes[count] = hash;
    ends[count++] = i;
  }
  return count;
}

/** Splits folded text into runs of letters and digits (Unicode word characters). */
export function tokenize(text: string): Tokens {
  const most = (text.length >> 1) + 1;
  const starts = new Int32Array(most);
  const ends = new Int32Array(most);
  const hashes = new Int32Array(most);
  const count = scan(text, starts, ends, hashes);
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count), hashes: hashes.subarray(0, count), count };
}

/** Splits a short folded phrase into its words. */
export function words(phrase: string): string[] {
  return phrase.match(WORD) ?? [];
}

const JOINER = /^(?:[ '-]|\.| \.|\. )$/;

/**
 * True when the characters between two tokens can sit inside one name: a space, hyphen or
 * apostrophe, or the period of an initial (`U.S.`). Line breaks and other punctuation end a name.
 */
export function joins(text: string, tokens: Tokens, left: number): boolean {
  const end = tokens.ends[left] ?? 0;
  const next = tokens.starts[left + 1] ?? end;
  if (next - end === 1) {
    const ch = text.charCodeAt(end);
    return ch === 32 || ch === 45 || ch === 39 || (ch === 46 && end - (tokens.starts[left] ?? 0) <= 2);
  }
  const gap = text.slice(end, next);
  if (!JOINER.test(gap)) return false;
  return !gap.includes('.') || end - (tokens.starts[left] ?? 0) <= 2;
}
