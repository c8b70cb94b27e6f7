import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { toSpans, unknownNames } from '../../lib/engine/name-spans';
import { tagNames } from '../../lib/name-tagger';
import { engine } from '../support/engine';

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

  it('takes a stored one-word name inside a tagged person’s name for a word of that name', () => {
    const names = (text: string) => {
      const { people, organisations } = tagNames(text);
      const spans = [...toSpans(people, 'person', 0, text), ...toSpans(organisations, 'organisation', 0, text)];
      return annotateText(text, engine, { names: spans }).entities.map((e) => `${e.text} ${e.status}`);
    };
    expect(names('The Wagner Group is no tribute to the composer Richard Wagner.')).toEqual([
      'Wagner Group match',
      'Richard Wagner unknown',
    ]);
    expect(names('Chinese diplomat Gao Feng visited Bamako.')).toEqual(['Gao Feng unknown', 'Bamako match']);
    // A title is no first name (`Mr. Guterres` is tagged whole), and a name the tagger leaves alone stays stored.
    expect(names('Mr. Guterres welcomed Russian Wagner fighters to Gao.')).toEqual(['Guterres match', 'Wagner match', 'Gao match']);
  });
});
