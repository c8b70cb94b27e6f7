import { describe, expect, it } from 'vitest';
import { findDrift } from '../../lib/engine/drift';
import { annotate, engine, figureStatuses, fixture } from '../support/engine';

const original = fixture('seed-original.txt');
const copy = fixture('seed-retranslated.txt');

describe('the original report', () => {
  const result = annotate(original);

  it('matches every figure of the report against the canonical facts', () => {
    expect(figureStatuses(result)).toEqual([
      'three → match',
      '17,500 → match',
      'nine → match',
      '2012 → match',
      'August 2020 → match',
      'June 2021 → match',
      'nine → match',
      // Months written alone: their year is the article's, which this text does not give.
      'March → unknown',
      'October → unknown',
      'February 2024 → match',
      'three → match',
      'December, 2022 → match',
      '165 → match',
      '687 → match',
      'July 2013 → match',
      'four → match',
      '2,250 → match',
      'three → match',
      '3,680 → match',
      '2,000 → match',
    ]);
  });

  it('links each figure to the fact it states', () => {
    const links = Object.fromEntries(result.figures.map((f) => [f.text, f.factId]));
    expect(links).toMatchObject({
      '17,500': 'minusma.strength.total',
      '165': 'minusma.casualties.killed-2023',
      '687': 'minusma.casualties.injured-2023',
      '2,250': 'minusma.tcc.leaving-troops',
      '3,680': 'minusma.review.option1',
      '2,000': 'minusma.review.option2',
      'July 2013': 'minusma.takeover',
      'August 2020': 'mali.coup-2020',
    });
  });

  it('finds the people, bodies and places, all as exact matches', () => {
    const found = new Set(result.entities.map((e) => e.entityId));
    for (const id of [
      'mission.minusma',
      'person.diop',
      'person.guterres',
      'person.mills',
      'person.goita',
      'org.wagner',
      'org.cma',
      'org.platform',
      'agreement.algiers-2015',
    ])
      expect(found).toContain(id);
    expect(result.entities.filter((e) => e.status !== 'match')).toEqual([]);
  });

  it('gives offsets that point at the matched text', () => {
    for (const hit of [...result.entities, ...result.figures]) expect(original.slice(hit.start, hit.end)).toBe(hit.text);
  });
});

describe('the machine-translated copy', () => {
  const result = annotate(copy);

  it('reports its misspelled and renamed names as variants of the canonical ones', () => {
    const variants = result.entities.filter((e) => e.status === 'variant').map((e) => `${e.text} → ${e.entityId}`);
    expect(variants).toEqual(
      expect.arrayContaining([
        'Natalie Broadhurst → person.broadhurst',
        'Asimi Goita → person.goita',
        'Coordinating Azawad Movement → org.cma',
        'Nevenzia → person.nebenzia',
      ]),
    );
  });

  it('finds Nebenzia and Prigozhin as the stored people', () => {
    const ids = result.entities.filter((e) => e.status === 'match').map((e) => `${e.text} → ${e.entityId}`);
    expect(ids).toEqual(
      expect.arrayContaining(['Vasily Nebenzia → person.nebenzia', 'Evgeny Prigozhin → person.prigozhin', 'Vladimir Putin → person.putin']),
    );
  });

  it('invents no conflict where the copy agrees with the original', () => {
    expect(result.figures.filter((f) => f.status === 'conflict')).toEqual([]);
    expect(figureStatuses(result)).toEqual(expect.arrayContaining(['17,500 → match', '165 → match', '687 → match', '2,250 → match']));
  });

  it('does not find the dropped 3,680 / 2,000 option', () => {
    expect(result.figures.map((f) => f.text)).not.toContain('3,680');
  });
});

describe('the drift report', () => {
  it('lists the copy’s variant names and the option it leaves out, and nothing for the original', () => {
    const driftOf = (text: string) => findDrift(annotate(text), engine.facts).map((d) => `${d.kind}: ${d.said || d.canonical}`);
    expect(driftOf(original)).toEqual([]);
    expect(driftOf(copy)).toEqual([
      'variant: Natalie Broadhurst',
      'variant: Asimi Goita',
      'variant: Coordinating Azawad Movement',
      'variant: Nevenzia',
      'left-out: 3,680 uniformed personnel added under the first option',
      'left-out: 2,000 uniformed personnel added under the second option',
    ]);
  });

  it('reports a conflicting figure with the canonical one, and the figure of the same count it leaves out', () => {
    const drift = findDrift(annotate('In all, 156 peacekeepers have been killed by hostile action since July 2013.'), engine.facts);
    expect(drift).toEqual([
      expect.objectContaining({ kind: 'conflict', said: '156', factId: 'minusma.casualties.killed-2023' }),
      expect.objectContaining({ kind: 'left-out', factId: 'minusma.casualties.injured-2023' }),
    ]);
  });
});
