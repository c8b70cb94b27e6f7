import { describe, expect, it } from 'vitest';
import { linkedFigures } from '../support/engine';

// Sentences of wider MINUSMA coverage that give dates: each date's verdict and the event it was judged by.
const dates = (text: string, french = false) => linkedFigures(text, 'date', french);

describe('the event a date’s clause or sentence speaks of', () => {
  it('judges each of two dates in one sentence by the event it dates', () => {
    // A year written alone in another clause dates that clause's event, not this one's.
    expect(
      dates('By 2017, jihadists had spread to the centre of the country, and the mission’s mandate was expanded in 2019 to cover it.'),
    ).toEqual(['2017 → unknown', '2019 → match minusma.mandate-2019']);
    expect(dates('The Security Council voted to end the mission in 2023, and the last troops left in June 2024.')).toEqual([
      '2023 → match minusma.terminated',
      'June 2024 → conflict minusma.withdrawal-complete',
    ]);
    // In its own clause, it may name the event the date is wrong for.
    expect(dates('Le coup d’État de 2020 a eu lieu le 18 août 2019.', true).at(-1)).toBe('18 août 2019 → conflict mali.coup-2020');
    expect(dates('The referendum planned for 19 March 2023 was postponed on 10 March 2023.')).toEqual([
      '19 March 2023 → match mali.referendum-planned',
      '10 March 2023 → match mali.referendum-postponed',
    ]);
    expect(dates('Le référendum prévu le 19 mars 2023 a été reporté le 10 mars 2023.', true)).toEqual([
      '19 mars 2023 → match mali.referendum-planned',
      '10 mars 2023 → match mali.referendum-postponed',
    ]);
    expect(dates('On 25 September 2023 the junta postponed the presidential election planned for February 2024.')).toEqual([
      '25 September 2023 → match mali.presidential-postponed',
      'February 2024 → match mali.presidential-planned',
    ]);
    // Mali's legislative elections, whether or not its National Assembly is named.
    expect(
      dates('Goïta is committed to electing parliamentarians in October 2023 and holding presidential elections in February 2024.'),
    ).toEqual(['October 2023 → match mali.legislative-planned', 'February 2024 → match mali.presidential-planned']);
    expect(
      dates('Le 25 septembre 2023, la junte a reporté la présidentielle prévue en février 2024 pour des raisons techniques.', true),
    ).toEqual(['25 septembre 2023 → match mali.presidential-postponed', 'février 2024 → match mali.presidential-planned']);
    // With no day of its own, the postponement does not take the day the vote was planned for.
    expect(dates('The junta postponed a presidential vote planned for February 2024.')).toEqual([
      'February 2024 → match mali.presidential-planned',
    ]);
    expect(dates('La présidentielle, prévue en février 2024, a été reportée sine die.', true)).toEqual([
      'février 2024 → match mali.presidential-planned',
    ]);
  });

  it('judges a date by its own clause when the clause speaks of an event', () => {
    expect(dates('MINUSMA was set up in April 2013 after a French-led intervention ousted jihadists.')).toEqual([
      'April 2013 → match minusma.established',
    ]);
    expect(dates('La Minusma a été créée en avril 2013, après l’intervention française Serval lancée en janvier 2013.', true)).toEqual([
      'avril 2013 → match minusma.established',
      'janvier 2013 → match serval.start',
    ]);
    expect(dates('The Council, which renewed the mandate in June 2022, ended it in June 2023.')).toEqual([
      'June 2022 → match minusma.mandate-2022',
      'June 2023 → match minusma.terminated',
    ]);
  });

  it('judges a date against the event of the subject its sentence names, over one with a cue more', () => {
    expect(dates('Egypt, with 1,072 troops, suspended its participation in July 2022.')).toEqual(['July 2022 → conflict egypt.suspension']);
    expect(dates('The armed movements suspended their participation in December 2022.')).toEqual(['December 2022 → match cma.suspension']);
    // The press's other name for them; armed groups alone may be any.
    expect(dates('The signatory armed groups suspended their participation in December 2022.')).toEqual([
      'December 2022 → match cma.suspension',
    ]);
    expect(dates('Les groupes armés signataires ont suspendu leur participation en décembre 2022.', true)).toEqual([
      'décembre 2022 → match cma.suspension',
    ]);
    // French names Egypt's soldiers `égyptiens`, which is no ending of `Égypte`.
    expect(dates('Les casques bleus égyptiens ont suspendu leurs activités en août 2022.', true)).toEqual([
      'août 2022 → match egypt.suspension',
    ]);
  });

  it('does not dispute a date with an event its sentence only names, or speaks of in another clause', () => {
    for (const text of [
      'Wagner mercenaries killed hundreds of people in Moura in March 2022.',
      'In 2022, the German Bundeswehr flew drones over Gao.',
      'Transitional president Assimi Goita met ECOWAS leaders on 5 May 2022.',
      'Goita, who seized power in a 2020 coup, met ECOWAS leaders on 5 May 2022.',
      'The junta, which postponed the referendum, announced new rules in April 2023.',
    ])
      expect(dates(text).filter((d) => d.includes('conflict'))).toEqual([]);
    // A clause that is only the date, or that holds the event's own words, is still disputed by it.
    expect(dates('On 25 October 2023, the junta postponed the presidential election.')).toEqual([
      '25 October 2023 → conflict mali.presidential-postponed',
    ]);
    expect(dates('Goita was sworn in on 7 July 2021.')).toEqual(['7 July 2021 → conflict mali.goita-sworn-in']); // A clause of its own after `and` confirms no day of an event of a whole year.
    expect(dates('The CMA resumed hostilities in August 2023, and the army shelled Anefis on Oct. 7, 2023.')).toEqual([
      'August 2023 → match cma.hostilities-resumed',
      'Oct. 7, 2023 → unknown',
    ]);
    // Where the clause speaks of an event of its own, that event decides.
    expect(dates('The CMA resumed hostilities in August 2023, and the army took Kidal on Nov. 14, 2023.')).toEqual([
      'August 2023 → match cma.hostilities-resumed',
      'Nov. 14, 2023 → match fama.kidal-taken',
    ]);
    // The words the other way round.
    expect(dates('Fighting resumed between the CSP and the army in August 2023.')).toEqual(['August 2023 → match cma.hostilities-resumed']);
  });

  it('confirms a whole day that is the date of an event whose subject the sentence names, in any words', () => {
    expect(dates('Côte d’Ivoire said on November 11, 2022 that it would withdraw its soldiers.')).toEqual([
      'November 11, 2022 → match cote-divoire.exit-announced',
    ]);
    expect(dates('The Bundestag capped the Bundeswehr at 1,400 soldiers until 31 May 2024.')).toEqual(['31 May 2024 → match germany.exit']);
    // Not a day of another subject's event, nor a month.
    expect(dates('Chad said on November 11, 2022 that it would stay.')).toEqual(['November 11, 2022 → unknown']);
    expect(dates('Côte d’Ivoire said in November 2022 that it would stay.')).toEqual(['November 2022 → unknown']);
    // An announcement in any form of the verb: not the last rotation its `withdrawal` would cue.
    expect(dates('Côte d’Ivoire had 857 soldiers in MINUSMA before announcing its withdrawal in November 2022.')).toEqual([
      'November 2022 → match cote-divoire.exit-announced',
    ]);
  });

  it('confirms a date that qualifies a name or an event on that event, and judges it no further', () => {
    expect(dates('The 2015 peace deal collapsed.')).toEqual(['2015 → match algiers.signed']);
    expect(dates('L’accord d’Alger de 2015 est mort.', true)).toEqual(['2015 → match algiers.signed']);
    // A headline drops the article; a date placed in time by `in` qualifies nothing.
    expect(dates('Mali’s junta ends 2015 Algiers peace deal with northern rebels')).toEqual(['2015 → match algiers.signed']);
    expect(dates('In 2015 peace deal talks stalled.')).toEqual(['2015 → unknown']);
    // A group named by the day it was founded.
    expect(dates('La Plateforme des mouvements du 14 juin 2014 d’Alger soutient Bamako.', true)).toEqual([
      '14 juin 2014 → match platform.formed',
    ]);
    expect(dates('The 2016 peace deal collapsed.')).toEqual(['2016 → unknown']);
    // The event itself, whoever else the sentence names: `the 2020 coup` is no detention of 2021.
    expect(dates('Prime Minister Boubou Cissé was detained during the 2020 coup.')).toEqual(['2020 → match mali.coup-2020']);
    // So are dates in brackets after it: the coups', not Wagner's arrival named after them.
    expect(dates('Following two coups (2020 and 2021) and the arrival of Wagner, relations collapsed.')).toEqual([
      '2020 → match mali.coup-2020',
      '2021 → match wagner.arrival',
    ]);
    expect(dates('Bah Ndaw was detained in the 2019 coup.')).toEqual(['2019 → conflict mali.coup-2021']);
    // `the end of 2022` names no event that ended then.
    expect(dates('The blue helmets numbered 13,000 at the end of 2022.')).toEqual(['2022 → unknown']);
    expect(dates('In 2022 Egypt said it would send more troops.')).toEqual(['2022 → unknown']);
  });

  // An event of a country, a person, an operation, a group or a body, in sentences that name it or not.
  const OWN_EVENTS: [sentence: string, judged: string, french?: boolean][] = [
    ['La France a retiré ses derniers soldats du Mali le 15 août 2022.', '15 août 2022 → match barkhane.mali-exit', true],
    ['Britain will withdraw its last soldiers by May 2024.', 'May 2024 → unknown'],
    ['Germany will withdraw its last soldiers by May 2025.', 'May 2025 → conflict germany.exit'],
    ['Egyptian troops suspended their activities on 15 August 2022.', '15 August 2022 → match egypt.suspension'],
    ['The last German soldiers will leave by May 2024.', 'May 2024 → match germany.exit'],
    ['Berlin decided to bring its troops home by May 2024.', 'May 2024 → match germany.exit'],
    ['German troops flew home from Gao in December 2023.', 'December 2023 → match germany.left'],
    ['Germany’s soldiers came home in October 2023.', 'October 2023 → conflict germany.left'],
    // What happened beside what was planned: Mali's demand brought Germany's end forward.
    ['Germany’s last soldiers left Mali in December 2023.', 'December 2023 → match germany.left'],
    ['Les derniers soldats allemands ont quitté le Mali en mai 2024.', 'mai 2024 → conflict germany.left', true],
    ['L’Allemagne a retiré son dernier contingent en décembre 2023.', 'décembre 2023 → match germany.left', true],
    ['The last Bundeswehr soldiers returned from Mali in December 2023.', 'December 2023 → match germany.left'],
    ['Les derniers soldats allemands sont rentrés du Mali en mai 2024.', 'mai 2024 → conflict germany.left', true],
    ['Germany withdrew its final contingent in December 2023.', 'December 2023 → match germany.left'],
    ['Les derniers soldats allemands partiront d’ici mai 2025.', 'mai 2025 → conflict germany.exit', true],
    ['The last French soldiers left Mali in August 2022.', 'August 2022 → match barkhane.mali-exit'],
    // Its presence in Mali ended that August; the operation, in November.
    ['France ended its military presence in Mali in August 2022.', 'August 2022 → match barkhane.mali-exit'],
    // How long it lasted stands between the words of the event.
    ['France ended its nine-year military presence in Mali in August 2022.', 'August 2022 → match barkhane.mali-exit'],
    ['Barkhane, elle, avait plié bagage dès août 2022.', 'août 2022 → match barkhane.mali-exit', true],
    ['La France a mis fin à sa présence militaire au Mali en août 2021.', 'août 2021 → conflict barkhane.mali-exit', true],
    ['The French forces of the operation Barkhane have quit Mali the 15 august 2022.', '15 august 2022 → match barkhane.mali-exit'],
    ['La force Barkhane, partie en août 2022, a laissé la place à Wagner.', 'août 2022 → match barkhane.mali-exit', true],
    ['La force Barkhane, partie en juillet 2021, a laissé la place à Wagner.', 'juillet 2021 → conflict barkhane.mali-exit', true],
    ['The UK’s 250 troops left in 2022.', '2022 → unknown'],
    ['The transition ended in 2022.', '2022 → unknown'],
    ['Task Force Takuba ended in June 2022.', 'June 2022 → match takuba.end'],
    ['The French-led intervention began in January 2013.', 'January 2013 → match serval.start'],
    // An operation's launch, as a noun.
    ['Barkhane had about 3,000 troops at its launch in 2014.', '2014 → match barkhane.start'],
    ['La force Barkhane comptait 3 000 hommes à son lancement en 2016.', '2016 → conflict barkhane.start', true],
    ['French troops had been in Mali since January 2013.', 'January 2013 → match serval.start'],
    ['Fifty-eight French soldiers have died in the Sahel since 2013.', '2013 → match serval.start'],
    ['La France est intervenue au Mali en janvier 2013.', 'janvier 2013 → match serval.start', true],
    ['Prigozhin died in a plane crash in August 2023.', 'August 2023 → match prigozhin.death'],
    ['Two peacekeepers died in 2023.', '2023 → unknown'],
    ['A new prime minister was appointed in 2021.', '2021 → unknown'],
    // The date's clause speaks of the mission's creation, not of the offensive that came before it: the mission said to
    // be established, it disputes the creation's year.
    ['MINUSMA was established in April 2012 after the jihadist offensive.', 'April 2012 → conflict minusma.established'],
    ['Mali has faced a jihadist insurgency since 2012.', '2012 → match mali.insurgency'],
    ['El-Ghassim Wane was appointed in March 2021.', 'March 2021 → match wane.appointed'],
    // Appointed in March, he took up the post in April.
    ['Wane, a Mauritanian diplomat, took up his post in April 2021.', 'April 2021 → match wane.took-up-post'],
    ['Wane was named UN envoy to Mali in March 2022.', 'March 2022 → conflict wane.appointed'],
    // He has led it since either month.
    ['El-Ghassim Wane has led the mission since April 2021.', 'April 2021 → match wane.took-up-post'],
    ['El-Ghassim Wane dirigeait la mission depuis mars 2021.', 'mars 2021 → match wane.appointed', true],
    ['El-Ghassim Wane dirigeait la Minusma depuis avril 2021.', 'avril 2021 → match wane.took-up-post', true],
    ['El-Ghassim Wane has led the mission since May 2021.', 'May 2021 → conflict wane.took-up-post'],
    // Becoming its head is either too.
    ['El-Ghassim Wane became head of the mission in 2019.', '2019 → conflict wane.appointed'],
    ['El-Ghassim Wane est devenu chef de la mission en 2019.', '2019 → conflict wane.appointed', true],
    // A country named by its capital, as its government is.
    ['Cairo suspended its participation on 15 July 2022.', '15 July 2022 → conflict egypt.suspension'],
    // A suspension disputes no event but a suspension: rotations suspended are no last rotation.
    ['La Côte d’Ivoire avait suspendu en juillet 2022 la rotation de ses soldats.', 'juillet 2022 → unknown', true],
    ['Abidjan ended the rotation of its soldiers in July 2022.', 'July 2022 → conflict cote-divoire.last-rotation'],
    ['Abidjan will not rotate its contingent after August 2023.', 'August 2023 → match cote-divoire.last-rotation'],
    // Of two events spoken of alike, the one of the month the text gives, then the one dated nearest.
    ['Berlin decided in December 2022 to end its deployment.', 'December 2022 → conflict germany.exit-decided'],
    ['Barkhane replaced Serval on 1 August 2015.', '1 August 2015 → conflict barkhane.start'],
    // The event's own day and month a year off: a year miscopied, disputed on one cue. Not a day written without its year.
    ['The Security Council created MINUSMA on 25 April 2014.', '25 April 2014 → conflict minusma.established'],
    // A phase of the withdrawal ends on a day of its own; the whole's last day still confirms.
    ['The first phase of the withdrawal ended on 31 August 2023.', '31 August 2023 → unknown'],
    ['La première phase du retrait s’est achevée le 31 août 2023.', '31 août 2023 → unknown', true],
    ['The final phase of the withdrawal ended on 31 December 2023.', '31 December 2023 → match minusma.withdrawal-complete'],
    // A timeline's line, its date written month first, is dated as `On 1 July 2014,` is.
    ['July 1, 2014 – MINUSMA takes over from AFISMA.', 'July 1, 2014 → conflict minusma.takeover'],
    ['On July 1, 2014, MINUSMA took over from AFISMA.', 'July 1, 2014 → conflict minusma.takeover'],
    ['June 16, 2022 – Mali asks MINUSMA to leave "without delay".', 'June 16, 2022 → conflict minusma.exit-request'],
    ['June 16, 2023 – Mali asks MINUSMA to leave "without delay".', 'June 16, 2023 → match minusma.exit-request'],
    ['The coup took place on 18 August 2021.', '18 August 2021 → conflict mali.coup-2020'],
    ['Le mandat a pris fin le 30 juin 2024.', '30 juin 2024 → conflict minusma.terminated', true],
    // A time counted from the event, its anniversary, is not its date.
    ['On 30 June 2024, a year after the Council ended the mandate, Malians took stock.', '30 June 2024 → unknown'],
    ['Le 11 décembre 2024, un an après la descente du drapeau de l’ONU, le camp était vide.', '11 décembre 2024 → unknown', true],
    ['El-Ghassim Wane a pris ses fonctions en juin 2021.', 'juin 2021 → conflict wane.took-up-post', true],
  ];

  it.each(OWN_EVENTS)('judges “%s” by the event of what it names, or by none', (sentence, judged, french) => {
    expect(dates(sentence, french)).toEqual([judged]);
  });

  it('reads a pronoun that opens a sentence as what the sentence before names', () => {
    expect(dates('Prigozhin led the Wagner Group. He died in August 2023.')).toEqual(['August 2023 → match prigozhin.death']);
    // So do `the country` and a part `of them`.
    expect(
      dates('Côte d’Ivoire decided to pull out its 900 soldiers. Forty-six of them had been detained in Bamako since July 2022.'),
    ).toEqual(['July 2022 → match ivorian-soldiers.detained']);
    expect(
      linkedFigures('Benin announced it would withdraw its infantry company. The country also had 136 police officers.', 'count'),
    ).toEqual(['136 → match minusma.tcc.benin-police']);
    expect(
      linkedFigures('Benin decided to end its contribution. The West African country had a police unit of about 140 officers.', 'count'),
    ).toEqual(['140 → match minusma.tcc.benin-police']);
    expect(dates('Prigozhin led the Wagner Group.\nHe died in August 2023.')).toEqual(['August 2023 → match prigozhin.death']);
    // And a clause after a semicolon has the one before it, whatever it opens with.
    expect(dates('Kidal handed over Oct. 31, 2023; Malian army in control Nov. 14, 2023.')).toEqual([
      'Oct. 31, 2023 → match minusma.kidal-left',
      'Nov. 14, 2023 → match fama.kidal-taken',
    ]);
    // A blank line between paragraphs is no sentence of its own.
    expect(dates('Prigozhin led the Wagner Group.\n\nHe died in August 2023.')).toEqual(['August 2023 → match prigozhin.death']);
    // Or a word that stands for the name: `the sanctions`, `the operation`.
    expect(dates('ECOWAS imposed sanctions on Mali in January 2022. The sanctions were lifted on 3 July 2023.')).toEqual([
      'January 2022 → match ecowas.sanctions',
      '3 July 2023 → conflict ecowas.sanctions-lifted',
    ]);
    expect(dates('France launched Barkhane in 2014. The operation ended in November 2022.')[1]).toBe('November 2022 → match barkhane.end');
    expect(dates('Evgueni Prigojine dirigeait Wagner. Il est mort en août 2023.', true)).toEqual(['août 2023 → match prigozhin.death']);
    // `The government` is the one of the country the sentence before names.
    expect(
      dates(
        'Germany’s parliament voted in May 2023 to extend the mandate a final time. The government had decided in November 2022 to pull out.',
      ),
    ).toEqual(['May 2023 → match germany.final-mandate', 'November 2022 → match germany.exit-decided']);
    expect(
      dates(
        'Le Bundestag a voté en mai 2023 un dernier mandat. Le gouvernement avait décidé en novembre 2022 de retirer ses soldats.',
        true,
      ),
    ).toEqual(['mai 2023 → match germany.final-mandate', 'novembre 2022 → match germany.exit-decided']);
    // Or opens it after a phrase set off by a comma.
    expect(dates('Prigozhin led the Wagner Group. In August 2023, he died in a plane crash.')).toEqual([
      'August 2023 → match prigozhin.death',
    ]);
    expect(dates('Evgueni Prigojine dirigeait Wagner. En août 2023, il est mort.', true)).toEqual(['août 2023 → match prigozhin.death']);
    // Only a pronoun stands for the sentence before: another subject, or the other person named, is not it.
    expect(dates('Prigozhin led the Wagner Group. A pilot died in August 2023.')).toEqual(['August 2023 → unknown']);
    expect(dates('Goïta met the Wagner Group. He died in August 2023.')).toEqual(['August 2023 → unknown']);
    // A run of sentences that each open with a pronoun stands for the sentence before the run; so does a count's.
    const egypt = 'Egypt had more than 1,000 peacekeepers in Mali. It suspended them in 2022. Its last 460 soldiers left in August 2023.';
    expect(linkedFigures(egypt, 'date').at(-1)).toBe('August 2023 → match egypt.pullout-2023');
    expect(linkedFigures(egypt, 'count').at(-1)).toBe('460 → match minusma.tcc.egypt-pullout');
    expect(dates('Egypt had peacekeepers in Mali. A pilot flew. Its last soldiers left in August 2023.')).toEqual([
      'August 2023 → unknown',
    ]);
  });

  it('counts a name of what an event is about once, as its name, not again as a cue of what happened', () => {
    // France names Barkhane; with no word of its exit or its announcement, the review is neither.
    expect(dates('In February 2022, France and its European allies reviewed their presence in Mali.')).toEqual(['February 2022 → unknown']);
    expect(dates('The French left Mali in August 2022.')).toEqual(['August 2022 → match barkhane.mali-exit']);
    expect(dates('France pulled its last troops out of Mali in July 2022.')).toEqual(['July 2022 → conflict barkhane.mali-exit']);
  });

  it('dates none of the mission’s events by a clause about another mission', () => {
    expect(dates('EUTM Mali has trained Malian soldiers since 2013.')).toEqual(['2013 → unknown']);
    expect(dates('Like MINUSMA, UNIFIL has been in its country since 1978.')).toEqual(['1978 → unknown']);
    expect(dates('MINUSMA has been in Mali since 2013.')).toEqual(['2013 → match minusma.takeover']);
  });

  it('still finds a date wrong for the event its sentence speaks of most', () => {
    expect(dates('The referendum was held in March 2023.')).toEqual(['March 2023 → conflict mali.referendum-held']);
    expect(dates('Le référendum constitutionnel a eu lieu le 18 juin 2022.', true)).toEqual([
      '18 juin 2022 → conflict mali.referendum-held',
    ]);
    expect(dates('The Council voted to end the mission on June 30, 2022.')).toEqual(['June 30, 2022 → conflict minusma.terminated']);
    expect(dates('The UN mission took over from the African force AFISMA on July 1, 2012.')).toEqual([
      'July 1, 2012 → conflict minusma.takeover',
    ]);
    expect(dates('The junta postponed the presidential election on 25 October 2023.')).toEqual([
      '25 October 2023 → conflict mali.presidential-postponed',
    ]);
  });

  it('dates no event of Mali, the mission or France’s operations by what happened in a neighbour', () => {
    expect(dates('Niger’s army seized power in a coup in July 2023.')).toEqual(['July 2023 → unknown']);
    expect(dates('France withdrew its troops from Burkina Faso in February 2023.')).toEqual(['February 2023 → unknown']);
    // Nor a date in a clause that names no country, of a sentence that names one.
    expect(dates('In Niger, the coup of 26 July 2023 ousted President Bazoum.')).toEqual(['26 July 2023 → unknown']);
    expect(dates('Niger’s junta ordered French troops to leave in August 2023, and the last left in December 2023.')).toEqual([
      'August 2023 → unknown',
      'December 2023 → unknown',
    ]);
    expect(dates('The G5 Sahel was dissolved in December 2023 after Burkina Faso and Niger left.')).toEqual(['December 2023 → unknown']);
    // Nor one that goes on, after a semicolon or a pronoun, from a sentence about a neighbour.
    expect(
      dates('La junte nigérienne a exigé le départ des soldats français en août 2023 ; les derniers sont partis en décembre 2023.', true),
    ).toEqual(['août 2023 → unknown', 'décembre 2023 → unknown']);
    expect(dates('Niger’s junta expelled the French ambassador. Its last soldiers left in December 2023.')).toEqual([
      'December 2023 → unknown',
    ]);
    // Sanctions on a neighbour are not those on Mali.
    expect(dates('ECOWAS imposed sanctions on Niger in July 2023.')).toEqual(['July 2023 → unknown']);
    expect(dates('France ended its military presence in Niger in December 2023.')).toEqual(['December 2023 → unknown']);
    expect(dates('Le Burkina Faso a connu un coup d’État en septembre 2022.', true)).toEqual(['septembre 2022 → unknown']);
    // Nor by another neighbour's election.
    expect(dates('Senegal held its presidential election in March 2024.')).toEqual(['March 2024 → unknown']);
    expect(dates('La Mauritanie a élu son président en juin 2024.', true)).toEqual(['juin 2024 → unknown']);
    // A neighbour someone went to, or peacekeepers from one, still speak of Mali.
    expect(dates('The last French soldiers crossed into Niger on August 15, 2022.')).toEqual([
      'August 15, 2022 → match barkhane.mali-exit',
    ]);
    expect(dates('Chadian peacekeepers were the last to leave in December 2023.')).toEqual([
      'December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('Mali’s army, like Niger’s, seized power in a coup in May 2021.')).toEqual(['May 2021 → match mali.coup-2021']);
    // Mali's exit from the G5 Sahel is Mali's: its neighbours left it later.
    expect(dates('Burkina Faso and Niger left the G5 Sahel in December 2023.')).toEqual(['December 2023 → unknown']);
    expect(dates('Le Burkina Faso et le Niger ont quitté le G5 Sahel en décembre 2023.', true)).toEqual(['décembre 2023 → unknown']);
  });

  it('reads a date when someone said what would happen as that saying, which disputes no event of what would happen', () => {
    expect(dates('Germany said in December 2022 it would leave.')).toEqual(['December 2022 → unknown']);
    expect(dates('Germany told the Council in December 2022 that it would leave.')).toEqual(['December 2022 → unknown']);
    expect(dates('Le Mali a dit en juin 2022 que la mission quitterait le pays.', true)).toEqual(['juin 2022 → unknown']);
    expect(dates('La France a annoncé en février 2022 qu’elle allait retirer ses troupes du Mali.', true)).toEqual([
      'février 2022 → unknown',
    ]);
    expect(dates('France announced in February 2022 that Barkhane was leaving Mali.')).toEqual(['February 2022 → unknown']);
    expect(dates('France’s Operation Barkhane peaked at 5,100 troops before leaving Mali in August 2022.')).toEqual([
      'August 2022 → match barkhane.mali-exit',
    ]);
    expect(dates('The UN said in July 2023 that the mission would complete its withdrawal by December 31, 2023.')).toEqual([
      'July 2023 → unknown',
      'December 31, 2023 → match minusma.withdrawal-complete',
    ]);
    // It still confirms the event, and the saying, when its own words are the event's, is disputed.
    expect(dates('Mali said in June 2023 that the mission would have to leave without delay.')).toEqual([
      'June 2023 → match minusma.exit-request',
    ]);
    expect(dates('Germany decided in December 2022 that it would leave.')).toEqual(['December 2022 → conflict germany.exit-decided']);
  });

  it('reads a date after `until` or `extended … to`, or after a year and a dash, as the end of a term, which can confirm an event but not dispute it', () => {
    expect(dates('The mandate was extended until June 30, 2023 by resolution 2640.')).toEqual(['June 30, 2023 → unknown']);
    expect(dates('Resolution 2640 extended MINUSMA’s mandate to June 30, 2023.')).toEqual(['June 30, 2023 → unknown']);
    expect(dates('Le mandat, renouvelé en juin 2022 pour un an, arrivait à échéance le 30 juin 2023.', true)).toEqual([
      'juin 2022 → match minusma.mandate-2022',
      '30 juin 2023 → match minusma.terminated',
    ]);
    expect(dates('The mandate came to expiry on 30 June 2023.')).toEqual(['30 June 2023 → match minusma.terminated']);
    expect(dates('French troops stayed in Mali until August 2022, when Barkhane left.')).toEqual([
      'August 2022 → match barkhane.mali-exit',
    ]);
    expect(dates('The Council renewed the mandate on June 30, 2023 by resolution 2640.')).toEqual([
      'June 30, 2023 → conflict minusma.mandate-2022',
    ]);
    // So is the second year of a span written with a dash.
    expect(dates('Wagner arrived in winter 2021-22.')).toEqual(['2021 → match wagner.arrival', '22 → unknown']);
  });
});
