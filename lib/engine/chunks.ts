/** Splits a text into `[start, end)` pieces of about `size` characters, cut only at line breaks. */
export function chunkBounds(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const newline = text.indexOf('\n', end);
      end = newline < 0 ? text.length : newline + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Moves results found in a piece of text to the offsets of the whole text. */
export function shifted<T extends { start: number; end: number }>(items: readonly T[], by: number): T[] {
  return by === 0 ? [...items] : items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
}
