import { describe, expect, it } from 'vitest';
import fr from '../../assets/public/_locales/fr/messages.json';
import { figureLine } from '../../lib/engine/describe';
import { indexFacts } from '../../lib/facts/fact-index';
import { ENTITIES_FR } from '../../lib/facts/french-entities';
import { DATES_FR, FIGURES_FR } from '../../lib/facts/french-facts';
import { inReaderLanguage } from '../../lib/facts/in-reader-language';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import type { Figure } from '../../lib/facts/schema';
import { sayFrom } from '../../lib/say';

const french = sayFrom(fr);

describe('the facts’ French words', () => {
  it('word every text of every shipped fact, and only shipped facts', () => {
    const missing: string[] = [];
    for (const e of SHIPPED_PACK.entities) {
      if (!e.fr?.description) missing.push(`${e.id} description`);
      if (e.role && !e.fr?.role) missing.push(`${e.id} role`);
      if (e.note && !e.fr?.note) missing.push(`${e.id} note`);
    }
    for (const f of SHIPPED_PACK.figures) {
      if (!f.fr?.counts) missing.push(`${f.id} counts`);
      if (f.note && !f.fr?.note) missing.push(`${f.id} note`);
      f.alternatives?.forEach((a, i) => {
        if (a.note && !a.fr?.note) missing.push(`${f.id} alternative ${i}`);
      });
    }
    for (const d of SHIPPED_PACK.dates) if (!d.fr?.event) missing.push(`${d.id} event`);
    expect(missing).toEqual([]);
    const ids = new Set([...SHIPPED_PACK.entities, ...SHIPPED_PACK.figures, ...SHIPPED_PACK.dates].map((f) => f.id));
    expect([...Object.keys(ENTITIES_FR), ...Object.keys(FIGURES_FR), ...Object.keys(DATES_FR)].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('take the place of the English for a French reader, and only then', () => {
    const index = indexFacts(SHIPPED_PACK);
    const killed = (i: typeof index) => i.byId.get('minusma.casualties.killed-2023') as Figure;
    expect(figureLine(killed(inReaderLanguage(index, true)), french)).toBe(
      '165 casques bleus tués par des actes hostiles depuis juillet 2013',
    );
    expect(figureLine(killed(inReaderLanguage(index, false)))).toBe('165 peacekeepers killed by hostile acts since July 2013');
    expect(inReaderLanguage(index, true).byId.get('person.goita')).toMatchObject({
      name: 'Assimi Goïta',
      role: 'Président de la transition du Mali',
      description: expect.stringMatching(/^Colonel de l’armée/),
    });
    expect(inReaderLanguage(index, true).byId.get('minusma.takeover')).toMatchObject({ event: 'La MINUSMA prend le relais de la MISMA' });
    const observers = (inReaderLanguage(index, true).byId.get('minusma.strength.military-2013') as Figure).alternatives?.[0];
    expect(observers?.note).toMatch(/^La résolution 2227/);
  });

  it('leave a fact the reader wrote without them in its own words', () => {
    const own: Figure = { ...(SHIPPED_PACK.figures[0] as Figure), counts: 'people counted by the reader', fr: undefined };
    const index = indexFacts({ ...SHIPPED_PACK, figures: [own] });
    expect((inReaderLanguage(index, true).figures[0] as Figure).counts).toBe('people counted by the reader');
  });

  it('write a share with its percent sign, as each language does', () => {
    const yes = SHIPPED_PACK.figures.find((f) => f.id === 'mali.referendum-yes') as Figure;
    expect(figureLine(yes)).toBe('about 96.9% yes votes in the June 2023 referendum');
    expect(figureLine(inReaderLanguage(indexFacts(SHIPPED_PACK), true).byId.get(yes.id) as Figure, french)).toBe(
      'environ 96,9\u202f% de oui au référendum de juin 2023',
    );
  });
});
