import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf } from '../../lib/facts/fact-draft';
import { SHIPPED_PACK } from '../../lib/facts/pack';

const goita = SHIPPED_PACK.entities.find((e) => e.id === 'person.goita');
const killed = SHIPPED_PACK.figures.find((f) => f.id === 'minusma.casualties.killed-2023');

describe('the fact form', () => {
  it('round-trips a fact through its fields unchanged', () => {
    for (const [kind, fact] of [
      ['entities', goita],
      ['figures', killed],
    ] as const) {
      const result = checkDraft(kind, draftOf(kind, fact), fact);
      expect(result).toEqual({ ok: true, fact });
    }
  });

  it('checks field by field and names each bad one', () => {
    const draft = { ...draftOf('figures', killed), value: 'many', 'asOf.from': '2023-13', 'sources.0.url': 'javascript:alert(1)' };
    const result = checkDraft('figures', draft, killed);
    expect(!result.ok && result.errors).toEqual({
      value: 'expected a number',
      'asOf.from': 'expected a date like 2023, 2023-01 or 2023-01-27',
      'sources.0.url': 'expected an http(s) URL',
    });
  });

  it('says which required fields a new fact still lacks', () => {
    const result = checkDraft('dates', { ...draftOf('dates'), confidence: 'high' });
    expect(!result.ok && Object.keys(result.errors)).toEqual(expect.arrayContaining(['id', 'subject', 'event', 'date', 'sources.0.title']));
    expect(!result.ok && result.errors.event).toBe('is required');
  });

  it('edits the French words beside the English, and leaves none behind when they are blank', () => {
    const draft = draftOf('figures', killed);
    expect(draft['fr.counts']).toBe('casques bleus tués par des actes hostiles depuis juillet 2013');
    const edited = checkDraft('figures', { ...draft, 'fr.counts': 'casques bleus tués' }, killed);
    expect(edited.ok && edited.fact).toMatchObject({
      counts: killed?.counts,
      fr: { counts: 'casques bleus tués', note: killed?.fr?.note },
    });
    // The alternatives are not on the form: their French notes stay as they were.
    expect(edited.ok && 'alternatives' in edited.fact && edited.fact.alternatives?.[0]?.fr?.note).toBe(killed?.alternatives?.[0]?.fr?.note);
    const fresh = checkDraft('dates', {
      ...draftOf('dates'),
      id: 'mali.test',
      subject: 'place.mali',
      event: 'Something happens',
      date: '2023-05',
      confidence: 'high',
      'sources.0.title': 'A source',
      'sources.0.read': '2024-01-01',
    });
    expect(fresh.ok && fresh.fact).not.toHaveProperty('fr');
  });

  it('reads lists one entry per line', () => {
    const result = checkDraft('entities', { ...draftOf('entities', goita), aliases: 'Assimi Goïta\n\n  Goïta  \nColonel Goïta' }, goita);
    expect(result.ok && 'aliases' in result.fact && result.fact.aliases).toEqual(['Assimi Goïta', 'Goïta', 'Colonel Goïta']);
  });
});
