const END = /[.!?;]["'”»)]*\s|\n/g;
const REACH = 600;

// A period ends a sentence unless it closes a short abbreviation or initial (`U.S.`, `Mr.`).
function endsSentence(text: string, at: number): boolean {
  if (text[at] !== '.') return true;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 6), at))?.[0] ?? '';
  return word === '' || word.replace(/\./g, '').length > 3;
}

/** The `[start, end)` of the sentence around a span of folded text, at most 600 characters either side. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const offset = Math.max(0, start - REACH);
  const before = text.slice(offset, start);
  let from = offset;
  for (const m of before.matchAll(new RegExp(END))) if (endsSentence(before, m.index)) from = offset + m.index + m[0].length;
  const after = text.slice(end, end + REACH);
  let to = end + after.length;
  for (const m of after.matchAll(new RegExp(END))) {
    if (endsSentence(after, m.index)) {
      to = end + m.index + 1;
      break;
    }
  }
  return [from, to];
}
