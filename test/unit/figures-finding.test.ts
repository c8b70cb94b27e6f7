import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { findFigures } from '../../lib/engine/find-figures';
import { foldText } from '../../lib/engine/fold-text';
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
    // Swiss French groups them by an apostrophe, straight or curly; it joins no other digits.
    expect(figures("La mission comptait 13’289 militaires et 15'209 personnels en uniforme.", true).map((f) => f.value)).toEqual([
      13289, 15209,
    ]);
    expect(figures("He is 5'10 tall.").map((f) => f.value)).toEqual([5, 10]);
  });

  it('reads a dot between thousands in English where the number cannot be a decimal', () => {
    expect(figures('MINUSMA’s 17.500 personnel').map((f) => f.value)).toEqual([17500]);
    expect(figures('a population of 22.000.000').map((f) => f.value)).toEqual([22000000]);
    expect(figures('a budget of 1.250 billion').map((f) => f.value)).toEqual([1.25]);
    expect(figures('a ratio of 2.500 to one').map((f) => f.value)).toEqual([2.5]);
    expect(figures('the blue helmets, who numbered about 13.000, will leave').map((f) => f.value)).toEqual([13000]);
    expect(figures('a budget of 1.000 billion').map((f) => f.value)).toEqual([1]);
    // Up to two words between the count and its people, but no scale.
    expect(figures('Egypt had 1.030 Egyptian troops').map((f) => f.value)).toEqual([1030]);
    expect(figures('About 1.250 million people fled').map((f) => f.value)).toEqual([1_250_000]);
    // A translation's people: `effectives` (efectivos, effectifs) and `military`.
    expect(figures('The Minusma counted with 15.209 effectives authorised, of which 13.289 military.').map((f) => f.value)).toEqual([
      15209, 13289,
    ]);
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

  it('reads a decade (and decade-long) as ten years, nearly a decade or ten years as nine to ten, and a decade ago as no duration', () => {
    const linked = (text: string, french = false) =>
      annotateText(text, engine, { articleDate: '2023-12-20', french }).figures.map((f) =>
        `${f.text} → ${f.status} ${f.factId ?? ''}`.trim(),
      );
    expect(linked('MINUSMA left Mali after a decade.')).toEqual(['a decade → match minusma.years']);
    expect(linked('La Minusma quitte le Mali après une décennie.', true)).toEqual(['une décennie → match minusma.years']);
    expect(linked('After nearly a decade in Mali, France pulled out.')).toEqual(['a decade → match france.years-in-mali']);
    // A number's own noun says what it counts (`a 12-year mission`); France fought nine years.
    const later = (text: string) =>
      annotateText(text, engine, { articleDate: '2024-01-15' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
    expect(later('The 12-year mission ended in December 2023.')).toEqual([
      '12 → conflict minusma.years',
      'December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(later('France fought in Mali for 12 years.')).toEqual(['12 → conflict france.years-in-mali']);
    // Barkhane alone lasted eight of them, from August 2014 to November 2022.
    expect(later("France's eight-year counter-terrorism operation Barkhane ended on 9 November 2022.")).toEqual([
      'eight → match barkhane.years',
      '9 November 2022 → match barkhane.end',
    ]);
    expect(later('Operation Barkhane lasted five years.')).toEqual(['five → conflict barkhane.years']);
    // So nearly some years are the year before them to them: France's nine years and seven months, not the mission's ten.
    expect(linked("France's military presence lasted almost ten years.")).toEqual(['ten → match france.years-in-mali']);
    expect(linked('La présence militaire française a duré près de dix ans.', true)).toEqual(['dix → match france.years-in-mali']);
    // And the fraction of a year a duration ran to its end: the mission's ten and a half, from July 2013 to December 2023.
    expect(later('MINUSMA spent ten and a half years in Mali.')).toEqual(['ten and a half → match minusma.years']);
    expect(later('France spent 9.5 years fighting jihadists in Mali.')).toEqual(['9.5 → match france.years-in-mali']);
    expect(later('MINUSMA spent eleven years in Mali.')).toEqual(['eleven → conflict minusma.years']);
    // The mission said to last: its own span, disputed on that alone.
    expect(later('Claim: The UN mission lasted 15 years.')).toEqual(['15 → conflict minusma.years']);
    expect(later("France's mission lasted nine years.")).toEqual(['nine → match france.years-in-mali']);
    // A word said of the years between them and the number.
    expect(linked('For ten long years, the blue helmets patrolled Gao.')).toEqual(['ten → match minusma.years']);
    expect(linked('Pendant dix longues années, les casques bleus ont patrouillé à Gao.', true)).toEqual(['dix → match minusma.years']);
    // A headline's decade-long mission, and no decades of a conflict.
    expect(linked('UN says last peacekeepers leave Mali, ending decade-long mission')).toEqual(['decade → match minusma.years']);
    expect(linked('The decades-long conflict in Mali goes on.')).toEqual([]);
    expect(linked('A decade ago, France intervened in Mali.')).toEqual([]);
    expect(linked('Il y a une décennie, la France intervenait au Mali.', true)).toEqual([]);
    // Its own word is no cue: a decade of anything else is no count of the mission's years.
    expect(linked('For more than a decade the web has used XMLHttpRequest.')).toEqual(['a decade → unknown']);
  });

  it('reads a count in thousands, with its word and hundreds or a small glued k, and no screen, processor or game', () => {
    expect(figures('Some 15 thousand peacekeepers served.')).toMatchObject([{ text: '15 thousand', value: 15_000 }]);
    expect(figures('The 13k-strong force and its 17.5k personnel')).toMatchObject([
      { text: '13k', value: 13_000 },
      { text: '17.5k', value: 17_500 },
    ]);
    expect(figures('A 4K screen, an i7 4790k and NBA 2k17.')).toEqual([]);
    // A capital K before people is a headline's thousands.
    expect(figures('The UN’s 13K troops in Mali will leave.')).toMatchObject([{ text: '13K', value: 13_000 }]);
    // A translation from Russian gives the hundreds after the thousands; a year after them is no part of them.
    expect(figures('The mission counted 17 thousand 500 people.')).toMatchObject([{ text: '17 thousand 500', value: 17_500 }]);
    // But not a day of a date after it, and no two numbers overlap (cases the property tests found).
    expect(figures('1k 30 juin 2023', true).map((f) => f.text)).toEqual(['1k', '30 juin 2023']);
    expect(figures('1k 16/06/23', true).map((f) => f.text)).toEqual(['1k', '16/06/23']);
    expect(figures('1k 30-Jun-2023').map((f) => f.text)).toEqual(['1k', '30-Jun-2023']);
    expect(figures('2 mille une dizaine de milliers', true).map((f) => f.text)).toEqual(['2 mille']);
    expect(figures('mille neuf cent vingt mille neuf cent vingt soldats', true).map((f) => f.text)).toEqual(['mille neuf cent vingt']);
    expect(figures('winter 2021-22 June 16, 2023').map((f) => f.text)).toEqual(['2021', '22', 'June 16, 2023']);
    expect(figures('La mission comptait 17 mille 500 personnes.', true)).toMatchObject([{ text: '17 mille 500', value: 17_500 }]);
    expect(figures('About 15 thousand 2013 was the year.').map((f) => f.text)).toEqual(['15 thousand', '2013']);
  });

  it('reads a British `pc`, a hyphenated scale and a spaced count before `-strong` as one figure each', () => {
    const linked = (text: string) => linkedFigures(text, 'count');
    expect(linked('The referendum passed with 97pc of the vote.')).toEqual(['97pc → match mali.referendum-yes']);
    expect(linked('Its 1.2-billion-dollar budget was among the largest.')).toEqual(['1.2-billion → match minusma.budget']);
    // Billions in the plural, as translations write them.
    expect(linked('The mission cost yearly around 1,2 billions of US-dollars.')).toEqual(['1,2 billions → match minusma.budget']);
    // So do thousands, as a translation from Russian writes them.
    expect(linked('Chadian contingent, numbering 1,4 thousand servicemen, was the largest.')).toEqual([
      '1,4 thousand → match minusma.tcc.chad-2023',
    ]);
    expect(linked('The UN’s 15 209-strong force must leave.')).toEqual(['15 209 → match minusma.strength.ceiling']);
  });

  it('counts a sum of a thousand million dollars or more in billions, as the budget is', () => {
    const linked = (text: string, french = false) => linkedFigures(text, 'count', french);
    expect(linked('The mission had an annual budget of $1,200 million.')).toEqual(['1,200 million → match minusma.budget']);
    expect(linked('Le budget annuel était de 1 262 millions de dollars.', true)).toEqual(['1 262 millions → match minusma.budget']);
    // As a copy of `1.200 millones de dólares` writes it: a decimal of millions would be singular.
    expect(linked('The budget annual of the mission surpassed the 1.200 millions of dollars.')).toEqual([
      '1.200 millions → match minusma.budget',
    ]);
    expect(figures('The town has 1.2 million people.')).toMatchObject([{ value: 1_200_000 }]);
    // Not in another currency, nor people.
    expect(linked('The budget was 1,200 million euros.')).toEqual(['1,200 million → unknown']);
    expect(figures('About 1,200 million people live in Africa.')).toMatchObject([{ text: '1,200 million', value: 1_200_000_000 }]);
    // The millions a translation gives after the billions are theirs.
    expect(linked('The mission’s budget amounts to about one billion and 200 million dollars annually.')).toEqual([
      'one billion and 200 million → match minusma.budget',
    ]);
    expect(linkedFigures('Le budget annuel atteint 1 milliard et 200 millions de dollars.', 'count', true)).toEqual([
      '1 milliard et 200 millions → match minusma.budget',
    ]);
  });

  it('reads the French and Quebec short forms of billions and millions of dollars, and not of euros', () => {
    const linked = (text: string) => linkedFigures(text, 'count', true);
    expect(linked('Le budget atteignait 1,2 Md$.')).toEqual(['1,2 Md → match minusma.budget']);
    expect(linked('La mission coûtait 1,2 G$ par an.')).toEqual(['1,2 G → match minusma.budget']);
    expect(linked('Le budget de la mission était de 1262 M$ US.')).toEqual(['1262 M → match minusma.budget']);
    expect(linked('Le budget atteignait 1,2 Md€.')).toEqual(['1,2 → unknown']);
  });

  it('reads a decimal comma kept by a machine translation into English before a scale', () => {
    const linked = (text: string) => linkedFigures(text, 'count');
    expect(linked('The mission’s budget is $1,2 billion.')).toEqual(['1,2 billion → match minusma.budget']);
    expect(linked('Turnout in the referendum was 38,2%.')).toEqual(['38,2% → match mali.referendum-turnout']);
    // Per cent in words is part of the figure, as the sign is; approving is voting yes.
    expect(linked('The constitution was approved by 97 per cent of voters.')).toEqual(['97 per cent → match mali.referendum-yes']);
    // A share the constitution `passed` or was `adopted` with is its yes vote.
    expect(linked('The new constitution passed with 86.9 per cent of the vote.')).toEqual(['86.9 per cent → conflict mali.referendum-yes']);
    expect(linkedFigures('La constitution a été approuvée par 97 pour cent des votants.', 'count', true)).toEqual([
      '97 pour cent → match mali.referendum-yes',
    ]);
    // A French scale left in the text reads the same (a quote, or a page that says it is English).
    expect(linked('The mission had a budget of 1,2 milliard de dollars.')).toEqual(['1,2 milliard → match minusma.budget']);
    expect(figures('Items 1,2 and 3 were listed.').map((f) => f.value)).toEqual([1, 2, 3]);
  });

  it('reads no time of day and no telephone number', () => {
    const read = (text: string, french = false) => figures(text, french).map((f) => f.text);
    expect(read('The vote took place at 10 a.m. on Friday; the council met again at 3pm and at 9 pm.')).toEqual([]);
    expect(read('Le vote a eu lieu à 10h30, heure de New York.', true)).toEqual([]);
    expect(read('Call +223 20 22 33 44 or 01 42 34 56 78 for 17,500 troops.')).toEqual(['17,500']);
    expect(read('12 peacekeepers left at 10 am.')).toEqual(['12']);
  });

  it('reads no ordinal, no age, no decade and no number that is part of a name', () => {
    const texts = (text: string, french = false) => figures(text, french).map((f) => f.text);
    expect(texts('On the 20th anniversary, Mi-24 helicopters, Su-25 jets and 4x4 trucks arrived despite COVID-19.')).toEqual([]);
    expect(texts('Le 2e contingent est arrivé à 10h30 avec 300 soldats.', true)).toEqual(['300']);
    expect(texts('Mis à jour à 16 h 05. Vers 5 h, 300 soldats sont partis.', true)).toEqual(['300']);
    expect(texts('By mid-2024, the $1.2bn mission had gone.')).toEqual(['2024', '1.2bn']);
    // A year-like number after a code's capitals or a letter is the code's (a flight's, a model's).
    expect(texts('Flight MS-2013 landed with 150 peacekeepers; an A-2013 model too.')).toEqual(['150']);
    expect(texts('À la mi-2022, Barkhane comptait 2 500 soldats.', true)).toEqual(['2022', '2 500']);
    expect(texts('Updated 14:05 GMT. At 9:30 am, 300 peacekeepers left; the vote was 13:0.')).toEqual(['300']);
    expect(texts('Last modified on Thu 30 Jun 2023 16.05 EDT; l’accord de 2015 est mort.', true)).toEqual(['30 Jun 2023', '2015']);
    // A document symbol, a protocol's version or an address holds numbers of its name.
    expect(texts('By S/RES/2100 (2013), over HTTP/1.1 at example.org/works/11808918, 300 soldiers left.')).toEqual(['2013', '300']);
    // A list's number where a line starts, or one after `#`, labels what follows it.
    expect(texts('1. Decides to terminate the mandate;\n  2) Requests 300 troops to leave;\nCoup #2 came 9 months later.')).toEqual([
      '300',
      '9',
    ]);
    expect(texts('They counted 12. The rest left.')).toEqual(['12']);
    // An item may open with a number of its own.
    expect(texts('Factbox:\n3. 311 peacekeepers died.\nIn 2013. 165 were killed.')).toEqual(['311', '2013', '165']);
    // So does a thread's post numbered of all its posts, both numbers; a fraction elsewhere is read.
    expect(texts('Thread 🧵 1/5 How did it end?\n2/5 The mandate authorised 12,640 personnel.')).toEqual(['12,640']);
    expect(texts('Thread 🧵 1/7: The numbers.\n2/7: 311 died. Section 3 reviews them.')).toEqual(['311']);
    expect(texts('About 1/5 of the troops left.')).toEqual(['1', '5']);
    // An age counts nothing the facts hold.
    expect(texts('A 24-year-old peacekeeper, 30-year-olds, a man 25 years old and 300 soldiers died.')).toEqual(['300']);
    // Nor do ages after `aged`, alone or listed, or set off by commas after a name; a list after a place is counts.
    expect(texts('Three peacekeepers, aged 24, 29 and 31, were killed; Sergeant Mahamat Issa, 32, was one.')).toEqual(['Three']);
    // French gives the years; ten years of a mission set off so are still its ten years.
    expect(texts('Le colonel Goïta, 40 ans, et Abdoulaye Diop, 57 ans) ; la mission, 10 ans, a pris fin.', true)).toEqual(['10']);
    expect(texts('Trois Casques bleus âgés de 24, 29 et 31 ans ont été tués.', true)).toEqual(['Trois']);
    expect(texts('In Mali, 29, 31 and 165 peacekeepers died.')).toEqual(['29', '31', '165']);
    // A decade as French names it is no date.
    expect(texts('Dans les années 2010, en 2013, les groupes jihadistes se sont étendus.', true)).toEqual(['2013']);
    // Nor does a number that names an option, a phase or an article.
    expect(texts('Option two added 2,000 troops; phase 3 and Chapter 7 followed.')).toEqual(['2,000']);
    expect(texts('Flight ET 935, a Boeing 737, carried 150 peacekeepers home (page 12).')).toEqual(['150']);
    // Nor a council's size, which is no vote; a force's size is a count.
    expect(texts('The 15-member Council and the 193-member General Assembly met; a 13,000-member force stayed.')).toEqual(['13,000']);
    // A fact check's or a listicle's heading, its colon right after; not a count after such a word.
    expect(texts('Claim 3: "More than 300 peacekeepers died."')).toEqual(['300']);
    expect(texts('Idée reçue n° 2 : la mission coûtait 3 milliards. Mythe 4 : elle a perdu 500 hommes.', true)).toEqual([
      '3 milliards',
      '500',
    ]);
    expect(texts('The question 300 peacekeepers asked: why?')).toEqual(['300']);
    // Nor a resolution's number that names what it set up.
    expect(texts('The 2374 sanctions regime and the 2374 Mali sanctions committee ended on 31 August 2023.')).toEqual(['31 August 2023']);
    expect(texts('L’article 5 de l’accord et la deuxième option, 2 000 soldats.', true)).toEqual(['2 000']);
    // Nor zero: a vote's tally, a space slipped into a number.
    expect(texts('The Council voted 15-0, then 13 to 0; the mission had 175 00 personnel.')).toEqual(['15', '13', '175']);
    // Nor one that places a study's citation (`p. 14`, `para. 4`, `OP 16`, `Table 2`, a footnote), but a year in brackets is.
    expect(texts('Table 2 (p. 14, para. 4; OP 16) counts 311 deaths [3], as in 2023 [2024].')).toEqual(['311', '2023', '2024']);
    // Nor a post's number in a thread, nor a day numbered zero.
    expect(texts('1/ MINUSMA by the numbers: 311 dead. 2/ At its peak, 13,000 troops; 3/5 of them left.')).toEqual([
      '311',
      '13,000',
      '3',
      '5',
    ]);
    expect(findFigures(foldText('The Council voted 15-0 Nov 14.'), false, '2022-12-01').map((f) => f.text)).toEqual(['15', 'Nov 14']);
  });

  it('joins groups that only a plain space separates in English before people or a group starting with a zero, or in a text that so groups one, and nowhere else', () => {
    expect(figures('in 2013 500 people fled').map((f) => f.text)).toEqual(['2013', '500']);
    expect(figures('On June 30 300 peacekeepers left.').map((f) => f.text)).toEqual(['300']);
    expect(figures('Rooms 12 300 and 301 were closed.').map((f) => f.value)).toEqual([12, 300, 301]);
    expect(figures('MINUSMA has 17 500 personnel and 1 920 police.').map((f) => f.value)).toEqual([17500, 1920]);
    expect(figures('The force had 15 209 authorised uniformed personnel.').map((f) => f.value)).toEqual([15209]);
    expect(figures('The Minusma counted 15 209 agents in uniform authorised.').map((f) => f.value)).toEqual([15209]);
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
    // A plural verb after the words says they count people, as a noun would.
    expect(figures('One hundred and sixty-five were killed in hostile acts.').map((f) => f.value)).toEqual([165]);
    expect(figures('one is enough').length).toBe(0);
    // Several words count what they are part of; Swiss French counts eighty as huitante.
    expect(figures('La mission a perdu trois cent onze de ses membres.', true).map((f) => f.value)).toEqual([311]);
    expect(figures('deux de ses membres', true).length).toBe(0);
    expect(figures('huitante observateurs', true).map((f) => f.value)).toEqual([80]);
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
    expect(read('cinq mille cent soldats, mille cent policiers', true)).toEqual(['cinq mille cent=5100', 'mille cent=1100']);
    // Its article is its first word, and is highlighted with it.
    expect(read('A hundred and sixty-five peacekeepers and about a thousand fighters')).toEqual([
      'A hundred and sixty-five=165',
      'a thousand=1000',
    ]);
    expect(read('Half a dozen camps and a dozen bases')).toEqual(['Half a dozen=6', 'a dozen=12']);
    // Without it, as a translation from Russian writes it, too.
    expect(read('numbering about thousand fighters')).toEqual(['thousand=1000']);
    // A number and a half, of the thousand or the scale after it, is one figure.
    expect(read('Seventeen and a half thousand people worked there.')).toEqual(['Seventeen and a half thousand=17500']);
    expect(read('It cost one and a half billion dollars over ten and a half years.')).toEqual([
      'one and a half billion=1.5',
      'ten and a half=10.5',
    ]);
  });

  it('reads a decimal as it is said, and no year as it is said, as one figure each', () => {
    const read = (text: string, french = false) => figures(text, french).map((f) => `${f.text}=${f.value}`);
    // A transcript's `one point two billion` is the budget, not two billion; a count is in thousands too.
    expect(read('The budget was something like one point two billion a year.')).toEqual(['one point two billion=1.2']);
    expect(read('About seventeen point five thousand peacekeepers served.')).toEqual(['seventeen point five thousand=17500']);
    expect(read('un budget d’un virgule deux milliard de dollars', true)).toEqual(['un virgule deux milliard=1.2']);
    expect(annotate('Honestly the budget was one point two billion a year.').figures.map((f) => `${f.text} → ${f.status}`)).toEqual([
      'one point two billion → match',
    ]);
    // `twenty thirteen` is a year as it is said: its first word counts nothing.
    expect(read('It was there for ten years, from twenty thirteen to twenty twenty-three.')).toEqual(['ten=10']);
    // Words with hundreds or thousands that end their clause count what the sentence spoke of; not a year said
    // so, nor a chapter's number before its colon.
    expect(read('The death toll stood at three hundred and eleven.')).toEqual(['three hundred and eleven=311']);
    expect(read('Le bilan s’élève à trois cent onze.', true)).toEqual(['trois cent onze=311']);
    expect(read('It happened in nineteen hundred and sixty.')).toEqual([]);
    expect(read('ONE HUNDRED TWO: What the soldiers saw')).toEqual([]);
  });

  it('reads an article before a scale word as one of it, and `half a` as half of it', () => {
    const read = (text: string, french = false) => figures(text, french).map((f) => `${f.text}=${f.value}`);
    expect(read('The mission cost over a billion dollars a year.')).toEqual(['a billion=1']);
    expect(read('La mission a coûté plus d’un milliard de dollars par an.', true)).toEqual(['un milliard=1']);
    expect(read('Nearly a million people fled.')).toEqual(['a million=1000000']);
    expect(read('A billionaire bought a club for one dollar.')).toEqual([]);
    // Half of one, in either language.
    expect(read('Insecurity keeps half a million children out of school.')).toEqual(['half a million=500000']);
    expect(read('La crise touche un demi-million de personnes.', true)).toEqual(['un demi-million=500000']);
    expect(
      annotate('La mission a coûté plus d’un milliard de dollars par an.', true).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`),
    ).toEqual(['un milliard → match minusma.budget']);
  });

  it('reads the French counts in tens, dozens, hundreds and thousands, of thousands too, as rounded figures of the noun after `de`', () => {
    const read = (text: string) => figures(text, true).map((f) => `${f.text}=${f.value} ${f.qualifier}`);
    expect(read('une dizaine de casques bleus, un millier d’hommes')).toEqual(['une dizaine=10 about', 'un millier=1000 about']);
    expect(read('une centaine de soldats et une douzaine de policiers')).toEqual(['une centaine=100 about', 'une douzaine=12 about']);
    expect(read('plus d’un millier de combattants')).toEqual(['un millier=1000 over']);
    expect(read('une vingtaine de casques bleus, une quinzaine de pays, une trentaine de soldats')).toEqual([
      'une vingtaine=20 about',
      'une quinzaine=15 about',
      'une trentaine=30 about',
    ]);
    // So are thousands and millions (`une dizaine de milliers`); `des dizaines de milliers` gives no number.
    expect(read('une quinzaine de milliers de casques bleus, des dizaines de milliers de déplacés')).toEqual([
      'une quinzaine de milliers=15000 about',
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
    expect(figures('close to 320 peacekeepers died')[0]?.qualifier).toBe('about');
    expect(figures('just under 15,000 soldiers')[0]?.qualifier).toBe('about');
    // As people say it, in either language.
    expect(figures('north of 300 died; something like 15,000 troops; shy of 200 killed').map((f) => f.qualifier)).toEqual([
      'over',
      'about',
      'about',
    ]);
    expect(figures('pas loin de 300 morts, grosso modo 13 000 hommes, dans les 13 000 soldats', true).map((f) => f.qualifier)).toEqual([
      'about',
      'about',
      'about',
    ]);
    expect(figures('it cost more than $1 billion')[0]?.qualifier).toBe('over');
    expect(figures('its budget topped $1 billion')[0]?.qualifier).toBe('over');
    expect(figures('the force never had more than 13,500 troops')[0]?.qualifier).toBe('up to');
    expect(figures('no more than 250 soldiers')[0]?.qualifier).toBe('up to');
    expect(figures('le budget dépassait 1 milliard de dollars', true)[0]?.qualifier).toBe('over');
    expect(figures('its 12,000-plus troops and 900+ police').map((f) => `${f.text} ${f.qualifier}`)).toEqual(['12,000 over', '900 over']);
  });

  it('reads the first day of a range of days in one month as a day of that month', () => {
    expect(figures('Dans la nuit du 12 au 13 août 2023, le camp a été évacué.', true).map((f) => `${f.text} ${f.date}`)).toEqual([
      '12 2023-08-12',
      '13 août 2023 2023-08-13',
    ]);
    // An ordinal's ending is the day's.
    const texts = findFigures(foldText('The flag came down on December 11th; the 12th and 13th of August 2023.'), false, '2023-12-28');
    expect(texts.map((f) => f.text)).toEqual(['December 11th', '12th', '13th of August 2023']);
  });

  it('reads a month of a year as American English and translations write it', () => {
    expect(figures('Barkhane was finished in November of 2022.').map((f) => `${f.text} ${f.date}`)).toEqual(['November of 2022 2022-11']);
    expect(figures('They left in the month of August of the year 2022.').map((f) => `${f.text} ${f.date}`)).toEqual([
      'August of the year 2022 2022-08',
    ]);
    // A day's too, whole: its day and its month are not read apart, two highlights over one month.
    expect(figures('The last blue helmets left Kidal on 31 of October of 2023.').map((f) => `${f.text} ${f.date}`)).toEqual([
      '31 of October of 2023 2023-10-31',
    ]);
    expect(figures('The Council acted on June 30 of 2023.').map((f) => `${f.text} ${f.date}`)).toEqual(['June 30 of 2023 2023-06-30']);
  });

  it('reads dates in English and French at the precision they are written', () => {
    expect(figures('since July 2013').map((f) => f.date)).toEqual(['2013-07']);
    expect(figures('on June 30, 2023').map((f) => f.date)).toEqual(['2023-06-30']);
    expect(figures('le 30 juin 2023', true).map((f) => f.date)).toEqual(['2023-06-30']);
    expect(figures('le 1er juillet 2013', true).map((f) => f.date)).toEqual(['2013-07-01']);
    // In digits, the day comes first where it is over 12, the month where the other is; else only the year is sure.
    const numeric = figures('on 30/06/2023, on 30.06.2023, on 06/30/2023 and on 07/01/2013');
    expect(numeric.map((f) => `${f.text}=${f.date}`)).toEqual([
      '30/06/2023=2023-06-30',
      '30.06.2023=2023-06-30',
      '06/30/2023=2023-06-30',
      '07/01/2013=2013',
    ]);
    // French always puts the day first.
    expect(figures('le 07/01/2013 et le 11.12.2023', true).map((f) => `${f.text}=${f.date}`)).toEqual([
      '07/01/2013=2013-01-07',
      '11.12.2023=2023-12-11',
    ]);
    // A year of two digits with slashes is this century's; in English, only a day and month told apart make a date.
    expect(figures('le 16/06/23', true).map((f) => `${f.text}=${f.date}`)).toEqual(['16/06/23=2023-06-16']);
    expect(figures('on 6/16/23').map((f) => `${f.text}=${f.date}`)).toEqual(['6/16/23=2023-06-16']);
    // So is one after an apostrophe, after a month and maybe a day, as posts write them; a quote opened before a number is none.
    expect(
      figures("out by May '24; announced Nov 14, '22, or 14 Nov ’22; he said '22 died'").map((f) => `${f.text}=${f.date ?? ''}`),
    ).toEqual(["May '24=2024-05", "Nov 14, '22=2022-11-14", '14 Nov ’22=2022-11-14', '22=']);
    // A day, a month's short name and a year joined by dashes, as databases write them.
    expect(figures('on 30-Jun-2023').map((f) => `${f.text}=${f.date}`)).toEqual(['30-Jun-2023=2023-06-30']);
    // A day with a German ordinal's dot, as translations from German write it: no count of 30.
    expect(figures('The Council has on 30. June 2023 the end decided.').map((f) => `${f.text}=${f.date}`)).toEqual([
      '30. June 2023=2023-06-30',
    ]);
    // A month of a year in figures, as forms write it; a whole day's month is its own.
    expect(figures('Wagner arrived 12/2021; the mandate ended on 30/06/2023.', true).map((f) => `${f.text}=${f.date}`)).toEqual([
      '12/2021=2021-12',
      '30/06/2023=2023-06-30',
    ]);
    // Beside a day and a year, `Mar` is March; before a year alone it may be the verb.
    expect(figures('on Mar 9, 2018 and 19 Mar 2023').map((f) => `${f.text}=${f.date}`)).toEqual([
      'Mar 9, 2018=2018-03-09',
      '19 Mar 2023=2023-03-19',
    ]);
    expect(figures('Violence could mar 2024 elections.').map((f) => `${f.text}=${f.date}`)).toEqual(['2024=2024']);
    // As it is said: `June the 16th, 2023`.
    expect(figures('on June the 16th, 2023').map((f) => `${f.text}=${f.date}`)).toEqual(['June the 16th, 2023=2023-06-16']);
    // And with the day in words, as speech and translations write it.
    const said = (text: string) => figures(text).map((f) => `${f.text}=${f.date}`);
    expect(said('The withdrawal began on the first of July 2023.')).toEqual(['first of July 2023=2023-07-01']);
    expect(said('It ended on the thirty-first of December, 2023.')).toEqual(['thirty-first of December, 2023=2023-12-31']);
    expect(said('Created on April the twenty fifth, 2013.')).toEqual(['April the twenty fifth, 2013=2013-04-25']);
    expect(said('The first of its kind in 2023.')).toEqual(['2023=2023']);
    // Year first, the month comes next, with dashes, slashes or dots.
    expect(figures('on 2023-06-30, 2023/06/30 and 2023.06.30').map((f) => `${f.text}=${f.date}`)).toEqual([
      '2023-06-30=2023-06-30',
      '2023/06/30=2023-06-30',
      '2023.06.30=2023-06-30',
    ]);
    // A time may follow, as machines write it.
    expect(figures('at 2023-06-16T10:00Z').map((f) => `${f.text}=${f.date}`)).toEqual(['2023-06-16=2023-06-16']);
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

  it('dates a day without a year in the year of the date it is paired with', () => {
    const dates = (text: string, french = false) => findFigures(foldText(text), french).map((f) => `${f.text} ${f.date}`);
    expect(dates('The agreement was signed in Bamako on 15 May and 20 June 2015.')).toEqual([
      '15 May 2015-05-15',
      '20 June 2015 2015-06-20',
    ]);
    expect(dates('L’accord a été signé à Bamako les 15 mai et 20 juin 2015.', true)).toEqual([
      '15 mai 2015-05-15',
      '20 juin 2015 2015-06-20',
    ]);
    expect(dates('L’accord a été signé le 15 mai et le 20 juin 2015.', true)).toEqual(['15 mai 2015-05-15', '20 juin 2015 2015-06-20']);
    expect(dates('It was signed on 15 May and on 20 June 2015.')).toEqual(['15 May 2015-05-15', '20 June 2015 2015-06-20']);
    expect(dates('The drawdown ran from 1 July to December 2023.')).toEqual(['1 July 2023-07-01', 'December 2023 2023-12']);
    // Another year of the sentence before the day is the other year it may mean.
    expect(
      annotateText('Mali left the G5 Sahel on 15 May 2022, effective June 30.', engine, { articleDate: '2023-09-01' }).figures.map(
        (f) => `${f.text} → ${f.status} ${f.factId}`,
      ),
    ).toEqual(['15 May 2022 → match g5.mali-exit', 'June 30 → match g5.mali-exit-effective']);
    // So is a year written alone before it, as timelines write them, but not one a span runs since.
    const judged = (text: string, articleDate: string, french = false) =>
      annotateText(text, engine, { articleDate, french }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(judged('2020: Coup ousts President Ibrahim Boubacar Keïta on 18 August.', '2023-07-15')).toEqual([
      '2020 → match mali.coup-2020',
      '18 August → match mali.coup-2020',
    ]);
    expect(judged('Le mandat, renouvelé chaque année depuis 2013, expirait le 30 juin.', '2024-01-05', true)).toEqual([
      '2013 → match minusma.takeover',
      '30 juin → match minusma.terminated',
    ]);
    // A date further on in the sentence is no pair: the day stays without a year, and no figure.
    expect(dates('The CMA signed on 20 June, a month after the government signed on 15 May 2015.')).toEqual(['15 May 2015 2015-05-15']);
    expect(
      annotate('The 2015 peace agreement was signed in Bamako on 15 May and 20 June 2015.').figures.map(
        (f) => `${f.text} → ${f.status} ${f.factId}`,
      ),
    ).toEqual(['15 May → match algiers.signed', '20 June 2015 → match algiers.cma-signed']);
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
    expect(kinds('Le Conseil a autorisé 1920 policiers et 2000 hommes de plus.')).toEqual(['1920 count', '2000 count']);
    // A bare first number shares the thousands of the second.
    expect(figures('roughly 12-13,000 uniformed personnel')).toMatchObject([{ text: '12-13,000', value: 12_000, valueTo: 13_000 }]);
    expect(figures('from 50 to 1,000 people')).toMatchObject([{ value: 50, valueTo: 1000 }]);
    // A count that went from one value to another is two counts.
    expect(figures('the Council raised the troop ceiling from 11,240 to 13,289').map((f) => f.text)).toEqual(['11,240', '13,289']);
    expect(figures('le plafond est passé de 1 440 à 1 920 policiers', true).map((f) => f.text)).toEqual(['1 440', '1 920']);
    // A year after `in` is the date of the first, not the start of a range up to the second.
    expect(figures('it rose from 11,200 in 2013 to 13,289 in 2019').map((f) => f.text)).toEqual(['11,200', '2013', '13,289', '2019']);
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
