import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { engine, linkedFigures } from '../support/engine';

const counts = (text: string, french = false) => linkedFigures(text, 'count', french);

describe('the largest troop contributors of February 2023', () => {
  it('matches each country’s count where the sentence names it, in English and French', () => {
    expect(counts('Chad, the largest contributor, had 1,427 troops in the mission.')).toEqual(['1,427 → match minusma.tcc.chad-2023']);
    expect(counts('Bangladesh had about 1,400 peacekeepers.')).toEqual(['1,400 → match minusma.tcc.bangladesh-2023']);
    expect(counts('Senegalese troops numbered 970, Togolese 736.')).toEqual([
      '970 → match minusma.tcc.senegal-2023',
      '736 → match minusma.tcc.togo-2023',
    ]);
    expect(counts('Le Tchad, premier contributeur, comptait 1 427 casques bleus.', true)).toEqual(['1 427 → match minusma.tcc.chad-2023']);
    expect(counts('Some 860 Ivorian troops remained.')).toEqual(['860 → match minusma.tcc.cote-divoire']);
    // Niger is named by its name alone, which is no cue: a word of the contingent must be there, `personnel` among them.
    expect(counts('Senegal’s 970 personnel and Niger’s 874 made up much of the West African presence.')).toEqual([
      '970 → match minusma.tcc.senegal-2023',
      '874 → match minusma.tcc.niger-2023',
    ]);
    expect(counts('Le Niger comptait 874 membres du personnel.', true)).toEqual(['874 → match minusma.tcc.niger-2023']);
    // A clause that opens with `with` and the number counts the subject before it, which may be named wrongly.
    expect(counts('Chad was the largest contributor, with 1,427 troops.')).toEqual(['1,427 → match minusma.tcc.chad-2023']);
    expect(counts('Egypt was the largest contributor, with 1,427 troops.')).toEqual(['1,427 → conflict minusma.tcc.egypt-2023']);
    // A short aside between the subject and its verb leaves the count the subject's.
    expect(counts('Germany, for its part, had 2,000 soldiers in Mali.')).toEqual(['2,000 → conflict minusma.tcc.germany']);
    expect(counts('Le Tchad, de son côté, comptait 2 500 soldats.', true)).toEqual(['2 500 → conflict minusma.tcc.chad-2023']);
    expect(counts('France, for its part, lost 58 soldiers in Mali.')).toEqual(['58 → conflict france.soldiers-killed']);
  });

  it('matches Germany’s soldiers as deployed, not only its ceiling of up to 1,400', () => {
    expect(counts('Germany will withdraw its roughly 1,100 soldiers by May 2024.')).toEqual(['1,100 → match minusma.tcc.germany']);
    expect(counts('L’Allemagne comptait jusqu’à 1 270 soldats au Mali.', true)).toEqual(['1 270 → match minusma.tcc.germany']);
    expect(counts('Germany had 1,200 soldiers in Gao.')).toEqual(['1,200 → unknown']);
    // Another ceiling is no ceiling of 1,400.
    expect(counts('Germany had up to 1,600 soldiers in Mali.')).toEqual(['1,600 → conflict minusma.tcc.germany']);
  });

  it('judges Egypt’s peacekeepers who left as the mission drew down by that count (over 460), not by its contingent of February 2023', () => {
    const [left] = annotateText('Le rapport donne 736 casques bleus égyptiens partis pendant le retrait de la mission.', engine, {
      french: true,
      articleDate: '2023-08-31',
    }).figures;
    expect(`${left?.status} ${left?.factId}`).toBe('unknown undefined');
  });

  it('tells Benin’s police from its infantry', () => {
    expect(counts('Benin’s 140 police officers were among the first to leave.')).toEqual(['140 → match minusma.tcc.benin-police']);
    expect(counts('Le Bénin a retiré ses 250 soldats et ses 136 policiers.', true)).toEqual([
      '250 → match minusma.tcc.benin',
      '136 → match minusma.tcc.benin-police',
    ]);
    expect(counts('Benin withdrew its 300 soldiers.')).toEqual(['300 → conflict minusma.tcc.benin']);
    expect(counts('Benin’s 520-strong company was repatriated.')).toEqual(['520 → conflict minusma.tcc.benin']);
  });

  it('knows a country by any of its names, not only the cues of its facts', () => {
    // Reuters and AFP wrote of 300 British troops, others of 250 or 260.
    expect(counts('The United Kingdom said it would withdraw its 300 troops early.')).toEqual(['300 → match minusma.tcc.uk']);
    expect(counts('The United Kingdom said it would withdraw its 400 troops early.')).toEqual(['400 → conflict minusma.tcc.uk']);
    expect(counts('Le Royaume-Uni retire ses 250 soldats.', true)).toEqual(['250 → match minusma.tcc.uk']);
    // Or by its army's.
    expect(counts('The Bundeswehr’s contingent, which peaked at around 1,100 troops, was based in Gao.')).toEqual([
      '1,100 → match minusma.tcc.germany',
    ]);
  });

  it('judges a count against a country only where its own clause names the country', () => {
    expect(counts('Of MINUSMA’s 13,000 troops, 1,081 were Egyptian.')).toEqual([
      '13,000 → match minusma.strength.military',
      '1,081 → match minusma.tcc.egypt-2023',
    ]);
    expect(counts('Germany, which had 1,500 soldiers in Mali, left.')).toEqual(['1,500 → conflict minusma.tcc.germany']);
  });

  it('takes a round hundred in the thousands for the count it rounds, not a round hundred below', () => {
    expect(counts('A Chadian contingent of 1,400 soldiers was stationed in Kidal.')).toEqual(['1,400 → match minusma.tcc.chad-2023']);
    expect(counts('Chad had 1,500 soldiers in the mission.')).toEqual(['1,500 → conflict minusma.tcc.chad-2023']);
    expect(counts('Some 200 peacekeepers were killed in hostile acts.')).toEqual(['200 → conflict minusma.casualties.killed-2023']);
  });

  it('finds a count wrong for the country named, and takes Nigeria for no Niger', () => {
    expect(counts('Chad had 2,000 soldiers in the mission.')).toEqual(['2,000 → conflict minusma.tcc.chad-2023']);
    expect(counts('Nigerian troops numbered 200.')).toEqual(['200 → unknown']);
  });

  it('takes a count of one country’s soldiers, in either word order, for no count of the whole mission', () => {
    expect(counts('Plus de 10 000 soldats sénégalais ont servi dans la Minusma.', true)).toEqual(['10 000 → unknown']);
    expect(counts('More than 10,000 soldiers from Senegal served in MINUSMA.')).toEqual(['10,000 → unknown']);
    expect(counts('200 casques bleus tchadiens ont été tués.', true)).toEqual(['200 → unknown']);
    // Several countries' soldiers together may be a count of the mission's.
    expect(counts('Plus de 2 250 soldats béninois, allemands, suédois, britanniques et ivoiriens devaient partir.', true)).toEqual([
      '2 250 → match minusma.tcc.leaving-troops',
    ]);
    // As a translation of it words it.
    expect(counts('More of 2 250 soldiers of Benin, Germany, Sweden, United Kingdom and Ivory Coast had to leave.')).toEqual([
      '2 250 → match minusma.tcc.leaving-troops',
    ]);
  });

  it('reads each count of a list as the country named right before it, or owning it', () => {
    // Reuters counted 1,072 Egyptian troops.
    expect(counts('The largest contributors were Chad (1,400), Bangladesh (1,300) and Egypt (1,070).')).toEqual([
      '1,400 → match minusma.tcc.chad-2023',
      '1,300 → conflict minusma.tcc.bangladesh-2023',
      '1,070 → match minusma.tcc.egypt',
    ]);
    expect(counts('The largest contributors were Chad (1,427) and Togo (763).')).toEqual([
      '1,427 → match minusma.tcc.chad-2023',
      '763 → conflict minusma.tcc.togo-2023',
    ]);
    // A country no fact counts owns the figure after its name as much as one the facts know.
    expect(counts('Germany deployed up to 1,400 soldiers, Britain about 250 and Sweden some 220.')).toEqual([
      '1,400 → match minusma.tcc.germany',
      '250 → match minusma.tcc.uk',
      '220 → unknown',
    ]);
    expect(counts('L’Allemagne a déployé jusqu’à 1 400 soldats, le Royaume-Uni environ 250 et la Suède quelque 220.', true).at(-1)).toBe(
      '220 → unknown',
    );
    // A list's head speaks for every item of it, however many semicolons come between.
    expect(counts('Largest contributors, 2023: Chad 1,427; Bangladesh 1,396; Egypt 1,081; Senegal 970; Niger 874; Togo 763.')).toEqual([
      '1,427 → match minusma.tcc.chad-2023',
      '1,396 → match minusma.tcc.bangladesh-2023',
      '1,081 → match minusma.tcc.egypt-2023',
      '970 → match minusma.tcc.senegal-2023',
      '874 → match minusma.tcc.niger-2023',
      '763 → conflict minusma.tcc.togo-2023',
    ]);
    expect(counts('The Egyptian contingent consists of 1072 elements.')).toEqual(['1072 → match minusma.tcc.egypt']);
    // A name with its own number in brackets owns no other count of the sentence.
    expect(counts('With about 1,400 troops, Chad was the largest contributor, ahead of Bangladesh (1,396).')).toEqual([
      '1,400 → match minusma.tcc.chad-2023',
      '1,396 → match minusma.tcc.bangladesh-2023',
    ]);
    // Or the one named since the number before, where no name stands right before it.
    expect(counts('Of the 13,000 troops, Chad supplied 1,400, Bangladesh 1,300 and Egypt 1,000.').slice(1, 3)).toEqual([
      '1,400 → match minusma.tcc.chad-2023',
      '1,300 → conflict minusma.tcc.bangladesh-2023',
    ]);
    expect(counts('Les principaux contributeurs : Tchad (1 400), Bangladesh (1 396), Égypte (1 081).', true)).toEqual([
      '1 400 → match minusma.tcc.chad-2023',
      '1 396 → match minusma.tcc.bangladesh-2023',
      '1 081 → match minusma.tcc.egypt-2023',
    ]);
    // Or the one that owns it in the possessive.
    expect(counts('The UK’s 250 troops left Mali in late 2022, Benin’s 250 by 2022.')).toEqual([
      '250 → match minusma.tcc.uk',
      '250 → match minusma.tcc.benin',
    ]);
    // A label's last words are a place, not whose count it is.
    expect(counts('Wagner in Mali: 1,500 fighters, some estimates say.')).toEqual(['1,500 → conflict wagner.size']);
  });

  it('judges no sum of several countries against one of them, while each count of its own still is', () => {
    expect(counts('Burkina Faso, Niger and Chad together supplied more than 4,000 soldiers.')).toEqual(['4,000 → unknown']);
    expect(counts('Le Tchad et le Niger ont fourni 3 000 soldats.', true)).toEqual(['3 000 → unknown']);
    // A list runs on past the commas of its clause; an aside after a comma is no list.
    expect(counts('Some 2,500 troops from Germany, Sweden, the UK, Benin and Côte d’Ivoire were leaving.')).toEqual(['2,500 → unknown']);
    expect(counts('Some 2,500 troops from Germany, the largest European contingent, were leaving.')).toEqual([
      '2,500 → conflict minusma.tcc.germany',
    ]);
    // Peoples counted together, after the number.
    expect(counts('The Kidal camp, home to 1,000 Chadian and Guinean troops, came under fire.')).toEqual(['1,000 → unknown']);
    expect(counts('Chad had 1,500 troops and Bangladesh 1,396.')).toEqual([
      '1,500 → conflict minusma.tcc.chad-2023',
      '1,396 → match minusma.tcc.bangladesh-2023',
    ]);
    // Mali is named by every article: Germany's soldiers in Mali are Germany's alone.
    expect(counts('Germany pulled its 1,500 soldiers out of Mali.')).toEqual(['1,500 → conflict minusma.tcc.germany']);
    // The sum the review gave of the four that leave.
    expect(counts('Four countries, including Germany and the UK, announced their departure, taking more than 2,250 soldiers.')).toEqual([
      'Four → match minusma.tcc.leaving-countries',
      '2,250 → match minusma.tcc.leaving-troops',
    ]);
    // A list of figures sets each before what it counts, after a dash; the countries after its colon are the four.
    const dashed = '4 — countries that announced in 2022 they would pull out: Benin, Côte d’Ivoire, the United Kingdom and Germany.';
    expect(annotateText(`A list. ${dashed}`, engine, { articleDate: '2024-01-10' }).figures.map((f) => `${f.text} → ${f.factId}`)).toEqual([
      '4 → minusma.tcc.leaving-countries',
      '2022 → benin.exit-announced',
    ]);
    // Countries that leave, or belong to, another body are its members, not contributors leaving the mission.
    expect(counts('Three countries said they were pulling out of ECOWAS.')).toEqual(['Three → unknown']);
    expect(counts('Les trois pays ont annoncé leur retrait de la Cédéao.', true)).toEqual(['trois → unknown']);
    expect(counts('Four countries said they were pulling out of the mission.')).toEqual(['Four → match minusma.tcc.leaving-countries']);
    // The four were counted from Germany's decision, in November 2022.
    const announced = annotateText('Four countries announced in 2022 that they would withdraw their troops.', engine, {
      articleDate: '2024-01-10',
    });
    expect(announced.figures.map((f) => `${f.text} → ${f.factId}`)).toEqual(['Four → minusma.tcc.leaving-countries', '2022 → undefined']);
    expect(counts('Près de 2 250 hommes des contingents sortants devaient être remplacés.', true)).toEqual([
      '2 250 → match minusma.tcc.leaving-troops',
    ]);
  });
});
