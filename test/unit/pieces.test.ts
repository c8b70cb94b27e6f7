import { describe, expect, it } from 'vitest';
import { pieceEnd } from '../../lib/engine/chunks';

describe('pieces of a long article', () => {
  it('cover the whole text, each ending after a line break, so no name is cut', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Paragraph ${i} about MINUSMA and 13,289 peacekeepers.`).join('\n');
    const pieces: string[] = [];
    for (let from = 0, to = 0; from < text.length; from = to) {
      to = pieceEnd(text, from, 1_000);
      pieces.push(text.slice(from, to));
    }
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
  });

  it('never leave a short last piece, which would cost a request of its own', () => {
    const text = `${'MINUSMA had 13,289 peacekeepers.\n'.repeat(31)}Tail.`;
    expect(pieceEnd(text, 0, 1_000)).toBe(text.length);
    expect(pieceEnd(`${text}\n${'x'.repeat(300)}`, 0, 1_000)).toBeLessThan(text.length + 1);
  });
});
