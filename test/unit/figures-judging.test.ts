import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { clauseAround, sentenceStarts } from '../../lib/engine/sentences';
import { annotate, engine, judgedIn, linkedFigures } from '../support/engine';

describe('judging figures', () => {
  it('flags a figure that differs from the canonical one', () => {
    const [killed] = annotate('In all, 156 peacekeepers have been killed by hostile action since July 2013.').figures;
    expect(killed).toMatchObject({ text: '156', status: 'conflict', factId: 'minusma.casualties.killed-2023' });
    expect(killed?.explanation).toMatch(/says 156.*165 peacekeepers killed by hostile acts/);
  });

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

  it('flags it against the count the words right after it name', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('Some 185 peacekeepers were killed and 678 injured by hostile acts.')).toEqual([
      '185 → match minusma.casualties.killed-2023',
      '678 → conflict minusma.casualties.injured-2023',
    ]);
    expect(linked('Quelque 185 casques bleus ont été tués et 678 blessés dans des actes hostiles.', true)).toEqual([
      '185 → match minusma.casualties.killed-2023',
      '678 → conflict minusma.casualties.injured-2023',
    ]);
    expect(linked('Four contributors are pulling out more than 2,520 troops.')).toEqual([
      'Four → match minusma.tcc.leaving-countries',
      '2,520 → conflict minusma.tcc.leaving-troops',
    ]);
  });

  it('accepts a rounded figure the text calls approximate, or writes in round thousands', () => {
    const [total] = annotate('The mission has about 17,400 personnel, uniformed and civilian.').figures;
    expect(total?.status).toBe('match');
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    // AFP's count of the time: just over 13,000 soldiers and police.
    expect(linked('Guterres weighed the future of the 13,000-strong peacekeeping force.')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
    ]);
    // As American wires write it.
    expect(linked('Guterres weighed the future of the 13,000-member peacekeeping force.')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
    ]);
    // As a translation from Arabic writes it, with the singular after a number.
    expect(linked('The mission had about 13 thousand soldier and policeman.')).toEqual([
      '13 thousand → match minusma.strength.deployed-2022',
    ]);
    // A round thousand rounds a count near it, not one a quarter or more away: 1,000 killed are not the 687 injured.
    expect(linked('More than 1,000 peacekeepers have been killed in Mali since 2013.')).toEqual([
      '1,000 → unknown undefined',
      '2013 → match minusma.takeover',
    ]);
    // The budget is about 1.2 billion by France's count and 1.26 billion by VOA's and AFP's.
    expect(linked('The UN budget for the mission was $1.26 billion.')).toEqual(['1.26 billion → match minusma.budget']);
    // A sum that disagrees is quoted as written on its card, not as a bare `2`.
    const [budget] = annotate('Le budget de la mission était de 2 milliards de dollars.', true).figures;
    expect(budget?.explanation).toMatch(/^This article says 2 milliards; the canonical figure is about 1\.2 billion US dollars/);
    // 13,100 is no round thousand, so no match for the ceiling of 13,289 military; troops deployed under a
    // ceiling do not contradict it, and troops are not the 17,500 people of the mission, civilians included.
    expect(linked('The mission had 13,100 troops.')).toEqual(['13,100 → unknown undefined']);
    expect(linked('La Minusma disposait de six mois pour se retirer.', true)).toEqual(['six → match minusma.withdrawal-months']);
    expect(linked('La junte a accordé six mois à la mission pour partir.', true)).toEqual(['six → match minusma.withdrawal-months']);
    // Its people were repatriated in them.
    expect(linked('La mission a rapatrié plus de 10 000 casques bleus en six mois.', true)).toEqual([
      '10 000 → unknown undefined',
      'six → match minusma.withdrawal-months',
    ]);
    // Sources disagree on the states that condemned Wagner's arrival: 15 or 16.
    expect(linked('Sixteen countries signed the statement condemning the arrival of Wagner mercenaries in Mali.')).toEqual([
      'Sixteen → match wagner.statement-states',
    ]);
    expect(linked('All ten people on board died when Prigozhin’s plane crashed in the Tver region.')).toEqual([
      'ten → match prigozhin.crash-dead',
    ]);
    // The review's four benchmarks, by their own word alone: `review` is too common a word to name them.
    expect(linked('L’examen fixe quatre critères pour le maintien de la mission.', true)).toEqual([
      'quatre → match minusma.review.benchmarks',
    ]);
    expect(linked('Our review: Gears of War 4 runs well.')).toEqual(['4 → unknown undefined']);
    // The 2021 proposal, its total, and its extra troops however the text calls them.
    expect(linked('The proposal would have brought the force to 17,278.')).toEqual(['17,278 → match minusma.proposal-2021-total']);
    expect(linked('The Council never approved the 2,069 extra troops requested in 2021.')).toEqual([
      '2,069 → match minusma.proposal-2021',
      '2021 → match sg.proposal-2021',
    ]);
    expect(linked('In 2021, Guterres asked for 2,069 more troops, bringing the total to 17,278.')).toEqual([
      '2021 → unknown undefined',
      '2,069 → match minusma.proposal-2021',
      '17,278 → match minusma.proposal-2021-total',
    ]);
    // Deployed, the press's 13,000 is AFP's count of soldiers and police, not the ceiling.
    expect(linked('Between 11,000 and 13,000 troops were deployed in 2022.')).toEqual([
      '11,000 and 13,000 → match minusma.strength.deployed-2022',
      '2022 → unknown undefined',
    ]);
    expect(linked('The UN voted to end the peacekeeping mission and the withdrawal of its 14,500 troops.')).toEqual([
      '14,500 → unknown undefined',
    ]);
    // Personnel of no stated kind who are another of the mission's counts dispute none of them: 13,000 are the
    // troops and police deployed, not too few of its 17,500 people. A named kind is a mix-up (Benin's 250 infantry
    // given for its 136 police).
    expect(linked('The mission, which has about 13,000 personnel, must wind down by the end of the year.')).toEqual([
      '13,000 → unknown undefined',
    ]);
    expect(linked('The mission had 9,000 personnel.')).toEqual(['9,000 → conflict minusma.strength.total']);
    expect(linked('Benin sent 250 police officers to the mission.')).toEqual(['250 → conflict minusma.tcc.benin-police']);
    // The press that calls the mission's 17,500 people troops still matches them.
    expect(linked('The UN mission has 17,500 troops.')).toEqual(['17,500 → match minusma.strength.total']);
    // Members are its people too.
    expect(linked('La force compte 17.500 membres, dont 13.000 soldats et policiers.', true)).toEqual([
      '17.500 → match minusma.strength.total',
      '13.000 → match minusma.strength.deployed-2022',
    ]);
    // Peacekeepers as a translation from French calls them.
    expect(linked('Nearly 13,000 blue helmets remain.')).toEqual(['13,000 → match minusma.strength.deployed-2022']);
  });

  it('judges the whole a share is counted of as the whole, not by what the share was', () => {
    const late = (text: string, french = false) =>
      annotateText(text, engine, { french, articleDate: '2024-01-05' }).figures.map((f) =>
        `${f.text} → ${f.status} ${f.factId ?? ''}`.trim(),
      );
    expect(late('Nearly three-quarters of the 311 deaths were due to hostile acts.')).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(late('Plus de la moitié des 311 morts sont dues à des actes hostiles.', true)).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    // Whoever owns the whole (`MINUSMA's`, `the mission's`).
    expect(late('Roughly half of MINUSMA’s 311 deaths were caused by hostile acts.')).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(late('Half of the mission’s 311 deaths were caused by hostile acts.')).toEqual(['311 → match minusma.fatalities.all-causes']);
    // A share counted in a number.
    expect(late('Some 180 of the 311 deaths were caused by hostile acts.')).toEqual([
      '180 → match minusma.fatalities.hostile-end',
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(late('311 peacekeepers were killed in hostile acts.')).toEqual(['311 → conflict minusma.fatalities.hostile-end']);
    // The fallen, as memorials say it, are the dead of all causes.
    expect(late('We remember the 311 fallen peacekeepers of MINUSMA.')).toEqual(['311 → match minusma.fatalities.all-causes']);
    // The toll counts the mission's personnel, not only its peacekeepers.
    expect(late('By then 310 personnel had died.')).toEqual(['310 → conflict minusma.fatalities.all-causes']);
    expect(late('310 membres du personnel sont décédés.', true)).toEqual(['310 → conflict minusma.fatalities.all-causes']);
    // Nor is it a count of hostile acts where the all-cause toll was not yet counted; `some` makes no share.
    const mid2023 = (text: string) =>
      annotateText(text, engine, { articleDate: '2023-07-15' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
    expect(mid2023('Nearly 60% of the 311 deaths were caused by hostile acts.')).toEqual(['60% → unknown', '311 → unknown']);
    expect(mid2023('Some 180 peacekeepers were killed in hostile acts.')).toEqual(['180 → match minusma.casualties.killed-2023']);
  });

  it('judges no count of a neighbour’s soldiers against the mission’s', () => {
    const linked = (text: string) => linkedFigures(text, 'count');
    expect(linked('Niger has deployed 13,000 soldiers against the jihadists.')).toEqual(['13,000 → unknown']);
    // Nor Wagner's fighters in another of its countries.
    expect(linked('Some 2,000 Wagner fighters were deployed in Libya.')).toEqual(['2,000 → unknown']);
    // A country's contingent is its part of the mission, wherever the country is.
    expect(
      linked('The departure of the contingents of Sweden, of Germany, of Benin and of the Ivory Coast represents more than 2,250 troops.'),
    ).toEqual(['2,250 → match minusma.tcc.leaving-troops']);
    expect(linked('The departing contingents represent more than 2,250 soldiers.')).toEqual(['2,250 → match minusma.tcc.leaving-troops']);
    expect(linked('Niger’s 874 peacekeepers served in the mission.')).toEqual(['874 → match minusma.tcc.niger-2023']);
    // Its soldiers in the mission are too; and a toll (`deaths`) is no count of its contingent.
    expect(linked('Senegal lost several soldiers in the mission, which counted 311 deaths in all.')).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(
      annotateText('Le Sénégal a perdu plusieurs soldats au sein de la mission, qui a compté 311 morts au total.', engine, {
        french: true,
      }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`),
    ).toEqual(['311 → match minusma.fatalities.all-causes']);
    expect(linked('Senegal sent soldiers to Mali and counted 311 deaths.')).not.toContain('311 → conflict minusma.tcc.senegal-2023');
    // Nor one placed in another country right after it, in a sentence that names Mali too.
    expect(linked('Some 15,000 peacekeepers were deployed in Mali, against 17,000 in the Central African Republic.')).toEqual([
      '15,000 → match minusma.strength.ceiling',
      '17,000 → unknown',
    ]);
    // Barkhane fought across the Sahel: its troops left in Niger and Chad are its own.
    expect(linked('Some 3,000 French soldiers are still deployed in Niger and Chad.')).toEqual(['3,000 → match france.troops-sahel-2022']);
  });

  it('judges no count of the UN’s peacekeepers worldwide, or of a continent, against the mission’s or a country’s', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('The UN has about 87,000 peacekeepers deployed worldwide in 12 missions.')).toEqual(['87,000 → unknown', '12 → unknown']);
    expect(linked('L’ONU compte environ 87 000 Casques bleus dans le monde.', true)).toEqual(['87 000 → unknown']);
    // Nor a count of a whole continent, said after its number.
    expect(linked('The Wagner Group has around 5,000 fighters in Africa.')).toEqual(['5,000 → unknown']);
    expect(linked('Wagner had 1,000 fighters in Mali and 5,000 across Africa.')).toEqual(['1,000 → match wagner.size', '5,000 → unknown']);
    expect(linked('The largest UN mission in Africa had 17,500 personnel.')).toEqual(['17,500 → match minusma.strength.total']);
    // The mission's own share of them is its count.
    expect(linked('Of the UN’s 87,000 peacekeepers worldwide, about 13,000 served in Mali.')).toEqual([
      '87,000 → unknown',
      '13,000 → match minusma.strength.deployed-2022',
    ]);
    expect(linked('MINUSMA had 13,000 of the 87,000 peacekeepers the UN deploys around the world.')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
      '87,000 → unknown',
    ]);
  });

  it('ends no clause at the comma inside a number', () => {
    const sentence = 'minusma had 13,000 of the 87,000 peacekeepers the un deploys, the un said.';
    const at = sentence.indexOf('13,000');
    expect(clauseAround(sentence, at, at + 6)).toBe('minusma had 13,000 of the 87,000 peacekeepers the un deploys');
    const french = 'la mission coutait 1,2 milliard de dollars par an, selon l’onu.';
    expect(clauseAround(french, 19, 22)).toBe('la mission coutait 1,2 milliard de dollars par an');
  });

  it('ends a sentence at a short word’s period, but not an abbreviation’s or an initial’s', () => {
    const text =
      'both juntas ordered french troops out. france left niger two weeks ago. mr. wane met gen. goita and the u.s. envoy j. smith on nov. 14.';
    const starts = sentenceStarts(text);
    expect(starts.map((at) => text.slice(at, at + 12))).toEqual(['both juntas ', 'france left ', 'mr. wane met']);
    // So the sentence before dates nothing in the next: France's exit from Niger is not its exit from Mali.
    expect(
      linkedFigures(
        'Like Mali, both juntas ordered French troops out. France completed its withdrawal from Niger in December 2023.',
        'date',
      ),
    ).toEqual(['December 2023 → unknown']);
  });

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

  it('does not judge a count against a fact five times larger or smaller, unless the same digits slipped a power of ten', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    // A contingent or the civilian staff are parts of the mission, not reports of its 17,500: a fact of
    // their own size is what they are judged against, when there is one.
    expect(linked('Sweden had about 220 troops in the UN mission in Mali.')).toEqual(['220 → unknown undefined']);
    expect(linked('Around 1,200 civilian staff worked for the mission.')).toEqual(['1,200 → conflict minusma.civilians-2023']);
    expect(linked('MINUSMA, the UN peacekeeping mission in Mali, said 166 peacekeepers had been killed since July 2013.')).toEqual([
      '166 → conflict minusma.casualties.killed-2023',
      'July 2013 → match minusma.takeover',
    ]);
    expect(linked('The mission had 9,000 peacekeepers in Mali.')).toEqual(['9,000 → conflict minusma.strength.deployed-2023']);
    // Soldiers detained are judged against the detained, not against their country's 900 peacekeepers of that year:
    // 49 were arrested in July 2022, 46 of them held after three women were freed in September.
    expect(linked('Mali detained 49 Ivorian soldiers in July 2022.')).toEqual([
      '49 → match minusma.tcc.ivorian-detained',
      'July 2022 → match ivorian-soldiers.detained',
    ]);
    expect(linked('Mali detained 40 Ivorian soldiers in July 2022.')).toEqual([
      '40 → conflict minusma.tcc.ivorian-detained',
      'July 2022 → match ivorian-soldiers.detained',
    ]);
    // A bound its verb sets (`topped`, `exceeded`) holds of the fact's value; an option named by its number is that option.
    expect(linked('The mission, whose budget topped $1 billion a year, employed 17,500 people.')).toEqual([
      '1 billion → match minusma.budget',
      '17,500 → match minusma.strength.total',
    ]);
    // French crosses a threshold (`franchi le cap`, `la barre`) and names one by its article alone (`le milliard`).
    expect(linked('Le budget de la mission dépassait le milliard de dollars par an.', true)).toEqual([
      'le milliard → match minusma.budget',
    ]);
    expect(linked('Le budget de la mission a franchi le cap du milliard de dollars.', true)).toEqual([
      'du milliard → match minusma.budget',
    ]);
    expect(linked('Nearly 2,000 additional troops were proposed under option two.')).toEqual(['2,000 → match minusma.review.option2']);
    // The French press counts a force in men.
    expect(linked('La force onusienne comptait 13 000 hommes.', true)).toEqual(['13 000 → match minusma.strength.deployed-2022']);
    // The press calls the options scenarios too.
    expect(linked('Le premier scénario prévoyait 3 680 personnels supplémentaires, le deuxième 2 000.', true)).toEqual([
      '3 680 → match minusma.review.option1',
      '2 000 → match minusma.review.option2',
    ]);
    expect(linked('La mission a perdu 331 de ses membres en dix ans.', true)[0]).toBe('331 → conflict minusma.fatalities.all-causes');
    expect(linked('The peacekeeping contingent of 12,947 people left the country.')).toEqual([
      '12,947 → match minusma.strength.deployed-2023',
    ]);
    // Those repatriated are not said to be all who were there.
    expect(linked('Nearly 12,000 peacekeepers were repatriated.')).toEqual(['12,000 → unknown undefined']);
    // Soldiers `tombés au Mali` fell there: a toll, though no word of killing is in the sentence.
    expect(linked('Le sénateur a interrogé le gouvernement sur les 58 militaires français tombés au Mali.', true)).toEqual([
      '58 → conflict france.soldiers-killed',
    ]);
    expect(linked('The police ceiling was raised to 1,290 in 2016.')).toEqual([
      '1,290 → conflict minusma.strength.police',
      '2016 → match minusma.mandate-2016',
    ]);
    // A cap is a ceiling.
    expect(linked('Police numbers were capped at 1,290.')).toEqual(['1,290 → conflict minusma.strength.police']);
    expect(linked('Les effectifs policiers étaient plafonnés à 1 290.', true)).toEqual(['1 290 → conflict minusma.strength.police']);
    // So is what was authorised.
    expect(linked('MINUSMA had 13,829 military personnel authorised.')).toEqual(['13,829 → conflict minusma.strength.military']);
    expect(linked('La mission comptait 1 290 policiers autorisés.', true)).toEqual(['1 290 → conflict minusma.strength.police']);
    expect(linked('MINUSMA’s authorised troop strength was 13,289, though it rarely reached it.')).toEqual([
      '13,289 → match minusma.strength.military',
    ]);
    expect(linked('La Côte d’Ivoire, dont 59 soldats avaient été arrêtés à Bamako, a annoncé son retrait.', true)).toEqual([
      '59 → conflict minusma.tcc.ivorian-detained',
    ]);
    // `1.750` for 17,500: a separator lost in a copy.
    expect(linked('The mission had 1,750 peacekeepers, uniformed and civilian.')).toEqual(['1,750 → conflict minusma.strength.total']);
  });

  it('reads a translation’s “blue berets” as blue helmets, its “peacemakers” as peacekeepers, its “retreat” as a withdrawal, its “effectives” as personnel, and its “soldats de la paix” as casques bleus', () => {
    expect(linkedFigures('The retreat must be finished before the 31 of December of 2023.', 'date')).toEqual([
      '31 of December of 2023 → match minusma.withdrawal-complete',
    ]);
    expect(linkedFigures('The 13,000 casques bleus left Mali by December.', 'count')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
    ]);
    expect(linkedFigures('About 13,000 blue berets must leave Mali by the end of the year.', 'count')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
    ]);
    expect(linkedFigures('The UN Security Council decided to withdraw 13 thousand peacemakers from Mali.', 'count')).toEqual([
      '13 thousand → match minusma.strength.deployed-2022',
    ]);
    expect(linkedFigures('Environ 13 000 gardiens de la paix doivent quitter le Mali.', 'count', true)).toEqual([
      '13 000 → match minusma.strength.deployed-2022',
    ]);
    expect(linkedFigures('Plus de 300 soldats de la paix ont été tués depuis 2013.', 'count', true)).toEqual([
      '300 → match minusma.fatalities.all-causes',
    ]);
    // A copy of `effectifs`, `efectivos` writes `effectives` for personnel.
    expect(linkedFigures('The MINUSMA arrived to count with more than 15.000 effectives.', 'count')).toEqual([
      '15.000 → match minusma.strength.total',
    ]);
    // And `se retirer` is a withdrawal.
    const [deadline] = annotateText('Les Casques bleus doivent se retirer avant le 31 décembre.', engine, {
      french: true,
      articleDate: '2023-07-15',
    }).figures;
    expect(`${deadline?.text} → ${deadline?.status} ${deadline?.factId}`).toBe('31 décembre → match minusma.withdrawal-complete');
  });

  it('reads the press’s “15,000 peacekeepers” as the uniformed ceiling, not a conflict with everyone in the mission', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('The 15,000-strong UN peacekeeping mission in Mali must leave by the end of the year.')).toEqual([
      '15,000 → match minusma.strength.ceiling',
    ]);
    expect(linked('MINUSMA had about 15,000 peacekeepers when the Security Council ended its mandate.')).toEqual([
      '15,000 → match minusma.strength.ceiling',
    ]);
    expect(linked('La MINUSMA comptait environ 15 000 casques bleus.', true)).toEqual(['15 000 → match minusma.strength.ceiling']);
    // A machine translation keeps the French word for the peak, or its maximum.
    expect(linked('The Minusma counted some 15,000 soldiers and policemen at its apogee.')).toEqual([
      '15,000 → match minusma.strength.ceiling',
    ]);
    expect(linked('The Minusma counted at its maximum more than 15.000 men.')).toEqual(['15.000 → match minusma.strength.ceiling']);
    expect(linked('The mission had 20,000 peacekeepers in Mali.')).toEqual(['20,000 → conflict minusma.strength.total']);
    // Soldiers and police are the uniformed ceiling's people, not more soldiers than the military ceiling.
    expect(linked('MINUSMA had about 15,000 soldiers and police.')).toEqual(['15,000 → match minusma.strength.ceiling']);
    expect(linked('About 15 thousand military and police served in the mission.')).toEqual([
      '15 thousand → match minusma.strength.ceiling',
    ]);
    expect(linked('La mission comptait environ 15 000 soldats et policiers.', true)).toEqual(['15 000 → match minusma.strength.ceiling']);
    // And about 13,000 of them are those deployed, not the 13,289 soldiers the military ceiling allows.
    expect(linked('MINUSMA has about 13,000 troops and police.')).toEqual(['13,000 → match minusma.strength.deployed-2022']);
    expect(linked('La Minusma compte environ 13 000 soldats et policiers.', true)).toEqual([
      '13 000 → match minusma.strength.deployed-2022',
    ]);
  });

  it('disputes no count of soldiers alone with the count of everyone in the mission, nor a count of everyone with one of soldiers', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('The mission’s military component was 12,000 strong.')).toEqual(['12,000 → unknown undefined']);
    expect(linked('La composante militaire de la mission comptait 12 000 soldats.', true)).toEqual(['12 000 → unknown undefined']);
    // Troops and staff are everyone: 9,000 of them are too few.
    expect(linked('The mission has 9,000 troops and staff.')).toEqual(['9,000 → conflict minusma.strength.total']);
    // Uniformed personnel are soldiers and police: no civilians.
    expect(linked('The mission’s 9,000 uniformed personnel left 13 camps.')).toEqual([
      '9,000 → unknown undefined',
      '13 → unknown undefined',
    ]);
    // Personnel are more than soldiers: MINUSCA's military ceiling disputes no count of its personnel, but does one of its troops.
    expect(linked('MINUSCA has about 17,000 personnel in the Central African Republic.')).toEqual(['17,000 → unknown undefined']);
    expect(linked('MINUSCA has about 17,000 troops in the Central African Republic.')).toEqual([
      '17,000 → conflict minusca.ceiling-military',
    ]);
    // Peacekeepers are police too: more of them than the troops' ceiling dispute nothing, fewer authorised still do.
    expect(linked('MINUSCA has about 17,000 peacekeepers in the Central African Republic.')).toEqual(['17,000 → unknown undefined']);
    expect(linked('MINUSCA is authorised about 10,000 peacekeepers in the Central African Republic.')).toEqual([
      '10,000 → conflict minusca.ceiling-military',
    ]);
  });

  it('disputes no count of a part of the mission with the whole’s: one region, its civilians, its staff by origin', () => {
    const linked = (text: string) =>
      annotateText(text, engine, { articleDate: '2024-01-10' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('Nearly ten thousand peacekeepers were deployed in the north.')).toEqual(['ten thousand → unknown undefined']);
    expect(linked('About 4,000 uniformed personnel were deployed in the north.')).toEqual(['4,000 → unknown undefined']);
    // A place said before the count in another clause, or a town a list gives with its count in brackets.
    expect(linked('In the Kidal region alone, 92 peacekeepers were killed in hostile acts.')).toEqual(['92 → unknown undefined']);
    expect(linked('Most hostile-act deaths were in the Kidal region (92), followed by Gao (60).')).toEqual([
      '92 → unknown undefined',
      '60 → unknown undefined',
    ]);
    // A contingent may serve in one region whole.
    expect(linked('Some 1,500 Chadian peacekeepers served in the north.')).toEqual(['1,500 → conflict minusma.tcc.chad-2023']);
    expect(linked('The mission’s civilian staff numbered about 4,000.')).toEqual(['4,000 → conflict minusma.civilians-2023']);
    expect(linked('MINUSMA employed about 1,200 international civilian staff and 800 national staff.')).toEqual([
      '1,200 → unknown undefined',
      '800 → unknown undefined',
    ]);
  });

  it('names a contributor by its own words, not by a verb of leaving only one contributor’s fact happened to hold', () => {
    const linked = (text: string) =>
      annotateText(text, engine, { articleDate: '2024-01-10' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('Britain’s 300-strong Long Range Reconnaissance Group pulled out in December 2022.')).toEqual([
      '300 → match minusma.tcc.uk',
      'December 2022 → unknown undefined',
    ]);
    expect(linked('Germany pulled out its last 300 soldiers in December 2023.')[0]).toBe('300 → unknown undefined');
  });

  it('names no subject by a word a sentence about anyone may hold', () => {
    const linked = (text: string) =>
      annotateText(text, engine, { articleDate: '2023-12-20' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('A UN plane with 10 peacekeepers on board crashed near Gao.')).toEqual(['10 → unknown undefined']);
    expect(linked('Some 3,000 peacekeepers still remained in Mali in November 2023.')[0]).toBe('3,000 → unknown undefined');
    // The names still name them.
    expect(linked('All ten people on board died when Prigozhin’s plane crashed.')).toEqual(['ten → match prigozhin.crash-dead']);
    // Others are everyone but the one named: no count of all of them.
    expect(linked('Yevgeny Prigozhin died in a plane crash on 23 August 2023 along with nine others.')).toEqual([
      '23 August 2023 → match prigozhin.death',
      'nine → unknown undefined',
    ]);
  });

  it('takes a sum over the mission’s years for no annual budget, and one a year for the budget', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('The mission cost about $12 billion over its ten years.')[0]).toBe('12 billion → unknown undefined');
    expect(linked('Au total, la mission a coûté 12 milliards de dollars.', true)).toEqual(['12 milliards → unknown undefined']);
    expect(linked('The mission cost about $12 billion a year.')).toEqual(['12 billion → conflict minusma.budget']);
    // A list's items end at semicolons: another item's `since 2013` makes no total of this one.
    expect(linked('In numbers: 311 — personnel killed since 2013; $1.2bn — the mission’s annual budget.')[2]).toBe(
      '1.2bn → match minusma.budget',
    );
    // So is a sum over its life, or its total cost.
    expect(linked('The mission’s cost over its lifetime exceeded 12 billion dollars.')).toEqual(['12 billion → unknown undefined']);
    expect(linked('Le coût total de la Minusma a dépassé 12 milliards de dollars.', true)).toEqual(['12 milliards → unknown undefined']);
    // A sum in dollars written out whole is counted in billions too; the UN's budget for all its missions is no mission's.
    expect(linked('The General Assembly approved $1,262,194,200 for MINUSMA.')).toEqual(['1,262,194,200 → match minusma.budget']);
    expect(linked('L’Assemblée générale a approuvé 1 262 194 200 dollars pour la Minusma.', true)).toEqual([
      '1 262 194 200 → match minusma.budget',
    ]);
    expect(linked('For 2023-24, the UN set a budget of $5.5 billion for 12 missions.').slice(2)).toEqual([
      '5.5 billion → unknown undefined',
      '12 → unknown undefined',
    ]);
  });

  it('disputes a ceiling with a lower count only where its clause or its label speaks of a ceiling or an authorisation', () => {
    const linked = (text: string, articleDate = '2024-01-15') =>
      annotateText(text, engine, { articleDate }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('Unlike MINUSMA, MONUSCO in Congo still has about 12,000 troops.')).toEqual(['12,000 → unknown undefined']);
    expect(linked('MINUSCA has about 11,000 troops in the Central African Republic.')).toEqual(['11,000 → unknown undefined']);
    expect(linked('MONUSCO’s troop ceiling is 12,000.')).toEqual(['12,000 → conflict monusco.ceiling-military']);
    expect(linked('The mission had 12,947 uniformed peacekeepers.', '2022-06-15')).toEqual(['12,947 → unknown undefined']);
    expect(linked('The mission was authorised 12,947 uniformed peacekeepers.', '2022-06-15')).toEqual([
      '12,947 → conflict minusma.strength.ceiling',
    ]);
    // A factbox's label says what the number's clause does.
    expect(linked('Authorised police: 1,290')).toEqual(['1,290 → conflict minusma.strength.police']);
    expect(linked('Deployed police: 1,290')).toEqual(['1,290 → unknown undefined']);
    // A count said to be deployed is under its ceiling, whatever else the clause says.
    expect(linked('The number of police fell from 1,920 authorised to about 1,600 deployed.')).toEqual([
      '1,920 → match minusma.strength.police',
      '1,600 → unknown undefined',
    ]);
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

  it('judges percentages, with the sign attached or not', () => {
    const judged = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(judged('Yes won 97% of the vote in the referendum.')).toEqual(['97% → match mali.referendum-yes']);
    expect(judged('Le oui a obtenu 97 % des voix au référendum.', true)).toEqual(['97 % → match mali.referendum-yes']);
    expect(judged('Turnout in the referendum was 50 per cent.')).toEqual(['50 per cent → conflict mali.referendum-turnout']);
    expect(judged('Only 27% of registered voters took part in the referendum.')).toEqual(['27% → conflict mali.referendum-turnout']);
    expect(judged('Only 38% of registered voters cast a ballot, officials said.')).toEqual(['38% → match mali.referendum-turnout']);
    // A share of something else is no result of the vote, whatever its sentence says of it.
    expect(judged('Nearly 40% of the country’s territory was outside state control when the referendum was held.')).toEqual([
      '40% → unknown undefined',
    ]);
    expect(judged('Le oui l’a emporté avec 97 % des suffrages exprimés au référendum.', true)).toEqual([
      '97 % → match mali.referendum-yes',
    ]);
    // The electoral authority's provisional turnout, before the court's final one.
    expect(judged('Turnout in the referendum was 39.4%, according to the electoral authority.')).toEqual([
      '39.4% → match mali.referendum-turnout',
    ]);
    expect(judged('Seuls 38 % des inscrits ont voté.', true)).toEqual(['38 % → match mali.referendum-turnout']);
    // Who voted at all is the turnout; how they voted, the share of yes.
    expect(judged('Nearly 60 percent of Malians voted in the referendum, officials claimed.')).toEqual([
      '60 percent → conflict mali.referendum-turnout',
    ]);
    expect(judged('97 percent voted in favour of the new constitution.')).toEqual(['97 percent → match mali.referendum-yes']);
    expect(judged('Nearly 97% of voters backed the new constitution, with turnout of 39%.')).toEqual([
      '97% → match mali.referendum-yes',
      '39% → match mali.referendum-turnout',
    ]);
    // A share is near within a point: 99% of the vote is no 96.9%, though within 3% of it.
    expect(judged('In the referendum, 99% voted yes.')).toEqual(['99% → conflict mali.referendum-yes']);
    expect(judged('In the referendum, 96% voted yes.')).toEqual(['96% → match mali.referendum-yes']);
    // A share in one town or region, or in the capital, is no share of all Mali.
    expect(judged('The yes vote reached 97% in Bamako and 99% in Gao.')).toEqual(['97% → unknown undefined', '99% → unknown undefined']);
    expect(judged('Au référendum, le oui a obtenu 97 % des voix, et 99 % à Kidal.', true)).toEqual([
      '97 % → match mali.referendum-yes',
      '99 % → unknown undefined',
    ]);
    // `Backed` is no cue: shareholders back resolutions too.
    expect(judged('After 98 per cent of investors backed a resolution, BP agreed.')).toEqual(['98 per cent → unknown undefined']);
    // Both shares are written as shares in the card.
    expect(annotate('Turnout in the referendum was 50 per cent.').figures[0]?.explanation).toBe(
      'This article says 50%; the canonical figure is about 38.2% turnout in the June 2023 referendum, 18 June 2023.',
    );
  });

  it('links French sentences through French cue words', () => {
    const result = annotate('Depuis juillet 2013, 165 casques bleus ont été tués et 687 blessés.', true);
    expect(result.figures.map((f) => `${f.text}:${f.status}`)).toEqual(['juillet 2013:match', '165:match', '687:match']);
    const years = annotate('La Minusma a achevé son retrait après dix ans de présence.', true).figures;
    expect(years.map((f) => `${f.text}:${f.status}:${f.factId}`)).toEqual(['dix:match:minusma.years']);
    const uniformed = annotate('Selon l’ONU, 12 947 membres du personnel en uniforme étaient encore déployés en août 2023.', true).figures;
    expect(uniformed.map((f) => `${f.text}:${f.status}:${f.factId}`)).toEqual([
      '12 947:match:minusma.strength.deployed-2023',
      'août 2023:unknown:undefined',
    ]);
  });

  it('reads “more than” and “up to” as bounds that a canonical figure close by fits', () => {
    const statuses = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(statuses('Since July 2013, more than 300 peacekeepers have died in Mali.')).toContain(
      '300 → match minusma.fatalities.all-causes',
    );
    expect(statuses('Depuis 2013, plus de 300 casques bleus sont morts au Mali.', true)).toContain(
      '300 → match minusma.fatalities.all-causes',
    );
    expect(statuses('Plus de 300 casques bleus ont perdu la vie depuis 2013.', true)).toContain(
      '300 → match minusma.fatalities.all-causes',
    );
    expect(statuses('Au total, plus de 300 membres de la Minusma ont trouvé la mort au Mali.', true)).toContain(
      '300 → match minusma.fatalities.all-causes',
    );
    expect(statuses('Since July 2013, more than 100 peacekeepers have died in Mali.')).toContain('100 → unknown undefined');
    expect(statuses('Since July 2013, up to 100 peacekeepers have died in Mali.')).toContain(
      '100 → conflict minusma.fatalities.all-causes',
    );
    // A round thousand stands for the count nearest it only where the bound holds of that count.
    const late = (text: string) =>
      annotateText(text, engine, { articleDate: '2023-12-20' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
    expect(late('The mission had about 1,000 civilian staff in December.')).toEqual([
      '1,000 → match minusma.civilians-2023',
      'December → unknown',
    ]);
    expect(late('The mission had over 1,000 civilian staff in December.')).toEqual(['1,000 → unknown', 'December → unknown']);
    // Give or take the rounding's slack: as many as 15,000 is the ceiling of 15,209.
    expect(statuses('Créée en 2013, la Minusma a compté jusqu’à 15 000 Casques bleus et policiers.', true)).toContain(
      '15 000 → match minusma.strength.ceiling',
    );
    // About a range is about either end.
    expect(annotate('Some 12,000 to 13,000 troops remained.').figures.map((f) => `${f.status} ${f.factId}`)).toEqual([
      'match minusma.strength.military',
    ]);
    // A fact's own bound holds of a rounded count too: `about 2,000 troops` are not `over 2,250`.
    expect(annotate('There are about 2,000 troops.').figures.map((f) => f.status)).toEqual(['unknown']);
  });

  it('links a figure to the fact whose own value it gives when the sentence fits two alike', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('More than 175 peacekeepers have been killed in hostile acts, AFP said.')).toEqual([
      '175 → match minusma.casualties.hostile-2022',
    ]);
    expect(linked('Selon l’AFP, plus de 175 casques bleus ont été tués dans des actes hostiles.', true)).toEqual([
      '175 → match minusma.casualties.hostile-2022',
    ]);
    // Mali's first transition, of 2020, and its second, of 2022: each its own months.
    expect(linked('La transition devait durer 18 mois, puis 24 mois.', true)).toEqual([
      '18 → match mali.transition-months-2020',
      '24 → match mali.transition-months',
    ]);
    expect(linked('The transition was to last 30 months.')).toEqual(['30 → conflict mali.transition-months']);
    // The first is ECOWAS's time to hand power back; its first demand, 12 months, disputes nothing on one cue.
    expect(linked('ECOWAS had initially given the junta 18 months to hand power back to civilians.')).toEqual([
      '18 → match mali.transition-months-2020',
    ]);
    expect(linked('ECOWAS demanded that the junta hand power back within 12 months.')).toEqual(['12 → unknown undefined']);
  });

  it('links a count of people no one rounds to, written exactly, to the fact of that value even without its cues', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('Some 12,947 personnel were still in Mali.')).toEqual(['12,947 → match minusma.strength.deployed-2023']);
    expect(linked('MINUSMA had 17.500 troops and police, according to the German press.')).toEqual([
      '17.500 → match minusma.strength.total',
    ]);
    expect(linked('Les 15 209 militaires de la Minusma ont quitté le pays.', true)).toEqual(['15 209 → match minusma.strength.ceiling']);
    // Not where it counts no people, nor for another mission.
    expect(linked('The screen is 2,560 by 1,440 pixels.')).toEqual(['2,560 → unknown undefined', '1,440 → unknown undefined']);
    expect(linked('MINUSCA had 17,500 troops.')).toEqual(['17,500 → unknown undefined']);
  });

  it('reads an explainer’s short answer with the question it answers, and a clause that leaves out what the one before says with it', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('What did the mission cost? About $1.2 billion a year.')).toEqual(['1.2 billion → match minusma.budget']);
    expect(linked("Was MINUSMA's budget $2 billion? No, about $1.2 billion.")).toEqual([
      '2 billion → conflict minusma.budget',
      '1.2 billion → match minusma.budget',
    ]);
    expect(linked('Combien de casques bleus sont morts ? Plus de 300.', true)).toEqual(['300 → match minusma.fatalities.all-causes']);
    // A label may come before the question, as a fact check's does.
    expect(linkedFigures('Fact check: Was the mission created in 2012? No, in April 2013.', 'date')).toEqual([
      '2012 → unknown',
      'April 2013 → match minusma.established',
    ]);
    // So is a short clause after a semicolon that leaves out what the one before says.
    expect(linked('The first option would have added 3,680 uniformed personnel; the second, 2,000.')).toEqual([
      '3,680 → match minusma.review.option1',
      '2,000 → match minusma.review.option2',
    ]);
    // So is a sentence whose subject is one of the things the one before lists, by its rank.
    expect(linked('Guterres proposed three options. The first would have added 3,680 personnel, the second 2,000.')).toEqual([
      'three → match minusma.review.options',
      '3,680 → match minusma.review.option1',
      '2,000 → match minusma.review.option2',
    ]);
    expect(
      linked('Guterres a proposé trois options. La première prévoyait 3 680 personnels supplémentaires, la deuxième 2 000.', true),
    ).toEqual(['trois → match minusma.review.options', '3 680 → match minusma.review.option1', '2 000 → match minusma.review.option2']);
    // Both at once: a clause after a semicolon that leaves words out of one the sentence before lists.
    expect(linked('The review set out three options. The first would add 3,680 personnel; the second, 2,000 more in the north.')).toEqual([
      'three → match minusma.review.options',
      '3,680 → match minusma.review.option1',
      '2,000 → match minusma.review.option2',
    ]);
    // A question that asks nothing lends its words to no answer.
    expect(linked('French extremists? No: some 3,000 extremists operate in the region.')).toEqual(['3,000 → unknown undefined']);
    // An interview's labelled answer answers its question, however long.
    expect(linked('Q: How many were killed? A: More than 300 peacekeepers, of whom around 170 in hostile acts.')).toEqual([
      '300 → match minusma.fatalities.all-causes',
      '170 → match minusma.casualties.hostile-2022',
    ]);
    expect(linkedFigures('Interviewer: When did the withdrawal start? Wane: On the first of July 2023.', 'date')).toEqual([
      'first of July 2023 → match minusma.drawdown-start',
    ]);
    // An FAQ's `Q.` and `A.` too.
    expect(linked('Q. How long was MINUSMA in Mali? A. Ten years, from 2013 to 2023.')[0]).toBe('Ten → match minusma.years');
    expect(linked('Q. What did it cost? A. Roughly $1.2bn a year.')).toEqual(['1.2bn → match minusma.budget']);
  });

  it('disputes no toll of the mission with one contingent’s, named before it', () => {
    const linked = (text: string) => annotate(text, false).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('Chad lost 70 peacekeepers in Mali.')).toEqual(['70 → unknown undefined']);
    expect(linked('Chad Lost Most Peacekeepers in Mali Mission: 70 Killed')).toEqual(['70 → unknown undefined']);
    // Named with the mission, or after the toll, the country is no owner of it.
    expect(linked('Chadian troops were the backbone of a mission that lost 311 peacekeepers.')).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(linked('MINUSMA lost 311 peacekeepers, 70 of them Chadian.')[0]).toBe('311 → match minusma.fatalities.all-causes');
    // One soldier of a contingent among the dead is one of the whole toll.
    expect(linked('The Estonian soldier was among the 165 killed by hostile acts.')).toEqual([
      '165 → match minusma.casualties.killed-2023',
    ]);
  });

  it('reads counts of attacks and of peacekeepers as what they count, and a factbox’s bars and sacrifice as what they say', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('The Mission recorded 62 attacks against its personnel, in which 6 peacekeepers were killed.')).toEqual([
      '62 → unknown undefined',
      '6 → unknown undefined',
    ]);
    // Killed in attacks, they are people still.
    expect(linked('The mission lost 320 peacekeepers in ten years, among them 170 in attacks.')[2]).toBe(
      '170 → conflict minusma.casualties.killed-2023',
    );
    expect(linked('Fatalities: 311 | Hostile acts: 165 | Years: 10')).toEqual([
      '311 → match minusma.fatalities.all-causes',
      '165 → match minusma.casualties.killed-2023',
      '10 → unknown undefined',
    ]);
    expect(linked('Le chef de la Minusma a salué « le sacrifice de 311 casques bleus ».', true)).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(linked('La Minusma aura coûté 12 milliards de dollars et la vie de 311 de ses membres.', true)[1]).toBe(
      '311 → match minusma.fatalities.all-causes',
    );
    // Civilians are no troops: no count of the soldiers leaving, whatever cue of theirs the sentence holds.
    expect(linked('Since the mission’s departure, more than 2,000 civilians have been killed.')).toEqual(['2,000 → unknown undefined']);
    expect(linked('Les civils tués depuis le départ de la mission sont plus de 2 000.', true)).toEqual(['2 000 → unknown undefined']);
    // Peacekeepers are no count of the countries leaving, whatever cue of theirs the sentence holds.
    expect(linked('The convoy leaving Tessalit was hit by a mine, wounding four peacekeepers.')).toEqual(['four → unknown undefined']);
    expect(linked('Four countries are leaving the mission.')).toEqual(['Four → match minusma.tcc.leaving-countries']);
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

  it('judges no figure of another UN mission against MINUSMA’s, unless its clause names MINUSMA', () => {
    // MINUSCA's ceiling of 14,400 was set in November 2023: in July, no fact of MINUSCA held yet.
    const linked = (text: string, french = false) =>
      annotateText(text, engine, { french, articleDate: '2023-07-15' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('The UN mission in the Central African Republic, MINUSCA, has 14,000 peacekeepers.')).toEqual([
      '14,000 → unknown undefined',
    ]);
    expect(linked('La Minusca compte 14 000 casques bleus.', true)).toEqual(['14 000 → unknown undefined']);
    expect(linked('MINUSCA has 14,000 peacekeepers while MINUSMA had 14,000 people.')).toEqual([
      '14,000 → unknown undefined',
      '14,000 → conflict minusma.strength.total',
    ]);
    expect(annotate('MINUSCA has 14,000 peacekeepers.').figures.map((f) => f.factId)).toEqual(['minusca.ceiling-military']);
    // UNMISS by its French acronym, and the other missions' own sizes.
    expect(linked('La MINUSS compte environ 17 000 personnes au Soudan du Sud.', true)).toEqual(['17 000 → unknown undefined']);
    expect(linked('UNMISS was set up in July 2011 with 7,000 troops and 900 police.')).toEqual([
      'July 2011 → match unmiss.established',
      '7,000 → match unmiss.initial-military',
      '900 → match unmiss.initial-police',
    ]);
    // A sentence that opens on a clause whose subject is a pronoun goes on from the one before: its troops are UNMISS's.
    const after =
      'UNMISS, with nearly 18,000 personnel, is now the largest mission. When it started in 2011 it had 7,000 troops and 900 police.';
    expect(linked(after).slice(2)).toEqual(['7,000 → match unmiss.initial-military', '900 → match unmiss.initial-police']);
    expect(annotate('MONUSCO’s troop ceiling is 13,500.').figures.map((f) => `${f.text} → ${f.status} ${f.factId}`)).toEqual([
      '13,500 → match monusco.ceiling-military',
    ]);
  });

  it('judges no figure of another mission’s country, nor of the UN’s peacekeeping as a whole, nor a measure or a thing, against MINUSMA’s', () => {
    const linked = (text: string) => linkedFigures(text, 'count');
    expect(linked('The Central African mission’s ceiling is 14,400 military and 3,020 police.')).toEqual([
      '14,400 → match minusca.ceiling-military',
      '3,020 → match minusca.ceiling-police',
    ]);
    expect(linked('The UN has deployed 15,000 peacekeepers in the Central African Republic.')).toEqual(['15,000 → unknown']);
    expect(linked('In Lebanon, UNIFIL has lost more than 300 peacekeepers since 1978.')).toEqual(['300 → unknown']);
    // A mission the pack holds no facts of, named beside MINUSMA: the figure's clause says whose it is.
    expect(linked('Like MINUSMA, UNIFIL has lost more than 300 peacekeepers since its creation.')).toEqual(['300 → unknown']);
    expect(linked('The mission’s death toll (311) is second only to UNIFIL’s.')).toEqual(['311 → match minusma.fatalities.all-causes']);
    // A mission that owns the figure in the possessive decides whose it is.
    expect(linked('MINUSMA’s annual cost of $1.2 billion compares with UNMISS’s $1.1 billion.')).toEqual([
      '1.2 billion → match minusma.budget',
      '1.1 billion → unknown',
    ]);
    // Named before the figure's clause, and this mission nowhere: the sentence is about the other.
    expect(linkedFigures('The EU training mission, EUTM, has been in Mali since 2013.', 'date')).toEqual(['2013 → unknown']);
    // A relative clause is said of the name right before it.
    expect(linked('MINUSMA was twice as deadly as UNIFIL, which has lost about 330 peacekeepers since 1978.')).toEqual(['330 → unknown']);
    // `where` after a mission of the past, a place between.
    expect(linked('MINUSMA was the deadliest UN mission since UNOSOM II in Somalia, where 160 peacekeepers died.')).toEqual([
      '160 → unknown',
    ]);
    expect(linked('UNIFIL is older than MINUSMA, which lost 330 peacekeepers.')).toEqual(['330 → conflict minusma.fatalities.all-causes']);
    // Nor a clause after a semicolon whose other mission the clause before names.
    expect(
      linked(
        'In Congo, MONUSCO began its own withdrawal in 2024, after the government asked it to leave; the Council set a ceiling of 13,500 troops.',
      ),
    ).toEqual(['13,500 → match monusco.ceiling-military']);
    // This mission named by the sentence before, a pronoun standing for it.
    expect(
      linked('MINUSMA was the most dangerous of them. With 311 dead, it lost more personnel than MINUSCA, which was created later.'),
    ).toEqual(['311 → match minusma.fatalities.all-causes']);
    // Nor a country's troops in another force, which are not its contingent here.
    expect(linked('Chad and Mauritania launched the G5 Sahel joint force of 5,000 troops.')).toEqual(['5,000 → unknown']);
    expect(linked('Chad sent 5,000 troops to the G5 Sahel joint force.')).toEqual(['5,000 → unknown']);
    expect(linked('Chad sent 5,000 troops to MINUSMA.')).toEqual(['5,000 → conflict minusma.tcc.chad-2023']);
    expect(linked('UN peacekeeping had about 87,000 personnel in 12 missions in 2023.')).toEqual(['87,000 → unknown', '12 → unknown']);
    expect(linked('Missions in Africa take most of the UN’s 6 billion dollar peacekeeping budget.')).toEqual(['6 billion → unknown']);
    // Nor does a count someone wished for.
    expect(linked('Some diplomats wanted the mission to grow to 20,000 personnel.')).toEqual(['20,000 → unknown']);
    // Where a change starts is what the count was before: it disputes nothing.
    expect(linked('The mission’s budget was cut from $1.3 billion to $1.2 billion.')).toEqual([
      '1.3 billion → unknown',
      '1.2 billion → match minusma.budget',
    ]);
    expect(linked('The mission’s annual budget was $1.3 billion, up from $1.2 billion.')).toContain(
      '1.3 billion → conflict minusma.budget',
    );
    // The years it is for are no number whose words those are.
    expect(linked('The UN’s peacekeeping budget for 2023-24 was $5.5 billion.')).toEqual(['5.5 billion → unknown']);
    expect(linked('The UN’s peacekeeping budget for 2022-2023 was $5.5 billion.')).toEqual(['5.5 billion → unknown']);
    // Nor an amount in another currency, nor what happened in another coup country's capital.
    expect(linked('The city approved a budget of 1.2 billion euros.')).toEqual(['1.2 billion → unknown']);
    expect(linkedFigures('La ville a voté un budget de 1,2 milliard d’euros.', 'count', true)).toEqual(['1,2 milliard → unknown']);
    expect(linked('The budget was €1.2bn.')).toEqual(['1.2bn → unknown']);
    // Nor a measure: a distance, a weight, an area, a volume, a few days.
    expect(linked('The German soldiers drove 1,400 km.')).toEqual(['1,400 → unknown']);
    expect(linked('The peacekeepers delivered 13,000 tonnes of food and patrolled 17,500 square kilometres.')).toEqual([
      '13,000 → unknown',
      '17,500 → unknown',
    ]);
    expect(linked('The mission used 1.2 billion litres of fuel.')).toEqual(['1.2 billion → unknown']);
    // `Russian mercenaries` name Wagner's men as `Wagner mercenaries` do.
    expect(linked('Around 2,000 Russian mercenaries operate in Mali, a French diplomat claimed.')).toEqual([
      '2,000 → conflict wagner.size',
    ]);
    // Nor do its men and troops, in either language, say less of it than its fighters.
    expect(linkedFigures('Wagner compterait environ 3 000 hommes au Mali.', 'count', true)).toEqual(['3 000 → conflict wagner.size']);
    expect(linked('Wagner has about 3,000 troops in Mali.')).toEqual(['3,000 → conflict wagner.size']);
    // Money below the billions counts no people: Wagner's pay is no count of its fighters.
    expect(linked('Wagner’s roughly 1,000 fighters were paid about $10 million a month.')).toEqual([
      '1,000 → match wagner.size',
      '10 million → unknown',
    ]);
    expect(linkedFigures('Les 1 000 hommes de Wagner recevaient 10 millions de dollars par mois.', 'count', true)[1]).toBe(
      '10 millions → unknown',
    );
    expect(linkedFigures('La mission a consommé 1,2 milliard de litres de carburant.', 'count', true)).toEqual(['1,2 milliard → unknown']);
    // A thing the mission counts is no person, but counts in a fact of things.
    expect(linked('The peacekeepers destroyed 13,000 explosive devices and 1,400 armoured vehicles.')).toEqual([
      '13,000 → unknown',
      '1,400 → unknown',
    ]);
    expect(linkedFigures('Les casques bleus ont détruit 13 000 engins explosifs.', 'count', true)).toEqual(['13 000 → unknown']);
    expect(linked('Malian authorities refused 237 flight requests, the US said.')).toEqual(['237 → match minusma.review.flight-denials']);
    // Refused over the last months of 2022, the period the January 2023 report covered.
    expect(linked('Malian authorities denied 237 flight requests in 2022, the review said.')).toEqual([
      '237 → match minusma.review.flight-denials',
    ]);
    expect(linkedFigures('Les autorités maliennes ont refusé 300 demandes de vol en 2022.', 'count', true)).toEqual([
      '300 → conflict minusma.review.flight-denials',
    ]);
    expect(linkedFigures('France’s ambassador left Niamey in September 2023.', 'date')).toEqual(['September 2023 → unknown']);
    expect(linkedFigures('A coup in Gabon in August 2023 ousted Ali Bongo.', 'date')).toEqual(['August 2023 → unknown']);
    // Peacekeepers from a neighbour, or named with Mali, are still the mission's.
    expect(linked('MINUSMA has 15,000 peacekeepers, more than the mission in the Central African Republic.')).toEqual([
      '15,000 → match minusma.strength.ceiling',
    ]);
  });

  it('counts police as the mission’s people, never as a contingent’s troops, nor soldiers as police', () => {
    const text = 'La Minusma, forte d’environ 12 000 militaires et 1 600 policiers, a commencé son retrait le 1er juillet.';
    const linked = annotateText(text, engine, { french: true, articleDate: '2023-07-05' }).figures;
    expect(linked.find((f) => f.text === '1 600')).toMatchObject({ status: 'unknown' });
    expect(annotate('The mission had 1,920 police.').figures.map((f) => `${f.status} ${f.factId}`)).toEqual([
      'match minusma.strength.police',
    ]);
    // Nor are soldiers police, though their sentence counts police too.
    const both = annotateText('La mission comptait deux mille soldats, trois cents policiers.', engine, {
      french: true,
      articleDate: '2022-06-15',
    });
    expect(both.figures[0]).toMatchObject({ text: 'deux mille', status: 'unknown' });
    // A people's police are police: Benin's 136, not its 250 infantry.
    const benin = annotateText('The report gave 218 Beninese police leaving the mission.', engine, { articleDate: '2022-06-01' });
    expect(benin.figures[0]).toMatchObject({ status: 'conflict', factId: 'minusma.tcc.benin-police' });
  });

  it('leaves unrelated numbers unknown', () => {
    expect(annotate('The stadium holds 40,000 fans.').figures.map((f) => f.status)).toEqual(['unknown']);
  });

  it('judges a date by the event its sentence speaks of most', () => {
    const dates = (text: string) => annotate(text).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(dates('The referendum was held on 18 June 2023.')).toEqual(['18 June 2023 → match mali.referendum-held']);
    expect(dates('The constitutional referendum was held in March 2023.')).toEqual(['March 2023 → conflict mali.referendum-held']);
    expect(dates('MINUSMA took over from AFISMA on 1 July 2014.')).toEqual(['1 July 2014 → conflict minusma.takeover']);
    expect(dates('The UN flag was lowered in Bamako on 11 December 2023.')).toEqual(['11 December 2023 → match minusma.flag-lowered']);
    // The formal end it marked, beside the mandate's end and the withdrawal's.
    expect(dates('The mission formally ended on 11 December 2023, and the withdrawal was completed on 31 December 2023.')).toEqual([
      '11 December 2023 → match minusma.flag-lowered',
      '31 December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('The mandate formally ended on 30 June 2023.')).toEqual(['30 June 2023 → match minusma.terminated']);
  });

  it('disputes nothing with a figure its clause denies', () => {
    const judged = judgedIn('2024-03-01');
    expect(judged('Contrary to reports, Germany did not leave in 2022; its last troops left in December 2023.')).toEqual([
      '2022 → unknown',
      'December 2023 → match germany.left',
    ]);
    expect(judged('The junta never asked the mission to leave in 2022.')).toEqual(['2022 → unknown']);
    expect(judged('L’Allemagne n’a pas quitté le Mali en 2022.', true)).toEqual(['2022 → unknown']);
    expect(judged('Wagner did not have 5,000 fighters in Mali.')).toEqual(['5,000 → unknown']);
    // What the sentence says outside the denial is still judged.
    expect(judged('Wagner, which did not confirm it, had 5,000 fighters in Mali.')).toEqual(['5,000 → conflict wagner.size']);
    expect(judged('Germany left in 2022.')).toEqual(['2022 → conflict germany.left']);
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
