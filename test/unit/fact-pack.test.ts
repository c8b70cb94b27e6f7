import { describe, expect, it } from 'vitest';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import { checkPack } from '../../lib/facts/validate';

describe('the shipped fact pack', () => {
  it('passes the schema, with unique ids and subjects that resolve', () => {
    const result = checkPack(SHIPPED_PACK);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('holds every figure of the original report', () => {
    const values = SHIPPED_PACK.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([17500, 165, 687, 4, 2250, 3, 3680, 2000, 9]));
  });

  it('names the people of both seed documents', () => {
    const names = SHIPPED_PACK.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Abdoulaye Diop',
        'António Guterres',
        'Richard Mills',
        'Nathalie Broadhurst',
        'Vassily Nebenzia',
        'Assimi Goïta',
        'Yevgeny Prigozhin',
        'El-Ghassim Wane',
        'Vladimir Putin',
      ]),
    );
  });
});

describe('checkPack', () => {
  it('reports each bad field with its path', () => {
    const figure = SHIPPED_PACK.figures[3];
    const broken = { ...SHIPPED_PACK, figures: [...SHIPPED_PACK.figures.slice(0, 3), { ...figure, value: 'many' }] };
    const result = checkPack(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual({ path: 'figures[3].value', message: 'expected a number' });
  });

  it('checks a fact’s French words as strictly as its English ones', () => {
    const figure = SHIPPED_PACK.figures[3];
    const broken = { ...SHIPPED_PACK, figures: [...SHIPPED_PACK.figures.slice(0, 3), { ...figure, fr: { counts: 5, colour: 'red' } }] };
    const result = checkPack(broken);
    expect(!result.ok && result.issues).toEqual(
      expect.arrayContaining([
        { path: 'figures[3].fr.counts', message: 'expected text' },
        { path: 'figures[3].fr.colour', message: 'is not a known field' },
      ]),
    );
  });

  it('rejects duplicate ids and subjects that name no entity', () => {
    const [first] = SHIPPED_PACK.dates;
    if (!first) throw new Error('the pack has dates');
    const result = checkPack({ ...SHIPPED_PACK, dates: [first, { ...first, subject: 'person.nobody' }] });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['dates[1].id', 'dates[1].subject']);
  });

  it('rejects dates that are not on the calendar', () => {
    const [first] = SHIPPED_PACK.dates;
    const result = checkPack({ ...SHIPPED_PACK, dates: [{ ...first, date: '2023-02-30' }] });
    expect(!result.ok && result.issues).toContainEqual({ path: 'dates[0].date', message: 'not a real calendar date' });
  });
});
