import { describe, expect, it } from 'vitest';
import { toSpans, unknownNames } from '../../lib/engine/name-spans';
import { tagNames } from '../../lib/name-tagger';

const text = 'He met “Martha Pobee,” the Malian government and Jean-Pierre Lacroix’s team.';
const term = (s: string) => ({ text: s, offset: { start: text.indexOf(s), length: s.length } });

describe('names from the tagger', () => {
  it('trims quotes, punctuation and possessives, and drops lower-case phrases', () => {
    const spans = toSpans([term('“Martha Pobee,”'), term('Malian government'), term('Jean-Pierre Lacroix’s')], 'person', 0, text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Martha Pobee', 'Jean-Pierre Lacroix']);
  });

  it('keeps only names that no stored entity covers', () => {
    const spans = toSpans([term('Martha Pobee'), term('Jean-Pierre Lacroix')], 'person', 0, text);
    const taken = [{ start: text.indexOf('Lacroix'), end: text.indexOf('Lacroix') + 7 }];
    expect(unknownNames(spans, taken).map((s) => text.slice(s.start, s.end))).toEqual(['Martha Pobee']);
  });

  it('cuts the words a Title Case headline glues to a person’s name', () => {
    const people = (text: string) => tagNames(text).people.map((p) => p.text);
    expect(people('Growing Pains Star Alan Thicke Dead at 69')).toEqual(['Alan Thicke']);
    expect(people('Abdoulaye Diop met Trevor Manhanga in Bamako.')).toEqual(['Abdoulaye Diop', 'Trevor Manhanga']);
    expect(people('Rogue One star Riz Ahmed spoke.')).toContain('Riz Ahmed');
  });
});
