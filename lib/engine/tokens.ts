/** Word tokens of a folded text: parallel arrays of start and end offsets. */
export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits folded text into runs of letters and digits (Unicode word characters). */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), count: starts.length };
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
  const gap = text.slice(end, tokens.starts[left + 1] ?? end);
  if (!JOINER.test(gap)) return false;
  return !gap.includes('.') || end - (tokens.starts[left] ?? 0) <= 2;
}
