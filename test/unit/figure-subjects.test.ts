import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { annotate, engine, linkedFigures } from '../support/engine';

describe('whose figure it is: the mission’s, a contributor’s, another mission’s or none', () => {
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

  it('takes no count of prisoners, refugees or voters for a contingent of the same size', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('In Togo, 736 prisoners were released in 2023.')).toEqual(['736 → unknown']);
    expect(linked('Le Togo a libéré 736 détenus.', true)).toEqual(['736 → unknown']);
    expect(linked('Togo had 736 peacekeepers in Mali.')).toEqual(['736 → match minusma.tcc.togo-2023']);
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
    // Its first strength is disputed only by a count of its start, not by one of today's.
    expect(linked('The UN mission in South Sudan has 13,289 troops.')).toEqual(['13,289 → unknown undefined']);
    expect(linked('UNMISS has 2,000 police today.')).toEqual(['2,000 → unknown undefined']);
    expect(linked('UNMISS started with 8,000 soldiers in 2011.')[0]).toBe('8,000 → conflict unmiss.initial-military');
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
});
