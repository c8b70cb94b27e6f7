import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import fr from '../../assets/public/_locales/fr/messages.json';
import { cardData } from '../../lib/engine/card-data';
import { formatDate, formatNumber, formatPeriod, heldLine } from '../../lib/engine/describe';
import { findDrift } from '../../lib/engine/drift';
import { indexFacts } from '../../lib/facts/fact-index';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import { ENTITY_TYPES, FIGURE_UNITS } from '../../lib/facts/schema';
import { valueLabel } from '../../lib/facts/value-labels';
import { english, type MessageKey, sayFrom } from '../../lib/say';

const french = sayFrom(fr as Record<MessageKey, { message: string }>);
const substitutions = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('the French messages', () => {
  it('say everything the English ones say, with the same substitutions', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const translated = (fr as Record<string, { message: string } | undefined>)[key];
      expect(translated?.message, key).toBeTruthy();
      expect(substitutions(translated?.message ?? ''), key).toEqual(substitutions(message));
    }
  });

  it('write dates, periods and numbers as French does', () => {
    expect(formatDate('2013-07-01', french)).toBe('1er juillet 2013');
    expect(formatDate('2023-06-30', french)).toBe('30 juin 2023');
    expect(formatPeriod({ from: '2013-07', to: '2023-01' }, french)).toBe('juillet 2013 – janvier 2023');
    expect(formatPeriod({ from: '2013-07-01' }, french)).toBe('depuis le 1er juillet 2013');
    expect(formatPeriod({ from: '2013-07' }, french)).toBe('depuis juillet 2013');
    expect(formatPeriod({ to: '2023' }, french)).toBe('jusqu’en 2023');
    const intl = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    const values = fc.oneof(
      fc.nat(1e12),
      fc.nat(1e8).map((n) => n / 100),
    );
    fc.assert(fc.property(values, (value) => formatNumber(value, french) === intl.format(value)));
  });

  it('say when a fact holds in words that read with a period open at one end', () => {
    const facts = indexFacts(SHIPPED_PACK);
    const held = (id: string) => {
      const fact = facts.byId.get(id);
      return fact && [heldLine(fact, english), heldLine(fact, french)];
    };
    expect(held('person.goita')).toEqual(['since 7 June 2021', 'depuis le 7 juin 2021']);
    expect(held('person.prigozhin')).toEqual(['until 23 August 2023', 'jusqu’au 23 août 2023']);
    expect(held('mission.minusma')).toEqual(['from 25 April 2013 to 31 December 2023', 'valable : 25 avril 2013 – 31 décembre 2023']);
    expect(held('minusma.tcc.uk')).toEqual(['as of 14 November 2022', 'valable : 14 novembre 2022']);
  });

  it('word a figure’s card and the drift report in French around the facts’ own words', () => {
    const facts = indexFacts(SHIPPED_PACK);
    const card = cardData(
      { kind: 'figure', status: 'match', text: '2 250', explanation: '', factId: 'minusma.tcc.leaving-troops' },
      facts,
      french,
    );
    expect(card.title).toMatch(/^plus de 2\u202f250 /);
    expect(card.asOf).toBe('valable : janvier 2023');
    const drift = findDrift(
      { entities: [], figures: [{ status: 'conflict', text: '17 000', factId: 'minusma.strength.total', start: 0 }] },
      facts,
      french,
    );
    expect(drift[0]?.canonical).toMatch(/^environ 17\u202f500 /);
  });

  it('say whether another value comes from another source or from the fact’s own', () => {
    const facts = indexFacts(SHIPPED_PACK);
    const caveats = (factId: string, say: typeof english = english) =>
      cardData({ kind: 'figure', status: 'match', text: '', explanation: '', factId }, facts, say).caveats;
    expect(caveats('minusma.budget')).toContain('Another source gives 1.26 (VOA and AFP give the budget as 1.26 billion).');
    expect(caveats('minusma.tcc.germany')).toEqual([
      'The same source also gives 1,100 (soldiers actually deployed, at the fewest).',
      'The same source also gives 1,270 (soldiers actually deployed, at the most).',
    ]);
    expect(caveats('minusma.tcc.germany', french)[0]).toMatch(/^La même source donne aussi 1\u202f100 \(/);
  });

  it('name the schema’s types and units in French while the stored values stay as they are', () => {
    expect([...ENTITY_TYPES, ...FIGURE_UNITS].map((value) => valueLabel(value, french))).toEqual([
      'mission',
      'personne',
      'organisation',
      'lieu',
      'accord',
      'opération',
      'résolution',
      'rapport',
      'organe',
      'personnes',
      'troupes',
      'nombre',
      'années',
      'mois',
      'milliards de dollars US',
      'pour cent',
    ]);
    expect(valueLabel('not-a-type', french)).toBe('not-a-type');
  });
});
