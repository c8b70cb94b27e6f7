import { describe, expect, it } from 'vitest';
import fr from '../../assets/public/_locales/fr/messages.json';
import { annotateText } from '../../lib/engine/engine';
import { findFigures } from '../../lib/engine/find-figures';
import { foldText } from '../../lib/engine/fold-text';
import { english, sayFrom } from '../../lib/say';
import { annotate, engine, linkedFigures } from '../support/engine';

function figures(text: string, french = false) {
  return findFigures(foldText(text), french).map((f) => ({
    text: f.text,
    value: f.value,
    valueTo: f.valueTo,
    form: f.form,
    date: f.date,
    qualifier: f.qualifier,
  }));
}

describe('finding figures', () => {
  it('reads English, French and typographic thousands separators', () => {
    expect(figures('a force of 17,500 troops').map((f) => f.value)).toEqual([17500]);
    expect(figures('une force de 17 500 soldats', true).map((f) => f.value)).toEqual([17500]);
    expect(figures('a force of 17\u00a0500 troops').map((f) => f.value)).toEqual([17500]);
    expect(figures('a force of 17\u202f500 troops').map((f) => f.value)).toEqual([17500]);
    expect(figures('soit 2.250 soldats', true).map((f) => f.value)).toEqual([2250]);
    // French quoting an English figure: a dot before other than three digits is a decimal point.
    expect(figures('un budget de 1.2 milliard, soit 96.9 %', true).map((f) => f.value)).toEqual([1.2, 96.9]);
    expect(figures('a budget of 1.26 billion').map((f) => f.value)).toEqual([1.26]);
  });

  it('reads a dot between thousands in English where the number cannot be a decimal', () => {
    expect(figures('MINUSMA’s 17.500 personnel').map((f) => f.value)).toEqual([17500]);
    expect(figures('a population of 22.000.000').map((f) => f.value)).toEqual([22000000]);
    expect(figures('a budget of 1.250 billion').map((f) => f.value)).toEqual([1.25]);
    expect(figures('a ratio of 2.500 to one').map((f) => f.value)).toEqual([2.5]);
  });

  it('reads a count in millions as one figure, with its word', () => {
    expect(figures('a population of 22 million people')).toMatchObject([{ text: '22 million', value: 22_000_000 }]);
    expect(figures('two million people fled')).toMatchObject([{ text: 'two million', value: 2_000_000 }]);
    expect(figures('22,5 millions de personnes', true)).toMatchObject([{ text: '22,5 millions', value: 22_500_000 }]);
    expect(figures('a budget of $1.2 billion')).toMatchObject([{ text: '1.2 billion', value: 1.2 }]);
    expect(figures('a budget of US$1.2bn')).toMatchObject([{ text: '1.2bn', value: 1.2 }]);
    expect(figures('aid of £22m')).toMatchObject([{ text: '22m', value: 22_000_000 }]);
    expect(figures('a budget of 1.2 bn dollars')).toMatchObject([{ text: '1.2 bn', value: 1.2 }]);
  });

  it('reads a decade as ten years, nearly a decade as nine to ten, and a decade ago as no duration', () => {
    const linked = (text: string, french = false) =>
      annotateText(text, engine, { articleDate: '2023-12-20', french }).figures.map((f) =>
        `${f.text} → ${f.status} ${f.factId ?? ''}`.trim(),
      );
    expect(linked('MINUSMA left Mali after a decade.')).toEqual(['a decade → match minusma.years']);
    expect(linked('La Minusma quitte le Mali après une décennie.', true)).toEqual(['une décennie → match minusma.years']);
    expect(linked('After nearly a decade in Mali, France pulled out.')).toEqual(['a decade → match france.years-in-mali']);
    expect(linked('A decade ago, France intervened in Mali.')).toEqual([]);
    expect(linked('Il y a une décennie, la France intervenait au Mali.', true)).toEqual([]);
    // Its own word is no cue: a decade of anything else is no count of the mission's years.
    expect(linked('For more than a decade the web has used XMLHttpRequest.')).toEqual(['a decade → unknown']);
  });

  it('reads a count in thousands, with its word or a small glued k, and no screen, processor or game', () => {
    expect(figures('Some 15 thousand peacekeepers served.')).toMatchObject([{ text: '15 thousand', value: 15_000 }]);
    expect(figures('The 13k-strong force and its 17.5k personnel')).toMatchObject([
      { text: '13k', value: 13_000 },
      { text: '17.5k', value: 17_500 },
    ]);
    expect(figures('A 4K screen, an i7 4790k and NBA 2k17.')).toEqual([]);
  });

  it('reads a decimal comma kept by a machine translation into English before a scale', () => {
    const linked = (text: string) => linkedFigures(text, 'count');
    expect(linked('The mission’s budget is $1,2 billion.')).toEqual(['1,2 billion → match minusma.budget']);
    expect(linked('Turnout in the referendum was 38,2%.')).toEqual(['38,2% → match mali.referendum-turnout']);
    // Per cent in words is part of the figure, as the sign is; approving is voting yes.
    expect(linked('The constitution was approved by 97 per cent of voters.')).toEqual(['97 per cent → match mali.referendum-yes']);
    expect(linkedFigures('La constitution a été approuvée par 97 pour cent des votants.', 'count', true)).toEqual([
      '97 pour cent → match mali.referendum-yes',
    ]);
    // A French scale left in the text reads the same (a quote, or a page that says it is English).
    expect(linked('The mission had a budget of 1,2 milliard de dollars.')).toEqual(['1,2 milliard → match minusma.budget']);
    expect(figures('Items 1,2 and 3 were listed.').map((f) => f.value)).toEqual([1, 2, 3]);
  });

  it('reads no ordinal and no number that is part of a name', () => {
    const texts = (text: string, french = false) => figures(text, french).map((f) => f.text);
    expect(texts('On the 20th anniversary, Mi-24 helicopters, Su-25 jets and 4x4 trucks arrived despite COVID-19.')).toEqual([]);
    expect(texts('Le 2e contingent est arrivé à 10h30 avec 300 soldats.', true)).toEqual(['300']);
    expect(texts('Mis à jour à 16 h 05. Vers 5 h, 300 soldats sont partis.', true)).toEqual(['300']);
    expect(texts('By mid-2024, the $1.2bn mission had gone.')).toEqual(['2024', '1.2bn']);
    expect(texts('Updated 14:05 GMT. At 9:30 am, 300 peacekeepers left; the vote was 13:0.')).toEqual(['300']);
    // A document symbol, a protocol's version or an address holds numbers of its name.
    expect(texts('By S/RES/2100 (2013), over HTTP/1.1 at example.org/works/11808918, 300 soldiers left.')).toEqual(['2013', '300']);
    // An age counts nothing the facts hold.
    expect(texts('A 24-year-old peacekeeper, 30-year-olds, a man 25 years old and 300 soldiers died.')).toEqual(['300']);
  });

  it('joins groups that only a plain space separates in English before people or a group starting with a zero, or in a text that so groups one, and nowhere else', () => {
    expect(figures('in 2013 500 people fled').map((f) => f.text)).toEqual(['2013', '500']);
    expect(figures('On June 30 300 peacekeepers left.').map((f) => f.text)).toEqual(['300']);
    expect(figures('Rooms 12 300 and 301 were closed.').map((f) => f.value)).toEqual([12, 300, 301]);
    expect(figures('MINUSMA has 17 500 personnel and 1 920 police.').map((f) => f.value)).toEqual([17500, 1920]);
    // No number is written alone with a leading zero: `000` continues the one before.
    expect(figures('about 11 600 soldiers and 1 500 policemen').map((f) => f.value)).toEqual([11600, 1500]);
    expect(figures('strong of more than 15 000 men').map((f) => f.value)).toEqual([15000]);
    expect(figures('a budget of 1 200 000 dollars').map((f) => f.value)).toEqual([1200000]);
    // A copy of a French article groups all its numbers so, before any word.
    const copied = 'The mission has 13 000 soldiers. The review proposes to increase of 3 680 the uniformed personnel.';
    expect(figures(copied).map((f) => f.value)).toEqual([13000, 3680]);
    expect(figures('The review proposes to increase of 3 680 the uniformed personnel.').map((f) => f.value)).toEqual([3, 680]);
  });

  it('reads number words in both languages when they count something', () => {
    expect(figures('for nine years, four countries').map((f) => f.value)).toEqual([9, 4]);
    expect(figures('trois options', true).map((f) => f.value)).toEqual([3]);
    expect(figures('one of the most difficult').length).toBe(0);
    // A unit joined by a hyphen is what the word counts; an ordinal ending is not.
    expect(figures('France’s nine-year intervention in the twenty-first century').map((f) => f.text)).toEqual(['nine']);
  });

  it('reads a number of several words as one figure', () => {
    const read = (text: string, french = false) => figures(text, french).map((f) => `${f.text}=${f.value}`);
    expect(read('two thousand five hundred troops and twenty-one police')).toEqual(['two thousand five hundred=2500', 'twenty-one=21']);
    expect(read('three hundred and fifty peacekeepers, two dozen soldiers')).toEqual(['three hundred and fifty=350', 'two dozen=24']);
    expect(read('quatre-vingt-dix-sept blessés et soixante et onze morts', true)).toEqual([
      'quatre-vingt-dix-sept=97',
      'soixante et onze=71',
    ]);
    expect(read('deux mille soldats, trois cents policiers', true)).toEqual(['deux mille=2000', 'trois cents=300']);
    expect(read('two three-year terms')).toEqual(['two=2', 'three=3']);
    expect(read('un soldat, vingt pour cent des morts', true)).toEqual(['vingt pour cent=20']);
  });

  it('reads the French counts in tens, dozens, hundreds and thousands as rounded figures of the noun after `de`', () => {
    const read = (text: string) => figures(text, true).map((f) => `${f.text}=${f.value} ${f.qualifier}`);
    expect(read('une dizaine de casques bleus, un millier d’hommes')).toEqual(['une dizaine=10 about', 'un millier=1000 about']);
    expect(read('une centaine de soldats et une douzaine de policiers')).toEqual(['une centaine=100 about', 'une douzaine=12 about']);
    expect(read('plus d’un millier de combattants')).toEqual(['un millier=1000 over']);
    expect(read('une vingtaine de casques bleus, une quinzaine de pays, une trentaine de soldats')).toEqual([
      'une vingtaine=20 about',
      'une quinzaine=15 about',
      'une trentaine=30 about',
    ]);
    // A quarantine is no forty.
    expect(read('une quarantaine de jours')).toEqual([]);
    const [wagner] = annotate('Le groupe Wagner compte un millier de combattants au Mali.', true).figures;
    expect(`${wagner?.text} → ${wagner?.status} ${wagner?.factId}`).toBe('un millier → match wagner.size');
  });

  it('keeps the qualifier a text puts before a number, or a plus after it', () => {
    expect(figures('a loss of over 2,250 troops')[0]?.qualifier).toBe('over');
    expect(figures('plus de 2 250 soldats', true)[0]?.qualifier).toBe('over');
    expect(figures('environ 13 000 casques bleus', true)[0]?.qualifier).toBe('about');
    expect(figures('its 12,000-plus troops and 900+ police').map((f) => `${f.text} ${f.qualifier}`)).toEqual(['12,000 over', '900 over']);
  });

  it('reads dates in English and French at the precision they are written', () => {
    expect(figures('since July 2013').map((f) => f.date)).toEqual(['2013-07']);
    expect(figures('on June 30, 2023').map((f) => f.date)).toEqual(['2023-06-30']);
    expect(figures('le 30 juin 2023', true).map((f) => f.date)).toEqual(['2023-06-30']);
    expect(figures('le 1er juillet 2013', true).map((f) => f.date)).toEqual(['2013-07-01']);
    // In digits, the day comes first where it is over 12, the month where the other is; else only the year is sure.
    const numeric = figures('le 30/06/2023, le 30.06.2023, on 06/30/2023 and on 07/01/2013', true);
    expect(numeric.map((f) => `${f.text}=${f.date}`)).toEqual([
      '30/06/2023=2023-06-30',
      '30.06.2023=2023-06-30',
      '06/30/2023=2023-06-30',
      '07/01/2013=2013',
    ]);
    expect(figures('since 2012').map((f) => f.date)).toEqual(['2012']);
  });

  it('dates a day written without a year in the article’s year, and reads it as no count without one', () => {
    const dated = (text: string, french = false) =>
      annotateText(text, engine, { french, articleDate: '2023-12-11' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(dated('The Council voted on June 30 to end the mission, which left by Dec. 31.')).toEqual([
      'June 30 → match minusma.terminated',
      'Dec. 31 → match minusma.withdrawal-complete',
    ]);
    expect(dated('Le Conseil a mis fin au mandat le 30 juin ; les opérations ont cessé le 1er juillet.', true)).toEqual([
      '30 juin → match minusma.terminated',
      '1er juillet → match minusma.drawdown-start',
    ]);
    expect(figures('The Council voted on June 30 and on the 1st of July.')).toEqual([]);
  });

  it('dates a day without a year in the year before when the article’s year would put it most of a year after the article', () => {
    const dates = (text: string, articleDate: string) => findFigures(foldText(text), false, articleDate).map((f) => `${f.text} ${f.date}`);
    // Published in January: the December just past, not the one eleven months ahead.
    expect(dates('The last peacekeepers left on Dec. 31, and the junta spoke on Jan. 3.', '2024-01-05')).toEqual([
      'Dec. 31 2023-12-31',
      'Jan. 3 2024-01-03',
    ]);
    // Published on the day the Council ended the mandate: the deadline six months ahead is this year's.
    expect(dates('The peacekeepers must leave by Dec. 31.', '2023-06-30')).toEqual(['Dec. 31 2023-12-31']);
  });

  it('finds dates in long text wherever a year stands, and only whole words', () => {
    const filler = 'Farmers planted cotton and the council met again. '.repeat(40);
    const text = `On 31st of September, 2013 ${filler}the mission began in July 2013 and left by 2023-12-31. ${filler}xjune 2014 ends it on June 30, 2023`;
    expect(figures(text).map((f) => f.text)).toEqual(['31st of September, 2013', 'July 2013', '2023-12-31', '2014', 'June 30, 2023']);
  });

  it('reads ranges as one figure, and two years as two dates', () => {
    expect(figures('about 1,100–1,270 soldiers')).toMatchObject([{ value: 1100, text: '1,100–1,270' }]);
    expect(figures('between 1,100 and 1,270 soldiers')).toMatchObject([{ value: 1100, valueTo: 1270, text: '1,100 and 1,270' }]);
    expect(figures('entre 1 100 et 1 270 soldats', true)).toMatchObject([{ value: 1100, valueTo: 1270, text: '1 100 et 1 270' }]);
    expect(figures('1,100 and 1,270 soldiers').map((f) => f.text)).toEqual(['1,100', '1,270']);
    // Two years are two dates, unless people follow.
    const kinds = (text: string) => figures(text).map((f) => `${f.text} ${f.form}`);
    expect(kinds('The mission served from 2013 to 2023.')).toEqual(['2013 date', '2023 date']);
    expect(kinds('between 2013 and 2023')).toEqual(['2013 date', '2023 date']);
    expect(kinds('la mission de 2013 à 2023')).toEqual(['2013 date', '2023 date']);
    expect(kinds('Some 2000-2500 troops left.')).toEqual(['2000-2500 count']);
    // A bare first number shares the thousands of the second.
    expect(figures('roughly 12-13,000 uniformed personnel')).toMatchObject([{ text: '12-13,000', value: 12_000, valueTo: 13_000 }]);
    expect(figures('from 50 to 1,000 people')).toMatchObject([{ value: 50, valueTo: 1000 }]);
    // A span of years written short ends in a year, not a count.
    expect(figures('deployed in 2013–14 and in 2022/23')).toMatchObject([
      { text: '2013', date: '2013' },
      { text: '14', date: '2014' },
      { text: '2022', date: '2022' },
      { text: '23', date: '2023' },
    ]);
    expect(kinds('In 2013, 14 peacekeepers died; in 2013-1 nothing.')).toEqual(['2013 date', '14 count', '2013 date', '1 count']);
  });
});

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
    // Seven times that year's 14 is some other count, and the totals since 2013 were counted after 2022 ended.
    const [hundred] = annotate('100 peacekeepers were killed in 2022.').figures;
    expect(hundred).toMatchObject({ text: '100', status: 'unknown' });
  });

  it('does not take the year a count runs since for the year it holds in', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('The mission has been in Mali since 2013 and has about 13,000 troops and police.')).toEqual([
      '13,000 → match minusma.strength.military',
    ]);
    expect(linked('Présente au Mali depuis juillet 2013, la mission compte environ 13 000 soldats et policiers.', true)).toEqual([
      '13 000 → match minusma.strength.military',
    ]);
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
    // A round thousand rounds a count near it, not one a quarter or more away: 1,000 killed are not the 687 injured.
    expect(linked('More than 1,000 peacekeepers have been killed in Mali since 2013.')).toEqual([
      '1,000 → unknown undefined',
      '2013 → match minusma.takeover',
    ]);
    // The budget is about 1.2 billion by France's count and 1.26 billion by VOA's and AFP's.
    expect(linked('The UN budget for the mission was $1.26 billion.')).toEqual(['1.26 billion → match minusma.budget']);
    // 13,100 is no round thousand, so no match for the ceiling of 13,289 military; troops deployed under a
    // ceiling do not contradict it, and troops are not the 17,500 people of the mission, civilians included.
    expect(linked('The mission had 13,100 troops.')).toEqual(['13,100 → unknown undefined']);
    expect(linked('La Minusma disposait de six mois pour se retirer.', true)).toEqual(['six → match minusma.withdrawal-months']);
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
    // Deployed, the press's 13,000 is AFP's count of soldiers and police, not the ceiling.
    expect(linked('Between 11,000 and 13,000 troops were deployed in 2022.')).toEqual([
      '11,000 and 13,000 → match minusma.strength.deployed-2022',
      '2022 → unknown undefined',
    ]);
    expect(linked('The UN voted to end the peacekeeping mission and the withdrawal of its 14,500 troops.')).toEqual([
      '14,500 → unknown undefined',
    ]);
    // The press that calls the mission's 17,500 people troops still matches them.
    expect(linked('The UN mission has 17,500 troops.')).toEqual(['17,500 → match minusma.strength.total']);
    // Peacekeepers as a translation from French calls them.
    expect(linked('Nearly 13,000 blue helmets remain.')).toEqual(['13,000 → match minusma.strength.deployed-2022']);
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
    // The clause after the attack is the mission's toll, and an annual budget needs no year.
    expect(linked('Since the attack on Kidal, 350 peacekeepers have been killed.')).toEqual([
      '350 → conflict minusma.casualties.killed-2023',
    ]);
    expect(linked('The mission has a budget of $2 billion.')).toEqual(['2 billion → conflict minusma.budget']);
  });

  it('does not judge a count against a fact five times larger or smaller, unless the same digits slipped a power of ten', () => {
    const linked = (text: string) => annotate(text).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    // A contingent or the civilian staff are parts of the mission, not reports of its 17,500: a fact of
    // their own size is what they are judged against, when there is one.
    expect(linked('Sweden had about 220 troops in the UN mission in Mali.')).toEqual(['220 → unknown undefined']);
    expect(linked('Around 1,200 civilian staff worked for the mission.')).toEqual(['1,200 → conflict minusma.civilians-2023']);
    expect(linked('MINUSMA, the UN peacekeeping mission in Mali, said 166 peacekeepers had been killed since July 2013.')).toEqual([
      '166 → conflict minusma.casualties.killed-2023',
      'July 2013 → match minusma.takeover',
    ]);
    expect(linked('The mission had 9,000 peacekeepers in Mali.')).toEqual(['9,000 → conflict minusma.strength.total']);
    // Soldiers detained are judged against the detained, not against their country's 900 peacekeepers of that year.
    expect(linked('Mali detained 49 Ivorian soldiers in July 2022.')).toEqual([
      '49 → conflict minusma.tcc.ivorian-detained',
      'July 2022 → match ivorian-soldiers.detained',
    ]);
    // `1.750` for 17,500: a separator lost in a copy.
    expect(linked('The mission had 1,750 peacekeepers, uniformed and civilian.')).toEqual(['1,750 → conflict minusma.strength.total']);
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
    // A machine translation keeps the French word for the peak.
    expect(linked('The Minusma counted some 15,000 soldiers and policemen at its apogee.')).toEqual([
      '15,000 → match minusma.strength.ceiling',
    ]);
    expect(linked('The mission had 20,000 peacekeepers in Mali.')).toEqual(['20,000 → conflict minusma.strength.total']);
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
  });

  it('judges percentages, with the sign attached or not', () => {
    const judged = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(judged('Yes won 97% of the vote in the referendum.')).toEqual(['97% → match mali.referendum-yes']);
    expect(judged('Le oui a obtenu 97 % des voix au référendum.', true)).toEqual(['97 % → match mali.referendum-yes']);
    expect(judged('Turnout in the referendum was 50 per cent.')).toEqual(['50 per cent → conflict mali.referendum-turnout']);
    expect(judged('Nearly 97% of voters backed the new constitution, with turnout of 39%.')).toEqual([
      '97% → match mali.referendum-yes',
      '39% → match mali.referendum-turnout',
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
    expect(statuses('Since July 2013, more than 100 peacekeepers have died in Mali.')).toContain('100 → unknown undefined');
    expect(statuses('Since July 2013, up to 100 peacekeepers have died in Mali.')).toContain(
      '100 → conflict minusma.fatalities.all-causes',
    );
  });

  it('links a figure to the fact whose own value it gives when the sentence fits two alike', () => {
    const linked = (text: string, french = false) => annotate(text, french).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(linked('More than 175 peacekeepers have been killed in hostile acts, AFP said.')).toEqual([
      '175 → match minusma.casualties.hostile-2022',
    ]);
    expect(linked('Selon l’AFP, plus de 175 casques bleus ont été tués dans des actes hostiles.', true)).toEqual([
      '175 → match minusma.casualties.hostile-2022',
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
    expect(annotate('MONUSCO’s troop ceiling is 13,500.').figures.map((f) => `${f.text} → ${f.status} ${f.factId}`)).toEqual([
      '13,500 → match monusco.ceiling-military',
    ]);
  });

  it('counts police as the mission’s people, never as a contingent’s troops', () => {
    const text = 'La Minusma, forte d’environ 12 000 militaires et 1 600 policiers, a commencé son retrait le 1er juillet.';
    const linked = annotateText(text, engine, { french: true, articleDate: '2023-07-05' }).figures;
    expect(linked.find((f) => f.text === '1 600')).toMatchObject({ status: 'unknown' });
    expect(annotate('The mission had 1,920 police.').figures.map((f) => `${f.status} ${f.factId}`)).toEqual([
      'match minusma.strength.police',
    ]);
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
  });
});

describe('the article date', () => {
  // `text → status factId` of each figure, judged in an article of that date.
  const judged = (text: string, articleDate: string, french = false) =>
    annotateText(text, engine, { articleDate, french }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());

  it('prefers facts that held when the article was written, and says when a fact is older', () => {
    const text = 'The mission had 12,947 uniformed peacekeepers when the withdrawal began.';
    const [later] = annotateText(text, engine, { articleDate: '2023-12-11' }).figures;
    expect(later?.explanation).toMatch(
      /^Matches the canonical figure: about 12,947.*This fact holds until August 2023, before this article \(11 December 2023\)\.$/,
    );
    const [same] = annotateText(text, engine, { articleDate: '2023-08-30' }).figures;
    expect(same?.explanation).not.toMatch(/before this article/);
  });

  it('matches the troops of the last year by AFP’s count before the withdrawal, and by the UN’s once it began', () => {
    const text = 'The 13,000 blue helmets of MINUSMA must leave Mali.';
    expect(judged(text, '2023-05-01')).toEqual(['13,000 → match minusma.strength.deployed-2022']);
    expect(judged(text, '2023-08-15')).toEqual(['13,000 → match minusma.strength.deployed-2023']);
  });

  it('judges an article by no fact that began after it was written', () => {
    // In 2014 the mission had about 9,000 peacekeepers, and 11,200 soldiers and 1,440 police were authorised.
    expect(judged('The mission has 9,000 peacekeepers.', '2014-05-20')).toEqual(['9,000 → unknown']);
    expect(judged('The mission is authorised to deploy 12,640 uniformed personnel.', '2014-05-20')).toEqual([
      '12,640 → match minusma.strength.uniformed-2013',
    ]);
    // The UN's press release rounded it to 12,600; the creation's count disputes no later one it does not name.
    expect(judged('The mission was established in 2013 with 12,600 personnel.', '2023-12-20')).toEqual([
      '2013 → match minusma.established',
      '12,600 → match minusma.strength.uniformed-2013',
    ]);
    expect(judged('La Minusma a été créée en 2013 avec 12 600 casques bleus.', '2023-12-20', true)).toEqual([
      '2013 → match minusma.established',
      '12 600 → match minusma.strength.uniformed-2013',
    ]);
    expect(judged('The mission has 9,000 peacekeepers.', '2023-01-28')).toEqual(['9,000 → conflict minusma.strength.total']);
  });

  it('reads a running total in an article written before it was counted as an earlier tally', () => {
    // True in 2014 and in 2017: the tallies of 2021 and 2023 and France's nine years were still growing.
    expect(judged('Some 30 peacekeepers have been killed.', '2014-06-01')).toEqual(['30 → unknown']);
    expect(judged('128 peacekeepers have been killed.', '2014-06-01')).toEqual(['128 → unknown']);
    expect(judged("France's two-year intervention goes on.", '2017-03-01')).toEqual(['two → unknown']);
    // A year's count is taken at the year's end.
    expect(judged('Some 8 peacekeepers were killed in 2022.', '2022-06-20')).toEqual(['8 → unknown', '2022 → unknown']);
    // A value counted by the article's date still agrees: 303 deaths as of May 2023.
    expect(judged('303 peacekeepers have died since 2013.', '2023-06-20')[0]).toBe('303 → match minusma.fatalities.all-causes');
    // Once counted, the totals judge as before.
    expect(judged('Some 30 peacekeepers have been killed.', '2023-06-20')[0]).toMatch(/^30 → conflict minusma\.casualties\.killed-/);
    expect(judged('Some 8 peacekeepers were killed in 2022.', '2023-02-01')).toEqual([
      '8 → conflict minusma.deadliest-2022',
      '2022 → unknown',
    ]);
  });

  it('reads a running total above one counted before the article as a later tally, disputed only by a later count it exceeds', () => {
    // 165 killed by hostile acts were counted by January 2023, about 180 by the end; 687 injured, then over 700.
    expect(judged('The mission has lost 174 peacekeepers in attacks.', '2023-07-15')).toEqual(['174 → unknown']);
    // Its card names both tallies.
    const [between] = annotateText('The mission has lost 174 peacekeepers in attacks.', engine, { articleDate: '2023-07-15' }).figures;
    expect(between?.explanation).toMatch(
      /^No stored count of this date\..*: 165 peacekeepers killed .*\(July 2013 – January 2023\) and about 180 deaths .*\(July 2013 – December 2023\)\.$/,
    );
    expect(
      annotateText('La mission a perdu 174 casques bleus dans des attaques.', engine, { french: true, articleDate: '2023-07-15' })
        .figures[0]?.status,
    ).toBe('unknown');
    expect(judged('Since 2013, 700 peacekeepers have been injured in attacks.', '2023-07-15')).toEqual([
      '2013 → match minusma.takeover',
      '700 → unknown',
    ]);
    expect(judged('About 190 peacekeepers were killed in attacks on the mission.', '2023-07-15')).toEqual([
      '190 → conflict minusma.fatalities.hostile-end',
    ]);
    // Once the later tally was made, a figure short of it disputes it.
    expect(judged('The mission has lost 174 peacekeepers in attacks.', '2024-03-01')).toEqual([
      '174 → conflict minusma.fatalities.hostile-end',
    ]);
    // In the month it was counted, the figure may be the same tally; a count of one year has no later tally.
    expect(judged('The mission has lost 174 peacekeepers in attacks.', '2023-01-20')).toEqual([
      '174 → conflict minusma.casualties.killed-2023',
    ]);
    expect(judged('In 2022, 20 peacekeepers were killed.', '2023-07-15')).toEqual([
      '2022 → unknown',
      '20 → conflict minusma.deadliest-2022',
    ]);
  });

  it('judges a figure by an earlier tally of the count when the tally it fits best was counted after the article', () => {
    // The 687 injured were counted in January 2023, after the article; the 649 of January 2021 before it.
    expect(judged('Some 600 peacekeepers have been injured in attacks.', '2022-06-15')).toEqual([
      '600 → conflict minusma.casualties.wounded-2021',
    ]);
    // Between the two, it may be a tally of the article's date; above the later one, it is too high for then.
    expect(judged('Some 670 peacekeepers have been injured in attacks.', '2022-06-15')[0]).toMatch(/^670 → unknown/);
    expect(judged('About 190 peacekeepers were killed in attacks on the mission.', '2022-06-15')).toEqual([
      '190 → conflict minusma.casualties.killed-2023',
    ]);
  });

  it('says which other source’s count a figure gives when it matches that one, not the canonical figure', () => {
    const said = (text: string, say = english) =>
      annotateText(text, engine, { articleDate: '2023-07-01', say, french: say !== english }).figures[0]?.explanation ?? '';
    // 165 is the review's count; France told the Council 180 in the same month.
    expect(said('More than 180 peacekeepers have been killed in hostile acts.')).toContain(
      'canonical figure: 165 peacekeepers killed by hostile acts since July 2013 (July 2013 – January 2023). The text agrees with 180, another source’s figure.',
    );
    expect(said('Plus de 180 casques bleus ont été tués dans des actes hostiles.', sayFrom(fr))).toContain(
      'Le texte concorde avec 180, le chiffre d’une autre source.',
    );
    expect(said('165 peacekeepers have been killed in hostile acts.')).not.toContain('agrees with');
    // Germany's 1,100 soldiers are in the source that gives its ceiling of 1,400.
    expect(said('Germany has about 1,100 soldiers in the mission.')).toContain(
      'The text agrees with 1,100, which the same source also gives.',
    );
  });

  it('matches the tallies of the mission’s end in an article of the month they were counted', () => {
    // The Secretary-General's 311 and AFP's about 180 were counted in December 2023, as the mission closed.
    expect(judged('The mission lost 311 peacekeepers, about 180 of them in attacks.', '2023-12-12')).toEqual([
      '311 → match minusma.fatalities.all-causes',
      '180 → match minusma.fatalities.hostile-end',
    ]);
    expect(judged('The mission lost 311 peacekeepers.', '2023-11-20')).toEqual(['311 → unknown']);
  });

  it('matches the latest tally of a count whose value the figure gives', () => {
    const text = 'Some 180 peacekeepers were killed in hostile acts.';
    // AFP's count at the end of the mission, not its count of September 2022 (over 175) that 180 also fits.
    expect(judged(text, '2024-01-02')).toEqual(['180 → match minusma.fatalities.hostile-end']);
    // Before the end, the tallies counted by then judge; `more than 175` is AFP's September count itself.
    expect(judged(text, '2023-06-30')).toEqual(['180 → match minusma.casualties.killed-2023']);
    expect(judged('More than 175 peacekeepers were killed in hostile acts.', '2024-01-02')).toEqual([
      '175 → match minusma.casualties.hostile-2022',
    ]);
  });

  it('judges a count within one year by no total counted since an earlier one', () => {
    expect(judged('In 2021, 28 peacekeepers were killed, the highest toll of any UN mission that year.', '2024-01-10')).toEqual([
      '2021 → unknown',
      '28 → unknown',
    ]);
    // A year said from the article's date counts too.
    expect(judged('Last year, 28 peacekeepers were killed, the highest toll of any mission.', '2022-03-01')).toEqual(['28 → unknown']);
    expect(judged("L'an dernier, 28 casques bleus ont été tués.", '2022-03-01')).toEqual(['28 → unknown']);
    // By a year, or since one, the count is a running total, and the tally of January 2021 disputes it.
    expect(judged('By 2021, 28 peacekeepers had been killed.', '2024-01-10')).toEqual([
      '2021 → unknown',
      '28 → conflict minusma.casualties.killed-2021',
    ]);
    expect(judged('In 2023, 150 peacekeepers had been killed since 2013.', '2024-01-10')[1]).toBe(
      '150 → conflict minusma.casualties.killed-2023',
    );
  });

  it('judges a count of injuries by no count of deaths, and the other way round', () => {
    // `attacks` is a cue of the 165 killed; the figure's own words say it counts the injured.
    expect(judged('Some 600 peacekeepers have been injured in attacks.', '2023-07-15')).toEqual([
      '600 → conflict minusma.casualties.injured-2023',
    ]);
  });

  it('matches a duration still running by how long it had run when the article was written, and says so', () => {
    // France's intervention began on 11 January 2013, the mission on 1 July 2013.
    expect(judged("France's four-year intervention goes on.", '2017-03-01')).toEqual(['four → match france.years-in-mali']);
    expect(judged('After ten years in Mali, the UN mission is leaving.', '2023-06-30')).toEqual(['ten → match minusma.years']);
    expect(judged('After ten years in Mali, the UN mission is leaving.', '2016-06-01')).toEqual(['ten → unknown']);
    const [three] = annotateText('The mission, three years after its deployment, is struggling.', engine, {
      articleDate: '2016-06-01',
    }).figures;
    expect(three?.explanation).toMatch(/When this article was written \(1 June 2016\), it had run 2\.9 years\.$/);
  });

  it('judges a running total counted after the article by the values counted by then, or by the year the text gives', () => {
    // 303 had died by May 2023: fewer, in June, is disputed; more than a few is not.
    expect(judged('200 peacekeepers have died in Mali.', '2023-06-20')).toEqual(['200 → conflict minusma.fatalities.all-causes']);
    expect(judged('Up to 100 peacekeepers have died in Mali.', '2023-06-20')).toEqual(['100 → conflict minusma.fatalities.all-causes']);
    expect(judged('More than 200 peacekeepers have died in Mali.', '2023-06-20')).toEqual(['200 → unknown']);
    // A tally of 2016 is an earlier tally, even in an article written once all were counted.
    expect(judged('By 2016, 100 peacekeepers had died.', '2023-06-20')).toEqual(['2016 → unknown', '100 → unknown']);
    expect(judged('By 2016, 100 peacekeepers had died.', '2024-03-01')).toEqual(['2016 → unknown', '100 → unknown']);
    expect(judged('311 peacekeepers died.', '2024-03-01')).toEqual(['311 → match minusma.fatalities.all-causes']);
  });
});
