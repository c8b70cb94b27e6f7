import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { engine, linkedFigures } from '../support/engine';

// Sentences of wider MINUSMA coverage that give dates: each date's verdict and the event it was judged by.
const dates = (text: string, french = false) => linkedFigures(text, 'date', french);

describe('dates of the events around the mission', () => {
  it('reads a timeline’s present tense as the past, in both languages, and an infobox’s labels', () => {
    expect(dates('25 April 2013: Security Council creates MINUSMA.')).toEqual(['25 April 2013 → match minusma.established']);
    expect(dates('Le 25 avril 2013 : le Conseil de sécurité crée la Minusma.', true)).toEqual([
      '25 avril 2013 → match minusma.established',
    ]);
    // An infobox's labels, as an encyclopedia's page gives them.
    expect(dates('Formation 25 April 2013')).toEqual(['25 April 2013 → match minusma.established']);
    expect(dates('Dissolved 31 December 2023')).toEqual(['31 December 2023 → match minusma.withdrawal-complete']);
    expect(dates('2013: the UN sets up MINUSMA.')).toEqual(['2013 → match minusma.established']);
    // Created by the Council: a second word of its creation, which a wrong year then disputes.
    expect(dates('La Minusma a été créée le 25 avril 2012 par le Conseil de sécurité.', true)).toEqual([
      '25 avril 2012 → conflict minusma.established',
    ]);
    expect(dates('17 February 2022: Macron announces the pull-out from Mali.')).toEqual([
      '17 February 2022 → match barkhane.exit-announced',
    ]);
    expect(dates('July 2022: Mali detains 49 Ivorian soldiers.')).toEqual(['July 2022 → match ivorian-soldiers.detained']);
    expect(dates('1 January 2017: Guterres takes office as UN Secretary-General.')).toEqual([
      '1 January 2017 → match guterres.took-office',
    ]);
    expect(dates('Le 13 janvier 2023 : l’examen interne est attendu au Conseil de sécurité.', true)).toEqual([
      '13 janvier 2023 → match review.due',
    ]);
    expect(dates('Le 3 juillet 2024, la CEDEAO lève ses sanctions économiques.', true)).toEqual([
      '3 juillet 2024 → conflict ecowas.sanctions-lifted',
    ]);
    // A count's cues stay in the past: a request made now is no request of 2021.
    expect(linkedFigures('The mission requests 1,000 more troops, increasing its size.', 'count')).toEqual(['1,000 → unknown']);
  });

  it('takes Macron for France’s operation, but not where the sentence is about a neighbour', () => {
    expect(dates('Macron announced the pull-out from Mali on 17 February 2022.')).toEqual([
      '17 February 2022 → match barkhane.exit-announced',
    ]);
    // A clause that is only a date leaves the sentence to say where.
    expect(dates('In September 2023, Macron announced the end of military cooperation with Niger.')).toEqual(['September 2023 → unknown']);
  });

  it('dates the mission’s last flights and Germany’s end of deployment', () => {
    const at = (text: string) =>
      annotateText(text, engine, { articleDate: '2024-01-05' })
        .figures.filter((f) => f.form === 'date')
        .map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(at('The last 250 peacekeepers flew out of Bamako on 31 December.')).toEqual(['31 December → match minusma.withdrawal-complete']);
    // As the Malian press writes the end: the mission packed up (`plié bagage`), its final departure.
    const fr = (text: string) =>
      annotateText(text, engine, { articleDate: '2024-02-15', french: true }).figures.map((f) => `${f.text} → ${f.status} ${f.factId}`);
    expect(fr('La Minusma a plié bagage le 31 décembre dernier, après dix années de présence.')[0]).toBe(
      '31 décembre → match minusma.withdrawal-complete',
    );
    expect(fr('Le départ définitif de la Minusma est intervenu le 31 décembre 2023.')).toEqual([
      '31 décembre 2023 → match minusma.withdrawal-complete',
    ]);
    expect(fr('La Minusma avait jusqu’au 31 décembre pour plier bagage.')).toEqual(['31 décembre → match minusma.withdrawal-complete']);
    // Its parliament's vote of May 2023 was its final mandate.
    expect(dates('Germany’s Bundestag voted in May 2023 to end the deployment by May 2024.')).toEqual([
      'May 2023 → match germany.final-mandate',
      'May 2024 → match germany.exit',
    ]);
  });

  it('disputes nothing with the new date of something put off', () => {
    expect(dates('Mali’s junta postpones the referendum to 2025.')).toEqual(['2025 → unknown']);
    expect(dates('Le référendum a été reporté à 2024.', true)).toEqual(['2024 → unknown']);
  });

  it('dates both of Goïta’s coups when the text says he seized power', () => {
    expect(dates('Colonel Assimi Goita seized power in August 2020 and again in May 2021.')).toEqual([
      'August 2020 → match mali.coup-2020',
      'May 2021 → match mali.coup-2021',
    ]);
    expect(dates('Le colonel Assimi Goïta a pris le pouvoir en août 2020.', true)).toEqual(['août 2020 → match mali.coup-2020']);
    expect(dates('Relations soured after Goita took power in 2020.')).toEqual(['2020 → match mali.coup-2020']);
    // Two years in a list date two coups: the second is disputed by the second coup's.
    expect(dates('The junta came to power in coups in 2020 and 2022.')).toEqual([
      '2020 → match mali.coup-2020',
      '2022 → conflict mali.coup-2021',
    ]);
    expect(dates('La junte est arrivée au pouvoir par des coups d’État en 2020 et 2021.', true)).toEqual([
      '2020 → match mali.coup-2020',
      '2021 → match mali.coup-2021',
    ]);
    expect(dates('La junte, au pouvoir depuis mai 2021, a exigé le départ de la mission.', true)).toEqual([
      'mai 2021 → match mali.coup-2021',
    ]);
    // `Coup d'État` is French for either coup: the date tells which.
    expect(dates('Assimi Goïta dirige la junte depuis le coup d’État de mai 2021.', true)).toEqual(['mai 2021 → match mali.coup-2021']);
    expect(dates('Après le coup d’État d’août 2020, la junte a promis des élections.', true)).toEqual(['août 2020 → match mali.coup-2020']);
  });

  it('tells the two coups apart by who was ousted, and knows `came to power`', () => {
    expect(dates('Bah Ndaw was ousted in May 2021 along with Moctar Ouane.')).toEqual(['May 2021 → match mali.coup-2021']);
    expect(dates('Keïta was ousted in May 2021.')).toEqual(['May 2021 → conflict mali.coup-2020']);
    expect(dates('Assimi Goïta came to power in August 2020.')).toEqual(['August 2020 → match mali.coup-2020']);
    // A translator's `arrival in power` (arrivée au pouvoir), and the junta `in power since`.
    expect(dates('Ties have soured since the arrival in power of the colonels in 2020.')).toEqual(['2020 → match mali.coup-2020']);
    expect(dates('The junta, in power since May 2021, demanded the departure.')).toEqual(['May 2021 → match mali.coup-2021']);
    expect(dates('Moctar Ouane a été renversé en mai 2021.', true)).toEqual(['mai 2021 → match mali.coup-2021']);
    expect(dates('En mai 2021, il renversait les dirigeants de la transition.', true)).toEqual(['mai 2021 → match mali.coup-2021']);
    // `arrivée au pouvoir` is a coup's, not Wagner's arrival, though the sentence names Wagner after it.
    const rapprochement = 'Tout a changé depuis l’arrivée au pouvoir des colonels en 2020 et le rapprochement avec le groupe Wagner.';
    expect(dates(rapprochement, true)).toEqual(['2020 → match mali.coup-2020']);
    // What follows `and the` after a date is another thing that happened; before it, the things that did it.
    expect(dates('Ties soured after the colonels’ rise to power in 2020 and the arrival of Wagner.')).toEqual([
      '2020 → match mali.coup-2020',
    ]);
    expect(dates('The CMA and the Platform signed in 2015.')).toEqual(['2015 → match algiers.cma-signed']);
  });

  it('tells the day Ndaw and Goïta took office from the day Goïta took the presidency', () => {
    expect(dates('Bah Ndaw a prêté serment le 25 septembre 2020.', true)).toEqual(['25 septembre 2020 → match mali.ndaw-sworn-in']);
    expect(dates('Goïta was sworn in as vice-president on 25 September 2020.')).toEqual(['25 September 2020 → match mali.ndaw-sworn-in']);
    expect(dates('Bah Ndaw was sworn in as interim president on 21 September 2020.')).toEqual([
      '21 September 2020 → conflict mali.ndaw-sworn-in',
    ]);
    // The junta named him four days before: another event.
    expect(dates('On 21 September 2020 the junta named Bah Ndaw interim president.')).toEqual(['21 September 2020 → unknown']);
  });

  it('tells the day the review was due from the day the Council debated it', () => {
    expect(dates('The Council asked for the internal review by 13 January 2023; it was due by then.')).toEqual([
      '13 January 2023 → match review.due',
    ]);
    expect(dates('L’examen interne était attendu le 13 janvier 2023 au Conseil.', true)).toEqual(['13 janvier 2023 → match review.due']);
    expect(dates('The Council debated the internal review on 27 January 2023.')).toEqual(['27 January 2023 → match review.debate']);
    // It was issued in mid-January, on a day the sheet did not find, and Diop called the mission a failure
    // on the day Mali asked it to leave.
    expect(dates('The internal review was submitted to the Council on 16 January 2023.')).toEqual([
      '16 January 2023 → match review.issued',
    ]);
    // Its options, said of it, make that day no wrong day of its deadline.
    expect(dates('On 16 January 2023, the Secretary-General submitted his internal review, which presented three options.')).toEqual([
      '16 January 2023 → match review.issued',
    ]);
    expect(dates('The last 46 Ivorian soldiers were pardoned and released in January 2023.')).toEqual(['January 2023 → unknown']);
    expect(dates('Diop told the Security Council on 16 June 2023 that MINUSMA had failed.')).toEqual([
      '16 June 2023 → match minusma.exit-request',
    ]);
    // The review is remembered by its three options.
    expect(dates('In January 2023, the UN Secretary General presented a report with three options for the mission.')).toEqual([
      'January 2023 → match review.due',
    ]);
    expect(dates('En janvier 2023, le secrétaire général a présenté trois options pour l’avenir de la mission.', true)).toEqual([
      'janvier 2023 → match review.due',
    ]);
    // `Expected` alone is any forecast's word.
    expect(dates('Mali’s economy is expected to grow in 2023.')).toEqual(['2023 → unknown']);
  });

  it('tells the announced withdrawal from France’s exit, and any other announcement from both', () => {
    expect(dates('In February 2022, France and its European allies announced their withdrawal from Mali.')).toEqual([
      'February 2022 → match barkhane.exit-announced',
    ]);
    expect(dates('Le 17 février 2022, la France a annoncé le retrait de ses troupes.', true)).toEqual([
      '17 février 2022 → match barkhane.exit-announced',
    ]);
    expect(dates('France completed its withdrawal from Mali on 15 August 2022.')).toEqual(['15 August 2022 → match barkhane.mali-exit']);
    expect(dates('La France a achevé son retrait du Mali le 15 août 2022.', true)).toEqual(['15 août 2022 → match barkhane.mali-exit']);
    // `retrait` alone is the withdrawal, not its end, as `withdrawal` is in English: this is Macron's announcement.
    expect(dates('Emmanuel Macron a annoncé le 17 février 2022 le retrait des troupes françaises du Mali.', true)).toEqual([
      '17 février 2022 → match barkhane.exit-announced',
    ]);
    expect(dates('Macron announced on February 17, 2022 that French troops would leave Mali.')).toEqual([
      'February 17, 2022 → match barkhane.exit-announced',
    ]);
    // The words of the announcement read across its date; what was announced then is no date of its own.
    expect(dates('France announced on 17 February 2022 the withdrawal of its troops from Mali.')).toEqual([
      '17 February 2022 → match barkhane.exit-announced',
    ]);
    expect(dates('La France a annoncé le 17 février 2022 le retrait de ses troupes du Mali.', true)).toEqual([
      '17 février 2022 → match barkhane.exit-announced',
    ]);
    expect(dates('Macron announced in June 2021 the end of Operation Barkhane.')).toEqual(['June 2021 → unknown']);
    expect(dates('The last French soldiers crossed into Niger on August 15, 2022.')).toEqual([
      'August 15, 2022 → match barkhane.mali-exit',
    ]);
    expect(dates('France handed over the Gao base to the Malian army in August 2022.')).toEqual(['August 2022 → match barkhane.mali-exit']);
    expect(dates('Germany said it would end its participation by May 2024, after a decade.')).toEqual(['May 2024 → match germany.exit']);
    // The date its last mandate ran until, which can only confirm.
    expect(dates('Germany’s parliament voted to extend the Bundeswehr mission until May 2024.')).toEqual(['May 2024 → match germany.exit']);
    expect(dates('Germany’s mandate ran until May 2023.')).toEqual(['May 2023 → unknown']);
    // So does the date the mission's last renewal ran until, its mandate's end.
    expect(dates('In June 2022 the Council renewed the mandate until 30 June 2023.')).toEqual([
      'June 2022 → match minusma.mandate-2022',
      '30 June 2023 → match minusma.terminated',
    ]);
    expect(dates('The Council extended the mandate until 30 June 2022.')).toEqual(['30 June 2022 → unknown']);
    expect(dates('In June 2022, France announced it would suspend development aid to Mali.')).toEqual(['June 2022 → unknown']);
  });

  it('dates Germany’s decision to pull out by the decision, not by its last soldiers’ leaving', () => {
    expect(dates('Germany had decided in November 2022 to pull out, citing the junta’s obstruction.')).toEqual([
      'November 2022 → match germany.exit-decided',
    ]);
    expect(dates('Germany will pull out its last soldiers in May 2023.')).toEqual(['May 2023 → conflict germany.exit']);
    // A date in what was decided dates what would happen, never the deciding.
    expect(dates('Germany decided to end the Bundeswehr mission by 31 May 2024.')).toEqual(['31 May 2024 → match germany.exit']);
    expect(dates('The Bundestag had decided in May 2023 to end the mission by 31 May 2024.')).toEqual([
      'May 2023 → match germany.final-mandate',
      '31 May 2024 → match germany.exit',
    ]);
    expect(dates('L’Allemagne a décidé de retirer ses soldats au plus tard le 30 avril 2024.', true)).toEqual([
      '30 avril 2024 → conflict germany.exit',
    ]);
  });

  it('dates the junta’s rule since a coup by the coup its date agrees with', () => {
    expect(dates('Goïta has led Mali since May 2021.')).toEqual(['May 2021 → match mali.coup-2021']);
    expect(dates('Mali has been led by a military junta since 2020.')).toEqual(['2020 → match mali.coup-2020']);
    expect(dates('Le Mali est dirigé par une junte militaire depuis 2020.', true)).toEqual(['2020 → match mali.coup-2020']);
    // Since a year the junta did something else is no date of its rule, but of that other thing.
    expect(dates('The junta since 2022 has expelled the French ambassador.')).toEqual(['2022 → match mali.french-ambassador-expelled']);
    expect(dates('The junta since 2022 has expelled the Swiss ambassador.')).toEqual(['2022 → unknown']);
  });

  it('dates the reference sheet’s other events: armed groups, the G5 Sahel, contributors’ announcements, Wagner, the review and Mali’s transition', () => {
    expect(dates('La CMA a été créée en octobre 2014.', true)).toEqual(['octobre 2014 → match cma.founded']);
    expect(dates('The Platform of armed groups was formed in Algiers on June 14, 2014.')).toEqual([
      'June 14, 2014 → match platform.formed',
    ]);
    expect(dates('Islamic State in the Greater Sahara was recognised by the Islamic State in October 2016.')).toEqual([
      'October 2016 → match isgs.recognised',
    ]);
    expect(dates('Mali detained 46 Ivorian soldiers in July 2022.')).toEqual(['July 2022 → match ivorian-soldiers.detained']);
    expect(dates('Britain announced in November 2022 that its 250 troops would leave early.')).toEqual([
      'November 2022 → match uk.exit-announced',
    ]);
    expect(dates('Le Bénin a mis fin à sa contribution en 2022.', true)).toEqual(['2022 → match benin.exit-announced']);
    expect(dates('Benin withdrew its last troops in 2023.')).toEqual(['2023 → unknown']);
    expect(dates('Côte d’Ivoire announced in December 2022 that it would withdraw.')).toEqual([
      'December 2022 → conflict cote-divoire.exit-announced',
    ]);
    expect(dates('Ivory Coast said in December 2022 it would pull out its contingent.')).toEqual(['December 2022 → unknown']);
    // Invited: the arrival, as the press words it; invited to something else, not.
    expect(dates('His government invited Wagner in late 2021.')).toEqual(['2021 → match wagner.arrival']);
    expect(dates('The junta invited Wagner in 2022.')).toEqual(['2022 → conflict wagner.arrival']);
    expect(dates('Wagner was invited to the talks in June 2023.')).toEqual(['June 2023 → unknown']);
    expect(dates('The Wagner Group’s founder Yevgeny Prigozhin led a short-lived mutiny in June 2023.')).toEqual([
      'June 2023 → match wagner.mutiny',
    ]);
    expect(dates('La mutinerie de Wagner, en juillet 2023, a ébranlé le Kremlin.', true)).toEqual([
      'juillet 2023 → conflict wagner.mutiny',
    ]);
    expect(dates('The Tuareg rebellion began in 2012 in the north of Mali.')).toEqual(['2012 → match mali.insurgency']);
    expect(dates('Mali’s withdrawal from the G5 Sahel took effect on 30 June 2022.')).toEqual([
      '30 June 2022 → match g5.mali-exit-effective',
    ]);
    expect(dates('The Ivory Coast announced in November 2022 that it would withdraw its troops by August 2023.')).toEqual([
      'November 2022 → match cote-divoire.exit-announced',
      'August 2023 → match cote-divoire.last-rotation',
    ]);
    expect(dates('Ivorian troops will leave the mission in 2024.')).toEqual(['2024 → conflict cote-divoire.last-rotation']);
    // What Côte d'Ivoire announced: a withdrawal step by step.
    expect(dates('Côte d’Ivoire said in November 2022 it would gradually withdraw its soldiers.')).toEqual([
      'November 2022 → match cote-divoire.exit-announced',
    ]);
    expect(dates('Abidjan a engagé en novembre 2022 le retrait progressif de ses soldats.', true)).toEqual([
      'novembre 2022 → match cote-divoire.exit-announced',
    ]);
    expect(dates('L’Allemagne a décidé le 22 novembre 2022 de quitter la mission.', true)).toEqual([
      '22 novembre 2022 → match germany.exit-decided',
    ]);
    expect(dates('L’Égypte a retiré plus de 460 casques bleus en août 2023.', true)).toEqual(['août 2023 → match egypt.pullout-2023']);
    expect(dates('Guterres, who took office in January 2017, called for calm.')).toEqual(['January 2017 → match guterres.took-office']);
    expect(dates('Le G5 Sahel a été créé le 16 février 2014 à Nouakchott.', true)).toEqual(['16 février 2014 → match g5.created']);
    expect(dates('The mission’s protection-of-civilians mandate ended on September 30, 2023.')).toEqual([
      'September 30, 2023 → match minusma.civilian-protection-end',
    ]);
    // The resolution's own words for it.
    expect(dates('The Council authorized MINUSMA, until 30 September 2023, to respond to imminent threats of violence.')).toEqual([
      '30 September 2023 → match minusma.civilian-protection-end',
    ]);
    expect(dates('The mission’s protection mandate expired on 30 September 2023.')).toEqual([
      '30 September 2023 → match minusma.civilian-protection-end',
    ]);
    expect(dates('Our mandate to protect ends on 30 September 2023.')).toEqual([
      '30 September 2023 → match minusma.civilian-protection-end',
    ]);
    expect(dates('Son mandat de protéger prend fin le 30 septembre 2023.', true)).toEqual([
      '30 septembre 2023 → match minusma.civilian-protection-end',
    ]);
    expect(dates('A rear party stayed in Gao and Bamako from January 1, 2024.')).toEqual(['January 1, 2024 → match minusma.liquidation']);
    expect(dates('Fifteen Western states condemned Wagner’s deployment in a joint statement on December 23, 2021.')).toEqual([
      'December 23, 2021 → match wagner.condemned',
    ]);
    expect(dates('Le Mali a expulsé l’ambassadeur de France le 31 janvier 2022.', true)).toEqual([
      '31 janvier 2022 → match mali.french-ambassador-expelled',
    ]);
    expect(dates('Mali expelled the French ambassador on 3 February 2022.')).toEqual([
      '3 February 2022 → conflict mali.french-ambassador-expelled',
    ]);
    // Another country's ambassadors, and another junta's expulsion, are other events.
    expect(dates('ECOWAS withdrew its ambassadors from Bamako in January 2022.')).toEqual(['January 2022 → unknown']);
    expect(dates('Niger’s junta expelled the French ambassador in August 2023.')).toEqual(['August 2023 → unknown']);
    // Told in the present, as timelines do.
    expect(dates('Western states condemn the deployment of Wagner on 23 December 2021.')).toEqual([
      '23 December 2021 → match wagner.condemned',
    ]);
    expect(dates('Guterres was born in 1948 in Lisbon.')).toEqual(['1948 → conflict guterres.born']);
    expect(dates('In March 2022 the group became the Islamic State Sahel Province.')).toEqual(['March 2022 → match isgs.sahel-province']);
    // Its new name is no word of the change: the province's fights of later years are other events.
    expect(dates('Some 60,000 people fled fighting between the Islamic State Sahel Province and rival groups in 2022 and 2023.')).toEqual([
      '2022 → unknown',
      '2023 → unknown',
    ]);
    expect(dates('The CMA initialled the agreement in Algiers on May 14, 2015.')).toEqual(['May 14, 2015 → match algiers.cma-initialled']);
    // Initialled twice: by the government on 1 March, by the CMA, named, on 14 May.
    expect(dates('The peace deal was initialled in Algiers on 1 March 2015 and signed in Bamako on 15 May 2015.')).toEqual([
      '1 March 2015 → match algiers.initialled',
      '15 May 2015 → match algiers.signed',
    ]);
    expect(dates('The CMA initialled the accord in March 2015.')).toEqual(['March 2015 → conflict algiers.cma-initialled']);
    // The armed groups' framework: its creation is the Platform and the CMA coming together.
    expect(dates('The CSP-PSD, created in May 2021, brought together the CMA and the Platform.')).toEqual([
      'May 2021 → match platform.joined-csp',
    ]);
    expect(dates('The referendum was set by decree on May 5, 2023.')).toEqual(['May 5, 2023 → match mali.referendum-decree']);
    // The time he has been president since: his swearing-in's, or the ruling's month.
    expect(dates('Colonel Assimi Goïta, president of the transition since June 2021, spoke.')).toEqual([
      'June 2021 → match mali.goita-sworn-in',
    ]);
    expect(dates('Le colonel Assimi Goïta, président de la Transition depuis juin 2021, a parlé.', true)).toEqual([
      'juin 2021 → match mali.goita-sworn-in',
    ]);
    expect(dates('Goïta, president since May 2021, spoke.')).toEqual(['May 2021 → match goita.court-ruling']);
    expect(dates('Goïta, president since 2020, spoke.')).toEqual(['2020 → conflict mali.goita-sworn-in']);
    expect(dates('The Constitutional Court named Goïta interim president on May 28, 2021.')).toEqual([
      'May 28, 2021 → match goita.court-ruling',
    ]);
    expect(dates('In June 2023 the Secretary-General recommended keeping a streamlined mission for another year.')).toEqual([
      'June 2023 → match sg.report-june-2023',
    ]);
    expect(dates('Le rapport du Secrétaire général du 16 juin 2023 recommandait une mission reconfigurée.', true)).toEqual([
      '16 juin 2023 → match sg.report-june-2023',
    ]);
    // Another mission's events count only where the sentence names it.
    expect(dates('MINUSCA was created in April 2014 by resolution 2149.')).toEqual(['April 2014 → match minusca.established']);
    expect(dates('The mission was created in April 2014.')).toEqual(['April 2014 → unknown']);
    expect(dates('MONUSCO replaced MONUC in July 2010.')).toEqual(['July 2010 → match monusco.established']);
    // A clause about another mission dates no event of a subject it does not name, in any cue's words.
    expect(dates('MONUSCO’s withdrawal from Congo began in 2024, a year after MINUSMA’s ended.')).toEqual(['2024 → unknown']);
    expect(dates('The Algiers accord ended in 2024, a year after MINUSMA’s mandate.')).toEqual(['2024 → match algiers.ended']);
    expect(dates('In July 2021, Guterres proposed adding 2,069 uniformed personnel to MINUSMA.')).toEqual([
      'July 2021 → match sg.proposal-2021',
    ]);
    // The date may stand between `proposed` and what was proposed.
    expect(dates('The Secretary-General proposed in July 2021 to add 2,069 uniformed personnel.')).toEqual([
      'July 2021 → match sg.proposal-2021',
    ]);
    // Its joint force came three years later: another thing created, which the G5's own date does not dispute.
    expect(dates('The G5 Sahel joint force was created in 2017.')).toEqual(['2017 → unknown']);
    // Russia's veto of the sanctions on Mali takes both words: Russia vetoes, and sanctions, other things too.
    expect(dates('Russia vetoed a resolution in August 2023 that would have renewed the sanctions regime on Mali.')).toEqual([
      'August 2023 → match russia.sanctions-veto',
    ]);
    expect(dates('Russia vetoed the sanctions renewal in September 2023.')).toEqual(['September 2023 → conflict russia.sanctions-veto']);
    expect(dates('Russia vetoed a resolution on Syria in July 2023.')).toEqual(['July 2023 → unknown']);
  });

  it('dates the Alliance of Sahel States and the three juntas’ exit from ECOWAS', () => {
    expect(dates('Mali, Burkina Faso and Niger formed the Alliance of Sahel States (AES) in September 2023.')).toEqual([
      'September 2023 → match aes.created',
    ]);
    expect(dates('Le Mali a quitté la Cédéao en janvier 2024.', true)).toEqual(['janvier 2024 → match ecowas.sahel-exit']);
    expect(dates('The three juntas announced their exit from ECOWAS on 28 January 2023.')).toEqual([
      '28 January 2023 → conflict ecowas.sahel-exit',
    ]);
    // ECOWAS's own withdrawals are no exit from it.
    expect(dates('ECOWAS withdrew its ambassadors from Bamako in January 2022.')).toEqual(['January 2022 → unknown']);
  });

  it('reads the words a translation from French uses: a putsch, a mandate arrived at term, relieving a contingent, the agreement of Algiers', () => {
    expect(dates('In Mali, Colonel Assimi Goïta came to office by a putsch in August 2020.')).toEqual([
      'August 2020 → match mali.coup-2020',
    ]);
    expect(dates('The junta of Colonel Assimi Goïta took the power in August 2020, then in May 2021.')).toEqual([
      'August 2020 → match mali.coup-2020',
      'May 2021 → match mali.coup-2021',
    ]);
    expect(dates('The mandate of the Minusma arrived at term on 30 June 2023.')).toEqual(['30 June 2023 → match minusma.terminated']);
    expect(dates('Ivory Coast will not relieve its contingent after August 2023.')).toEqual([
      'August 2023 → match cote-divoire.last-rotation',
    ]);
    const in2024 = annotateText('The transitional authorities announced the end of the agreement of Algiers on 25 January.', engine, {
      articleDate: '2024-02-01',
    });
    expect(in2024.entities.map((e) => `${e.text} ${e.entityId}`)).toEqual(['agreement of Algiers agreement.algiers-2015']);
    expect(in2024.figures.map((f) => `${f.text} → ${f.status} ${f.factId}`)).toEqual(['25 January → match algiers.ended']);
  });

  it('dates the G5 Sahel’s loss of Mali by Mali’s withdrawal from it, and another withdrawal its sentence names by its own event', () => {
    expect(dates('Mali announced its withdrawal from the G5 Sahel on 15 May 2022.')).toEqual(['15 May 2022 → match g5.mali-exit']);
    expect(dates('Le G5 Sahel, créé en février 2014 à Nouakchott, a perdu le Mali en mai 2022.', true)).toEqual([
      'février 2014 → match g5.created',
      'mai 2022 → match g5.mali-exit',
    ]);
    expect(dates('The G5 Sahel lost Mali in May 2022.')).toEqual(['May 2022 → match g5.mali-exit']);
    // It is France's.
    expect(dates('After the French withdrawal in August 2022, the G5 Sahel joint force struggled.')).toEqual([
      'August 2022 → match barkhane.mali-exit',
    ]);
    expect(dates('Après le retrait de Barkhane en août 2022, le G5 Sahel a perdu son principal soutien.', true)).toEqual([
      'août 2022 → match barkhane.mali-exit',
    ]);
    expect(dates('The G5 Sahel joint force was weakened by Mali’s withdrawal in May 2021.')).toEqual(['May 2021 → conflict g5.mali-exit']);
    expect(dates('Operation Serval began on January 11, 2013.')).toEqual(['January 11, 2013 → match serval.start']);
    expect(dates('L’opération Serval a débuté en janvier 2014.', true)).toEqual(['janvier 2014 → conflict serval.start']);
  });

  it('knows Takuba’s launch and disbanding, MINUSMA’s creation and its last peacekeepers’ leaving by the words the press uses', () => {
    expect(dates('Task Force Takuba was disbanded on 30 June 2022.')).toEqual(['30 June 2022 → match takuba.end']);
    expect(dates('Since its creation in April 2013, MINUSMA has been renewed every June.')).toEqual([
      'April 2013 → match minusma.established',
    ]);
    expect(dates('La task force Takuba a été dissoute le 30 juin 2022.', true)).toEqual(['30 juin 2022 → match takuba.end']);
    // Its start, dated by its sources in January or March 2020: the year is what they agree on.
    expect(dates('The Takuba task force, launched in March 2020, ended its operations on 30 June 2022.')).toEqual([
      'March 2020 → match takuba.launched',
      '30 June 2022 → match takuba.end',
    ]);
    expect(dates('La task force Takuba, lancée en 2020, regroupait des forces spéciales.', true)).toEqual(['2020 → match takuba.launched']);
    expect(dates('Takuba was set up in 2018.')).toEqual(['2018 → conflict takuba.launched']);
    expect(dates('Les derniers Casques bleus sont partis fin décembre 2023.', true)).toEqual([
      'décembre 2023 → match minusma.withdrawal-complete',
    ]);
  });

  it('tells the end of Serval from the start of Barkhane, AFISMA’s start from its handover, and dates France’s sending troops as Serval’s start', () => {
    expect(dates('Operation Serval ended in July 2014 and was replaced by Barkhane.')).toEqual(['July 2014 → match serval.end']);
    expect(dates('L’opération Serval a pris fin en juillet 2014, remplacée par Barkhane.', true)).toEqual([
      'juillet 2014 → match serval.end',
    ]);
    expect(dates('Barkhane replaced Serval in August 2014.')).toEqual(['August 2014 → match barkhane.start']);
    expect(dates('In January 2013, France sent 4,000 troops to Mali under Operation Serval.')).toEqual([
      'January 2013 → match serval.start',
    ]);
    // AFISMA's own deployment is not its handover to MINUSMA.
    expect(dates('AFISMA deployed in January 2013. It handed over to MINUSMA on 1 July 2013.')).toEqual([
      'January 2013 → unknown',
      '1 July 2013 → match minusma.takeover',
    ]);
    expect(
      dates('Elle a succédé le 1er juillet 2013 à la Mission internationale de soutien au Mali sous conduite africaine (MISMA).', true),
    ).toEqual(['1er juillet 2013 → match minusma.takeover']);
    expect(
      dates('La Mission internationale de soutien au Mali sous conduite africaine (MISMA) a été déployée en janvier 2013.', true),
    ).toEqual(['janvier 2013 → unknown']);
    // France's intervention in Mali ended as its last troops left, before Barkhane's end was declared.
    expect(dates('France’s nine-year military intervention ended in August 2022.')).toEqual(['August 2022 → match barkhane.mali-exit']);
    expect(dates('France ended its nine-year intervention in August 2022.')).toEqual(['August 2022 → match barkhane.mali-exit']);
    expect(dates('France launched its intervention in January 2013.')).toEqual(['January 2013 → match serval.start']);
  });

  it('knows the words of wire copy for the mandate’s expiry, the agreement torn up, Barkhane’s departure and MONUSCO’s years', () => {
    const at = (text: string, french = false) =>
      annotateText(text, engine, { french, articleDate: '2023-07-15' }).figures.map((f) =>
        `${f.text} → ${f.status} ${f.factId ?? ''}`.trim(),
      );
    expect(at('Le mandat de la mission, renouvelé chaque année depuis 2013, expirait le 30 juin.', true)).toContain(
      '30 juin → match minusma.terminated',
    );
    expect(dates('La junte a rompu l’accord d’Alger de 2015 en janvier 2024.', true)).toContain('janvier 2024 → match algiers.ended');
    expect(dates('The junta tore up the Algiers agreement in January 2024.')).toEqual(['January 2024 → match algiers.ended']);
    expect(dates('In January 2024, the junta declared the Algiers agreement over, accusing the signatory groups of terrorism.')).toEqual([
      'January 2024 → match algiers.ended',
    ]);
    expect(dates('The CMA signed the agreement over the weekend of 20 June 2015.')).toEqual(['20 June 2015 → match algiers.cma-signed']);
    expect(
      dates('The CMA had already taken up arms again in August 2023, and on 25 January 2024 the junta declared the accord dead.'),
    ).toEqual(['August 2023 → match cma.hostilities-resumed', '25 January 2024 → match algiers.ended']);
    expect(dates('Les hostilités ont repris en septembre 2023 entre la CMA et l’armée malienne.', true)).toEqual([
      'septembre 2023 → match cma.hostilities-resumed',
    ]);
    expect(dates('The Algiers Agreement was denounced by the junta in January 2024.')).toEqual(['January 2024 → match algiers.ended']);
    // What someone proposed or wanted dates no event that happened.
    expect(dates('Russia had proposed ending the mandate in 2022.')).toEqual(['2022 → unknown']);
    expect(dates('The junta wanted the mission to end its mandate in 2022.')).toEqual(['2022 → unknown']);
    // The agreement named in the sentence before.
    expect(dates('The 2015 peace agreement signed in Algiers was never implemented. The junta declared it dead in January 2024.')).toEqual([
      'January 2024 → match algiers.ended',
    ]);
    expect(dates('The Algiers accord collapsed in January 2023.')).toEqual(['January 2023 → conflict algiers.ended']);
    // France's exit, as translations from French call it.
    expect(dates('Security worsened after the departure of the French force Barkhane in August 2022.')).toEqual([
      'August 2022 → match barkhane.mali-exit',
    ]);
    expect(dates('Security worsened after the departure of Barkhane in August 2021.')).toEqual([
      'August 2021 → conflict barkhane.mali-exit',
    ]);
    expect(dates('La Monusco, déployée en RDC depuis 2010, doit quitter le pays.', true)).toEqual(['2010 → match monusco.established']);
    expect(dates('MONUSCO, deployed since 2010 in Congo, must leave.')).toEqual(['2010 → match monusco.established']);
    expect(dates('MONUSCO, deployed in Congo since 2010, has about 14,000 troops.')).toEqual(['2010 → match monusco.established']);
    expect(dates('La Monusco, présente en RDC depuis 2010, doit partir.', true)).toEqual(['2010 → match monusco.established']);
  });

  it('knows the mandates of 2014 and 2016, the drawdown, Egypt’s suspension, the end of Takuba and of the agreement, JNIM and Germany’s exit', () => {
    expect(dates('In June 2014, resolution 2164 refocused the mandate on the protection of civilians.')).toEqual([
      'June 2014 → match minusma.mandate-2014',
    ]);
    expect(dates('Operations stopped on 1 July 2023 and all personnel were to leave by 31 December 2023.')).toEqual([
      '1 July 2023 → match minusma.drawdown-start',
      '31 December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('Task Force Takuba ended its operations in Mali on 30 June 2022.')).toEqual(['30 June 2022 → match takuba.end']);
    expect(dates('La junte a mis fin à l’accord d’Alger le 25 janvier 2024.', true)).toEqual(['25 janvier 2024 → match algiers.ended']);
    expect(dates('The junta said the 2015 peace agreement was no longer applicable, in January 2024.')).toEqual([
      'January 2024 → match algiers.ended',
    ]);
    expect(dates('La junte a constaté la caducité de l’accord d’Alger le 25 janvier 2024.', true)).toEqual([
      '25 janvier 2024 → match algiers.ended',
    ]);
    expect(dates('JNIM was formed in March 2017 by merging Ansar Dine and other groups.')).toEqual(['March 2017 → match jnim.formed']);
    expect(dates('Germany will pull out its last soldiers by May 2024.')).toEqual(['May 2024 → match germany.exit']);
    expect(dates('Germany said it would pull its roughly 1,100 soldiers out of the mission by May 2024.')).toEqual([
      'May 2024 → match germany.exit',
    ]);
    expect(dates('L’Allemagne retirera ses derniers soldats d’ici à mai 2025.', true)).toEqual(['mai 2025 → conflict germany.exit']);
    expect(dates('L’Égypte a suspendu l’activité de ses 1 030 casques bleus le 15 août 2022.', true)).toEqual([
      '15 août 2022 → match egypt.suspension',
    ]);
    expect(dates('En 2016, le plafond a été relevé à 13 289 militaires.', true)).toEqual(['2016 → match minusma.mandate-2016']);
    expect(dates('Le 1er juillet 2013, la Minusma a succédé à la Misma.', true)).toEqual(['1er juillet 2013 → match minusma.takeover']);
    // The day a resolution was adopted is its own; asking the mission to leave is Mali's request.
    expect(dates('Resolution 2100 was adopted on 25 May 2013.')).toEqual(['25 May 2013 → conflict minusma.established']);
    expect(dates('Resolution 2640 was adopted on 29 June 2022.')).toEqual(['29 June 2022 → match minusma.mandate-2022']);
    expect(dates('Mali asked the mission to leave on 16 July 2023.')).toEqual(['16 July 2023 → conflict minusma.exit-request']);
    // French words of the end of the mandate, of Mali's request, of the flag and of the referendum held.
    expect(dates('Le Conseil a mis fin au mandat le 30 juin 2022.', true)).toEqual(['30 juin 2022 → conflict minusma.terminated']);
    expect(dates('Le Mali a exigé le départ de la Minusma le 16 juin 2022.', true)).toEqual([
      '16 juin 2022 → conflict minusma.exit-request',
    ]);
    expect(dates('Le drapeau de l’ONU a été descendu le 11 novembre 2023 à Bamako.', true)).toEqual([
      '11 novembre 2023 → conflict minusma.flag-lowered',
    ]);
    expect(dates('Le référendum constitutionnel s’est tenu le 18 juin 2022.', true)).toEqual([
      '18 juin 2022 → conflict mali.referendum-held',
    ]);
    expect(dates('The Council voted on 29 June 2023 to end the mandate.')).toEqual(['29 June 2023 → conflict minusma.terminated']);
    expect(dates('Du 1er juillet au 31 décembre 2023, la mission s’est retirée.', true)[1]).toBe(
      '31 décembre 2023 → match minusma.withdrawal-complete',
    );
    // A translation's words: finishing the mandate, Barkhane finished.
    expect(dates('In 2023 year the Security Council has decided to finish the mandate.')).toEqual(['2023 → match minusma.terminated']);
    expect(dates('The French operation "Barkhane" was finished in November of 2022.')).toEqual(['November of 2022 → match barkhane.end']);
    // `se retirer`, `retirarse`, translated word for word.
    expect(dates('The force Barkhane retired of Mali in August of 2022 after nine years.')).toEqual([
      'August of 2022 → match barkhane.mali-exit',
    ]);
    // Naming Mali, as every article does, weighs nothing against naming Côte d'Ivoire.
    expect(dates('Mali detained Ivorian soldiers in July 2021.')).toEqual(['July 2021 → conflict ivorian-soldiers.detained']);
    // Its parliament's vote of May 2023 was its final mandate.
    expect(dates('Germany’s Bundestag voted in May 2023 to end the deployment by May 2024.')).toEqual([
      'May 2023 → match germany.final-mandate',
      'May 2024 → match germany.exit',
    ]);
    expect(dates('Germany, which had up to 1,400 soldiers in Gao, set its departure for May 2024.')).toEqual([
      'May 2024 → match germany.exit',
    ]);
    expect(dates('Germany’s deployment will end in May 2024.')).toEqual(['May 2024 → match germany.exit']);
    expect(dates('The Bundestag had decided the end of the deployment in May 2023.')).toEqual(['May 2023 → match germany.final-mandate']);
    // The mandate the Bundestag adopted a last time, in May 2023.
    expect(dates('The Bundestag extended the Bundeswehr’s participation in MINUSMA for a final time in May 2023.')).toEqual([
      'May 2023 → match germany.final-mandate',
    ]);
    expect(dates('The Bundestag voted in May 2022 on Germany’s last mandate.')).toEqual(['May 2022 → conflict germany.final-mandate']);
    // The CMA's return to arms, which sources put in late August or in September 2023: its year is the fact.
    expect(dates('The CMA was founded in October 2014 and took up arms again in September 2023.')).toEqual([
      'October 2014 → match cma.founded',
      'September 2023 → match cma.hostilities-resumed',
    ]);
    expect(dates('Les groupes armés de la CMA ont repris les armes en septembre 2023.', true)).toEqual([
      'septembre 2023 → match cma.hostilities-resumed',
    ]);
    expect(dates('La CMA a annoncé la reprise des hostilités en 2022.', true)).toEqual(['2022 → conflict cma.hostilities-resumed']);
    // In the name of the framework it led, and at war.
    expect(dates('In September 2023, the CSP-PSD announced it was resuming hostilities.')).toEqual([
      'September 2023 → match cma.hostilities-resumed',
    ]);
    expect(dates('The CMA said on 11 September 2023 it was at war with the junta.')).toEqual([
      '11 September 2023 → match cma.hostilities-resumed',
    ]);
  });
});
