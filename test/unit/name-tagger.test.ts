import { describe, expect, it, vi } from 'vitest';
import { tagNames } from '../../lib/name-tagger';

// Counts the texts the real tagger is run on.
const tagged = vi.hoisted(() => [] as string[]);
vi.mock('../../lib/compromise-lazy.cjs', async (importOriginal) => {
  const load = ((await importOriginal()) as { default: () => (text: string) => unknown }).default;
  return {
    default: () => {
      const nlp = load();
      return (text: string) => {
        tagged.push(text);
        return nlp(text);
      };
    },
  };
});

describe('the name tagger in the background', () => {
  it('tags a piece read again (a page reloaded) once, and keeps only the last 64 pieces', () => {
    const piece = 'Abdoulaye Diop met Trevor Manhanga in Bamako.';
    const first = tagNames(piece);
    expect(tagNames(piece)).toEqual(first);
    expect(first.people.map((p) => p.text)).toEqual(['Abdoulaye Diop', 'Trevor Manhanga']);
    expect(tagged.filter((text) => text === piece)).toHaveLength(1);
    for (let i = 0; i < 64; i++) tagNames(`Piece ${i}: Trevor Manhanga spoke.`);
    tagNames(piece);
    expect(tagged.filter((text) => text === piece)).toHaveLength(2);
  });

  it('refuses what is not a bounded string, without running the tagger', () => {
    const before = tagged.length;
    expect(tagNames({ text: 'Abdoulaye Diop' })).toEqual({ people: [], organisations: [] });
    expect(tagNames('x'.repeat(20_000))).toEqual({ people: [], organisations: [] });
    expect(tagged).toHaveLength(before);
  });
});
