/**
 * The end of the piece of `text` that starts at `start`: about `size` characters on, after a line
 * break. A last piece under a quarter of `size` joins this one: it would cost a round trip of its own.
 */
export function pieceEnd(text: string, start: number, size: number): number {
  const end = Math.min(text.length, start + size);
  if (end >= text.length) return text.length;
  const newline = text.indexOf('\n', end);
  return newline < 0 || text.length - newline - 1 < size / 4 ? text.length : newline + 1;
}

/**
 * Moves results found in a piece of text to the offsets of the whole text, in place: for results the
 * engine has just made and nobody else holds (a copy each would double the garbage of a long page).
 */
export function moveBy<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  for (const item of items) {
    item.start += by;
    item.end += by;
  }
  return items;
}

/** Copies of the spans that lie within `from`..`to`, moved to offsets of that piece (others hold the originals). */
export function spansWithin<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number): T[] {
  return items
    .filter((item) => item.start >= from && item.end <= to)
    .map((item) => ({ ...item, start: item.start - from, end: item.end - from }));
}
