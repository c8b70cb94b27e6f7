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

  it('reads counts of attacks and of peacekeepers as what they count, and a factbox’s bars and sacrifice as what they say', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('The Mission recorded 62 attacks against its personnel, in which 6 peacekeepers were killed.')).toEqual([
      '62 → unknown undefined',
      '6 → unknown undefined',
    ]);
    // A "by the numbers" list puts a colon between the number and what it counts.
    expect(
      linked('MINUSMA by the numbers\n- 10: years the mission spent in Mali\n- 6: months to leave\n- 678: peacekeepers injured'),
    ).toEqual(['10 → match minusma.years', '6 → match minusma.withdrawal-months', '678 → conflict minusma.casualties.injured-2023']);
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
});
