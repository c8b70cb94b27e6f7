import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { annotate, engine, judgedIn, linkedFigures } from '../support/engine';

describe('the years a figure holds in', () => {
  it('flags a count of one year against that year’s count, not the total of many years', () => {
    const [twelve] = annotate('Twelve peacekeepers were killed in 2022.').figures;
    expect(twelve).toMatchObject({ text: 'Twelve', status: 'conflict', factId: 'minusma.deadliest-2022' });
    expect(annotate('In 2022, 14 peacekeepers were killed.').figures.map((f) => `${f.text} ${f.status}`)).toContain('14 match');
    // A sentence that opens with its year dates every clause of it.
    expect(
      annotate('In 2022, MINUSMA was again the deadliest UN mission, with 12 peacekeepers killed in hostile acts.').figures.map(
        (f) => `${f.text} ${f.status} ${f.factId ?? ''}`,
      ),
    ).toContain('12 conflict minusma.deadliest-2022');
    // Seven times that year's 14 is some other count, and the totals since 2013 were counted after 2022 ended.
    const [hundred] = annotate('100 peacekeepers were killed in 2022.').figures;
    expect(hundred).toMatchObject({ text: '100', status: 'unknown' });
  });

  it('matches a count of one year only where the text dates it, and reads a dozen as vaguer than about', () => {
    const judged = (text: string, articleDate: string, french = false) =>
      annotateText(text, engine, { articleDate, french }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(judged('14 peacekeepers were killed in an attack near Kidal.', '2023-03-20')).toEqual(['14 → unknown undefined']);
    expect(judged('Fourteen peacekeepers were killed last year, the most of any mission.', '2023-03-20')).toEqual([
      'Fourteen → match minusma.deadliest-2022',
    ]);
    expect(judged('L’an passé, quatorze Casques bleus ont trouvé la mort au Mali.', '2023-07-15', true)).toEqual([
      'quatorze → match minusma.deadliest-2022',
    ]);
    // In January 2024, last year is 2023.
    expect(judged('Fourteen peacekeepers were killed last year, the most of any mission.', '2024-01-05')).toEqual([
      'Fourteen → unknown undefined',
    ]);
    // Within a fifth: a dozen and `une quinzaine` are 14, `une dizaine` is not.
    // Highlighted with its article, as `une dizaine` is; half a dozen are six.
    expect(judged('A dozen peacekeepers died in 2022.', '2023-07-15')[0]).toBe('A dozen → match minusma.deadliest-2022');
    expect(judged('Half a dozen peacekeepers died in 2022.', '2023-07-15')[0]).toBe('Half a dozen → conflict minusma.deadliest-2022');
    expect(judged('Une quinzaine de casques bleus ont été tués en 2022.', '2023-07-15', true)[0]).toBe(
      'Une quinzaine → match minusma.deadliest-2022',
    );
    expect(judged('Une dizaine de casques bleus ont été tués en 2022.', '2023-07-15', true)[0]).toBe(
      'Une dizaine → conflict minusma.deadliest-2022',
    );
  });

  it('reads the count of the mission the Council voted to create as its first ceiling', () => {
    const created = (text: string, french = false) =>
      annotateText(text, engine, { french, articleDate: '2013-04-26' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(created('The UN Security Council voted on Thursday to create a 12,600-strong peacekeeping force for Mali.')).toEqual([
      '12,600 → match minusma.strength.uniformed-2013',
    ]);
    expect(created('Le Conseil a voté jeudi pour créer une force de 12 600 Casques bleus au Mali.', true)).toEqual([
      '12 600 → match minusma.strength.uniformed-2013',
    ]);
  });

  it('does not take the year a count runs since or from for the year it holds in', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('The mission has been in Mali since 2013 and has about 13,000 troops and police.')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
    ]);
    expect(linked('Présente au Mali depuis juillet 2013, la mission compte environ 13 000 soldats et policiers.', true)).toEqual([
      '13 000 → match minusma.strength.deployed-2022',
    ]);
    // Nor the year it runs from.
    expect(linked('Wagner had 1,000 fighters in Mali from December 2021.')).toEqual(['1,000 → match wagner.size']);
    expect(linked('Wagner aurait déployé un millier d’hommes dès décembre 2021.', true)).toEqual(['un millier → match wagner.size']);
  });

  it('dates a count by a year in its own clause, or in a clause before it that is only a date', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('MINUSMA, deployed in 2013, had more than 15,000 peacekeepers.')).toEqual(['15,000 → match minusma.strength.ceiling']);
    expect(linked('La Minusma, déployée en 2013, comptait plus de 15 000 casques bleus.', true)).toEqual([
      '15 000 → match minusma.strength.ceiling',
    ]);
    expect(linked('In 2022, 14 peacekeepers were killed.')).toEqual(['14 → match minusma.deadliest-2022']);
    expect(linked('Fin 2022, 14 casques bleus avaient été tués.', true)).toEqual(['14 → match minusma.deadliest-2022']);
    // A span of years written short holds both: the budget of 2023 is that of 2022-23.
    expect(linked('The mission’s budget for 2022-23 was $1.26 billion.')).toEqual(['1.26 billion → match minusma.budget']);
    expect(linked('The mission’s budget for 2021-22 was $1.26 billion.')).toEqual(['1.26 billion → unknown']);
  });

  it('judges the Council’s votes on the last two mandates, and no year a span ends in dates them', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('The Council voted 15-0 to end the mandate.')).toEqual(['15 → match minusma.votes-2023']);
    expect(linked('The Council voted 14-1 to end the mission.')).toEqual(['14 → conflict minusma.votes-2023', '1 → unknown undefined']);
    expect(linked('La résolution 2690 a été adoptée par 15 voix contre 0.', true)).toEqual(['15 → match minusma.votes-2023']);
    expect(
      linked(
        'By its resolution 2640 (2022), the Council extended the mandate until 30 June 2023 by a vote of 13 in favour, with 2 abstentions.',
      ),
    ).toEqual(['30 June 2023 → match minusma.terminated', '13 → match minusma.votes-2022', '2 → unknown undefined']);
    // The mandate may be named by the mission's name.
    expect(linked('The Security Council extended the mandate of MINUSMA until 30 June 2023.')).toEqual([
      '30 June 2023 → match minusma.terminated',
    ]);
    expect(linked('Le Conseil a prorogé le mandat de la Minusma jusqu’au 30 juin 2023.', true)).toEqual([
      '30 juin 2023 → match minusma.terminated',
    ]);
  });

  it('disputes no duration with a time counted from an event, which may still agree with one', () => {
    const judged = judgedIn('2024-03-01');
    expect(judged('Five months later, Mali asked the mission to leave.')).toEqual(['Five → unknown']);
    expect(judged('Two months later, the mission was told to withdraw.')).toEqual(['Two → unknown']);
    expect(judged('Il y a cinq mois, le Mali demandait le départ de la mission.', true)).toEqual(['cinq → unknown']);
    expect(judged('Ten years after its creation, the mission ended.')).toEqual(['Ten → match minusma.years']);
    expect(judged('The mission was given five months to leave.')).toEqual(['five → conflict minusma.withdrawal-months']);
  });
});
