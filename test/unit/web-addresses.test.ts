import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { engine } from '../support/engine';

// What a reader would see highlighted in a line: each name and figure as `text status`.
function highlighted(text: string) {
  const found = annotateText(text, engine, { articleDate: '2023-07-15' });
  return [...found.entities, ...found.figures].sort((a, b) => a.start - b.start).map((hit) => `${hit.text} ${hit.status}`);
}

describe('web addresses in article text', () => {
  it('highlights no name or figure inside a web address, an e-mail address or a handle', () => {
    expect(highlighted('See https://www.reuters.com/world/africa/mali-asks-un-withdraw-13000-peacekeepers-2023-06-16/ for more.')).toEqual(
      [],
    );
    expect(highlighted('Source: www.un.org/press/en/2023/sc15336.doc.htm')).toEqual([]);
    expect(highlighted('More information is at minusma.unmissions.org.')).toEqual([]);
    expect(highlighted('Write to press-minusma@un.org or follow @UN_MINUSMA.')).toEqual([]);
  });

  it('still reads the prose around an address', () => {
    expect(highlighted('MINUSMA (minusma.unmissions.org) had 13,000 peacekeepers in 2022.')).toEqual([
      'MINUSMA match',
      '13,000 match',
      '2022 unknown',
    ]);
    // A word that only looks like a domain's ending is a word, and an `@` with no name after it is no handle.
    expect(highlighted('MINUSMA.Organised in 2013, it grew @ 13,000 peacekeepers.').map((s) => s.split(' ')[0])).toEqual([
      'MINUSMA',
      '2013',
      '13,000',
    ]);
  });
});
