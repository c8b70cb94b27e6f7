/** A decade written as a duration, in folded offsets: ten years, or nine to ten when the text says nearly. */
export interface DecadeSpan {
  from: number;
  to: number;
  value: number;
  valueTo: number | undefined;
}

// `a decade`, `one decade`, `une décennie` (folded), with `nearly` or `almost` before them (`près d'une décennie`)
// and `and a half` after, and a headline's `decade-long` mission. A time (`a decade ago`, `il y a une décennie`,
// `a decade later`) is no duration.
const DECADE =
  /(?<!\bil y a )\b(nearly |almost |pres d'|presque )?(?:(?:a|one|une) (?:decade|decennie)( and a half| et demie)?|decade(?=-(?:long|old)\b))\b(?! ago| earlier| later| before| after| on\b| plus tard| auparavant)/g;

const MAY_HOLD = /dec(?:ade|ennie)/;

/**
 * Every decade a folded text counts: ten years, the unit the facts count durations in. `Nearly a decade` is nine
 * to ten years (France's nine and a half in Mali), which a duration of either agrees with.
 */
export function findDecades(text: string): DecadeSpan[] {
  const out: DecadeSpan[] = [];
  // The expression cannot start its scan from a literal, and the words it needs are rare: one that can looks first.
  if (!MAY_HOLD.test(text)) return out;
  for (const match of text.matchAll(DECADE)) {
    const [whole, nearly, half] = match;
    const value = half ? 15 : 10;
    const from = match.index + (nearly?.length ?? 0);
    out.push({ from, to: match.index + whole.length, value: nearly ? value - 1 : value, valueTo: nearly ? value : undefined });
  }
  return out;
}
