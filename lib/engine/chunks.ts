/** The end of the piece of `text` that starts at `start`: about `size` characters on, after a line break. */
export function pieceEnd(text: string, start: number, size: number): number {
  const end = Math.min(text.length, start + size);
  if (end >= text.length) return text.length;
  const newline = text.indexOf('\n', end);
  return newline < 0 ? text.length : newline + 1;
}

/** Bounds of the pieces' sizes, in characters. */
export const PIECE = { first: 2_000, min: 2_000, max: 60_000 };

/**
 * The size of the next piece, scaled from how long the last one took so that each takes about
 * `targetMs`: the first pieces run cold (the JIT has not warmed up), later ones on a fast machine grow.
 */
export function nextPieceSize(size: number, tookMs: number, targetMs: number): number {
  const scaled = Math.round((size * targetMs) / Math.max(tookMs, 0.5));
  // Grow at most fourfold at a time: one fast piece is weak evidence.
  return Math.min(PIECE.max, size * 4, Math.max(PIECE.min, scaled));
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
