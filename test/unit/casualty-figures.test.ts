import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { annotate, engine, linkedFigures } from '../support/engine';

describe('the mission’s dead and wounded', () => {
  it('judges no attack’s toll or rally’s crowd against the mission’s figures, and a year’s toll only by a count of that year', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('An attack killed 4 peacekeepers in Kidal.')).toEqual(['4 → unknown']);
    expect(linked('The ambush killed 30 peacekeepers.')).toEqual(['30 → unknown']);
    expect(linked('L’embuscade a fait 30 morts parmi les casques bleus.', true)).toEqual(['30 → unknown']);
    expect(linked('Some 10,000 people attended a rally in Bamako against the mission.')).toEqual(['10,000 → unknown']);
    expect(linked('Thousands protested; some 10,000 people marched against the mission.')).toEqual(['10,000 → unknown']);
    expect(linked('Some 10,000 peacekeepers took to the streets.')).toEqual(['10,000 → unknown']);
    expect(linked('Quelque 10 000 personnes ont défilé lors d’une manifestation contre la mission.', true)).toEqual(['10 000 → unknown']);
    expect(linked('In 2022, 20 peacekeepers were killed.')).toEqual(['20 → conflict minusma.deadliest-2022']);
    // A year that only places the count (`In 2022 alone`), or comes after what it counts, dates it too.
    expect(linked('In 2022 alone, 14 peacekeepers were killed.')).toEqual(['14 → match minusma.deadliest-2022']);
    expect(linked('14 peacekeepers were killed in malicious acts in 2022.')).toEqual(['14 → match minusma.deadliest-2022']);
    // The time the mission had to leave, and the years it and France served in Mali.
    expect(linked('The mission had to withdraw in five months.')).toEqual(['five → conflict minusma.withdrawal-months']);
    expect(linked('MINUSMA served in Mali for eleven years.')).toEqual(['eleven → conflict minusma.years']);
    expect(linked('MINUSMA served in Mali for 11 yrs.')).toEqual(['11 → conflict minusma.years']);
    // What was added is no count of the whole, only of what a fact says was added.
    expect(linked('The mission would have needed another 3,680 personnel to carry out its mandate fully.')).toEqual(['3,680 → unknown']);
    expect(linked('Guterres asked for 2,000 more troops in July 2021.')[0]).toBe('2,000 → match minusma.proposal-2021');
    expect(linked('La deuxième option prévoyait 2 000 hommes de plus.', true)).toEqual(['2 000 → match minusma.review.option2']);
    // A number the text denies claims nothing.
    expect(linked('The number of peacekeepers killed is 311, not 300.')).toEqual([
      '311 → match minusma.fatalities.all-causes',
      '300 → unknown',
    ]);
    expect(linked('La mission comptait 17 500 membres et non 20 000.', true)).toEqual([
      '17 500 → match minusma.strength.total',
      '20 000 → unknown',
    ]);
    expect(linked('France’s military presence in Mali lasted seven years.')).toEqual(['seven → conflict france.years-in-mali']);
    expect(linked('The mission formally ended after ten years and six months.')).toEqual(['ten → match minusma.years', 'six → unknown']);
    // A toll after the years is no part of their time.
    expect(linked('Mali : la Minusma, c’est fini après dix ans et 311 morts', true)).toEqual([
      'dix → match minusma.years',
      '311 → match minusma.fatalities.all-causes',
    ]);
    // A streak is no time the mission lasted.
    expect(linked('MINUSMA has been the deadliest UN mission for nine years running.')).toEqual(['nine → unknown']);
    expect(linked('The review counted 165 dead and 687 wounded.')).toEqual([
      '165 → match minusma.casualties.killed-2023',
      '687 → match minusma.casualties.injured-2023',
    ]);
    // The year opening the sentence dates every count of it, and the wounded after `and` are no toll of the killed.
    expect(linked('In 2021, 28 peacekeepers were killed and 165 wounded.')).toEqual(['28 → unknown', '165 → unknown']);
    // Nor is a count of the first years a tally of all of them.
    expect(linked('About 100 peacekeepers died in its first five years.')).toEqual(['100 → unknown', 'five → unknown']);
    expect(linked('La mission a perdu une centaine de casques bleus au cours de ses cinq premières années.', true)).toEqual([
      'une centaine → unknown',
      'cinq → unknown',
    ]);
    // Nor of a few years, the last or any; ten years are all of them.
    expect(linked('In five years, about 90 peacekeepers were killed in attacks.')).toEqual(['five → unknown', '90 → unknown']);
    expect(linked('Quelque nonante casques bleus ont été tués en cinq ans.', true)).toEqual(['nonante → unknown', 'cinq → unknown']);
    expect(linked('In ten years, 90 peacekeepers were killed in attacks.')[1]).toBe('90 → conflict minusma.casualties.killed-2023');
    // The clause after the attack is the mission's toll, and an annual budget needs no year.
    expect(linked('Since the attack on Kidal, 350 peacekeepers have been killed.')).toEqual([
      '350 → conflict minusma.casualties.killed-2023',
    ]);
    expect(linked('The mission has a budget of $2 billion.')).toEqual(['2 billion → conflict minusma.budget']);
    // What the mission costs is its budget; what a war costs is not.
    expect(linked('MINUSMA costs about $1.7 billion per year.')).toEqual(['1.7 billion → conflict minusma.budget']);
    expect(linked('La mission coûte 1,7 milliard de dollars par an.', true)).toEqual(['1,7 milliard → conflict minusma.budget']);
    expect(linked('The war costs Mali $1.7 billion a year.')).toEqual(['1.7 billion → unknown']);
    // What is spent on it, or an annual sum of it, too.
    expect(linked('The UN spent $1.5 billion a year on the mission.')).toEqual(['1.5 billion → conflict minusma.budget']);
    expect(linked('Son budget annuel atteignait 2,1 milliards de dollars.', true)).toEqual(['2,1 milliards → conflict minusma.budget']);
  });

  it('judges no count of people killed or wounded against a count of a force', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('Une version précédente indiquait 13 000 casques bleus tués.', true)).toEqual(['13 000 → unknown undefined']);
    expect(linked('An earlier version said 13,000 peacekeepers were killed.')).toEqual(['13,000 → unknown undefined']);
    // Their deaths said after a comma are no words of the force's.
    expect(linked('Some 13,000 peacekeepers were deployed, and 311 died.')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
      '311 → match minusma.fatalities.all-causes',
    ]);
  });

  it('reads “more than 300 peacekeepers killed” as the all-cause toll, and a near miss of 165 against the review', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('It became the deadliest UN mission, with more than 300 peacekeepers killed.')).toEqual([
      '300 → match minusma.fatalities.all-causes',
    ]);
    expect(linked('Plus de 300 casques bleus y ont été tués.', true)).toEqual(['300 → match minusma.fatalities.all-causes']);
    expect(linked('By then MINUSMA had lost 303 peacekeepers.')).toEqual(['303 → match minusma.fatalities.all-causes']);
    expect(linked('La mission comptait environ 15 000 hommes.', true)).toEqual(['15 000 → match minusma.strength.ceiling']);
    expect(linked('Some 170 peacekeepers have been killed in hostile acts.')).toEqual(['170 → match minusma.casualties.hostile-2022']);
    expect(linked('The review said 166 peacekeepers had been killed.')).toEqual(['166 → conflict minusma.casualties.killed-2023']);
  });

  it('links a count of deaths or injuries only where its sentence speaks of them, and deaths of no stated cause to the all-cause toll', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('Senegal sent 165 peacekeepers to Gao.')).toEqual(['165 → unknown undefined']);
    expect(linked('Chad deployed 180 more peacekeepers to Kidal.')).toEqual(['180 → unknown undefined']);
    expect(linked('France said 180 peacekeepers had lost their lives.')).toEqual(['180 → match minusma.casualties.killed-2023']);
    // More than 200 of the 311 who died of all causes: true, and too far below to call a match.
    expect(linked('More than 200 peacekeepers have died in Mali.')).toEqual(['200 → unknown undefined']);
    expect(linked('Plus de 200 casques bleus sont morts au Mali.', true)).toEqual(['200 → unknown undefined']);
    expect(linked('More than 200 peacekeepers were killed in hostile acts.')).toEqual(['200 → conflict minusma.casualties.killed-2023']);
    // A cause given in the figure's own words rules out the toll of all causes, and only there.
    expect(linked('La mission a perdu 174 casques bleus dans des attaques.', true)).toEqual([
      '174 → conflict minusma.casualties.killed-2023',
    ]);
    expect(linked('Plus de 300 de ses membres sont morts, dont quelque 180 dans des actes hostiles.', true)).toEqual([
      '300 → match minusma.fatalities.all-causes',
      '180 → match minusma.fatalities.hostile-end',
    ]);
    // A part is given after its number too (`185 of them`, `185 d’entre eux`): the whole is disputed as all deaths.
    expect(linked('In all, 410 peacekeepers died in Mali, 185 of them in hostile acts.')[0]).toBe(
      '410 → conflict minusma.fatalities.all-causes',
    );
    expect(linked('Au total, 410 casques bleus sont morts au Mali, 185 d’entre eux dans des actes hostiles.', true)[0]).toBe(
      '410 → conflict minusma.fatalities.all-causes',
    );
    // So is a part given as a share, without a number.
    expect(linked('Plus de 300 casques bleus sont morts pendant la mission, dont plus de la moitié dans des attaques.', true)).toEqual([
      '300 → match minusma.fatalities.all-causes',
    ]);
    // A whole whose part is the fact's count is a wider count, and disputes none of the part's.
    expect(linked('La France a perdu 58 soldats au Sahel, dont 53 au Mali.', true)).toEqual([
      '58 → unknown undefined',
      '53 → match france.soldiers-killed',
    ]);
    expect(linked('France lost 58 soldiers in Mali, including 3 in 2022.')[0]).toBe('58 → conflict france.soldiers-killed');
    // Nor is a part of a whole given before `of them`, though a fact of that part may be.
    expect(linked('The mission had 1,800 civilian staff, with 700 of them women.')).toEqual([
      '1,800 → match minusma.civilians-2023',
      '700 → unknown undefined',
    ]);
    // Nor one given after a whole that `included` it, nor one country's people.
    expect(linked('The 165 killed in hostile acts included 41 killed by mines.')).toEqual([
      '165 → match minusma.casualties.killed-2023',
      '41 → unknown undefined',
    ]);
    expect(linked('Au total, 311 casques bleus sont morts, dont 41 Tchadiens.', true)).toEqual([
      '311 → match minusma.fatalities.all-causes',
      '41 → unknown undefined',
    ]);
    // Of the whole mission's years, which its opening dates the whole sentence with: the count of its end.
    expect(linked('Between 2013 and 2023, 311 peacekeepers died, 188 of them from hostile acts.').slice(2)).toEqual([
      '311 → match minusma.fatalities.all-causes',
      '188 → conflict minusma.fatalities.hostile-end',
    ]);
    // A cause said of most of a whole after it is not the whole's.
    expect(linked('The mission recorded 311 deaths mostly due to hostile acts.')).toEqual(['311 → match minusma.fatalities.all-causes']);
    expect(linked('La mission a enregistré 311 morts pour la plupart dans des attaques.', true)).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(linked('The mission recorded 311 deaths in attacks, accidents and illness.')).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    // A part of a whole the sentence opened with is no count of the whole.
    expect(linked('Of the mission’s roughly 13,000 uniformed personnel, about 6,000 had left by mid-October.')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
      '6,000 → unknown undefined',
    ]);
    // A cause given to a part is the part's: in mid-2023 the 311 who died of all causes were not yet counted, and
    // they are no count of the hostile acts' dead.
    const linkedIn2023 = (text: string) =>
      annotateText(text, engine, { articleDate: '2023-07-15', french: true }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linkedIn2023('Selon l’ONU, 311 membres de la mission sont morts, dont plus de 180 dans des actes hostiles.')).toEqual([
      '311 → unknown undefined',
      '180 → match minusma.casualties.killed-2023',
    ]);
    // So are those who fell in the line of duty; the hurt and those who sustained injuries are injured.
    const linkedIn2024 = (text: string) =>
      annotateText(text, engine, { articleDate: '2024-01-15' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linkedIn2024('Some 180 peacekeepers fell in the line of duty in hostile acts.')).toEqual([
      '180 → match minusma.fatalities.hostile-end',
    ]);
    expect(linkedIn2024('More than 700 peacekeepers sustained injuries.')).toEqual(['700 → match minusma.injured.total']);
    expect(linkedIn2024('About 700 peacekeepers were hurt in attacks.')).toEqual(['700 → match minusma.injured.total']);
    // `Péri` and `perished` are deaths too.
    const toll = annotateText('Plus de 180 Casques bleus ont péri dans des attaques.', engine, { articleDate: '2024-01-15', french: true });
    expect(toll.figures.map((f) => `${f.text} → ${f.status} ${f.factId}`)).toEqual(['180 → match minusma.fatalities.hostile-end']);
    expect(linkedIn2024('The death toll rose to 311.')).toEqual(['311 → match minusma.fatalities.all-causes']);
    // So is `décédés`.
    const all = annotateText('Au total, 311 membres du personnel sont décédés, toutes causes confondues.', engine, { french: true });
    expect(all.figures.map((f) => `${f.text} → ${f.status} ${f.factId}`)).toEqual(['311 → match minusma.fatalities.all-causes']);
  });
});
