import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { foldText } from '../../lib/engine/fold-text';
import { monthsAlone } from '../../lib/engine/months-alone';
import { engine, judgedIn, linkedFigures } from '../support/engine';

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

  it('judges each of two dates in one sentence by the event it dates', () => {
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

  it('dates the mission’s end on 31 December 2023 and the end of its mandate on 30 June', () => {
    expect(dates('The UN mission in Mali formally came to an end on 31 December 2023.')).toEqual([
      '31 December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('La Minusma, qui compte 13 000 casques bleus, doit partir d’ici au 31 décembre 2023.', true)).toEqual([
      '31 décembre 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('The council gave the mission until December 31, 2023 to withdraw its personnel and equipment.')).toEqual([
      'December 31, 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('La mission a officiellement pris fin le 31 décembre 2023.', true)).toEqual([
      '31 décembre 2023 → match minusma.withdrawal-complete',
    ]);
    // `end` is both the mandate's end and the mission's: the day decides, where it is one of theirs.
    expect(dates('The UN Security Council voted unanimously to end MINUSMA by December 31, 2023.')).toEqual([
      'December 31, 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('La MINUSMA prendra fin le 31 décembre 2023.', true)).toEqual(['31 décembre 2023 → match minusma.withdrawal-complete']);
    expect(dates('The Council ended the mandate on June 30, 2023.')).toEqual(['June 30, 2023 → match minusma.terminated']);
    expect(dates('The mandate expired on 30 June 2023.')).toEqual(['30 June 2023 → match minusma.terminated']);
    expect(dates('Le Conseil a mis un terme au mandat de la Minusma le 30 juin 2023.', true)).toEqual([
      '30 juin 2023 → match minusma.terminated',
    ]);
    expect(dates('Le Conseil a voté à l’unanimité la fin de la mission le 1er juillet 2023.', true)).toEqual([
      '1er juillet 2023 → conflict minusma.terminated',
    ]);
  });

  it('reads a day without its year in the year before when an event of that day agrees and none of the article’s year does', () => {
    const read = (text: string) =>
      annotateText(text, engine, { articleDate: '2024-01-02', french: true }).figures.map((f) =>
        `${f.text} ${f.date} → ${f.status} ${f.factId ?? ''}`.trim(),
      );
    // Written in January 2024 of the June and July before, which read as the months ahead.
    expect(read('Le Conseil avait voté à l’unanimité, le 30 juin, la fin du mandat.')).toEqual([
      '30 juin 2023-06-30 → match minusma.terminated',
    ]);
    expect(read('Le retrait, entamé le 1er juillet, a été émaillé de tensions.')).toEqual([
      '1er juillet 2023-07-01 → match minusma.drawdown-start',
    ]);
    expect(read('Les élections sont prévues le 30 juin.')).toEqual(['30 juin 2024-06-30 → unknown']);
  });

  it('reads a day without its year in the year the story was last told in, a year on', () => {
    const text =
      'Le 16 juin 2023, Abdoulaye Diop avait réclamé le retrait de la mission.\n\nLe 30 juin, la résolution 2690 mettait fin au mandat. Le drapeau a été descendu le 11 décembre.';
    const days = annotateText(text, engine, { articleDate: '2024-12-31', french: true })
      .figures.slice(1)
      .map((f) => `${f.text} ${f.date} → ${f.status} ${f.factId ?? ''}`);
    expect(days).toEqual(['30 juin 2023-06-30 → match minusma.terminated', '11 décembre 2023-12-11 → match minusma.flag-lowered']);
  });

  it('reads a day without its year in the year written alone last in the story', () => {
    const text =
      'Il y a un an, le 31 décembre 2023, la mission achevait son retrait.\n\nTout avait commencé en 2013. Après l’intervention française de janvier, le Conseil de sécurité avait créé la Minusma trois mois plus tard, le 25 avril.';
    const days = annotateText(text, engine, { articleDate: '2024-12-31', french: true })
      .figures.filter((f) => f.form === 'date')
      .map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`);
    expect(days).toEqual([
      '31 décembre 2023 → match minusma.withdrawal-complete',
      '2013 → unknown ',
      '25 avril → match minusma.established',
    ]);
  });

  it('reads a timeline’s day without its year in the year of the line before, when the year next to the article’s gives no event', () => {
    const text =
      '25 April 2013 – The Security Council adopts resolution 2100, creating MINUSMA.\n1 July – MINUSMA takes over from the African-led AFISMA.\n31 October 2023 – The last peacekeepers leave Kidal.';
    const days = annotateText(text, engine, { articleDate: '2024-01-10' })
      .figures.filter((f) => f.form === 'date')
      .map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`);
    // A line that is only its date and an event is dated by the event: leaving Kidal is no end of the withdrawal.
    expect(days).toEqual([
      '25 April 2013 → match minusma.established',
      '1 July → match minusma.takeover',
      '31 October 2023 → match minusma.kidal-left',
    ]);
  });

  it('reads a day or a month said to be of the same year in the year written last before it, however far back', () => {
    const read = (text: string, french = false) =>
      annotateText(text, engine, { articleDate: '2024-01-02', french }).figures.map(
        (f) => `${f.text} ${f.date} → ${f.status} ${f.factId ?? ''}`,
      );
    // A resolution's number is no year: 2100 is the one that created the mission.
    expect(
      read(
        'Créée le 25 avril 2013 par la résolution 2100, la mission avait pris le relais de la Misma, la force africaine, le 1er juillet de la même année.',
        true,
      ),
    ).toEqual(['25 avril 2013 2013-04-25 → match minusma.established', '1er juillet 2013-07-01 → match minusma.takeover']);
    expect(
      read('The coup came in August 2020. Weeks later, on 25 September that year, Bah Ndaw was sworn in as interim president.'),
    ).toEqual(['August 2020 2020-08 → match mali.coup-2020', '25 September 2020-09-25 → match mali.ndaw-sworn-in']);
    // So is a month (`in August of that year`), a date of that month.
    expect(read('The junta expelled the French ambassador in January 2022; the last French troops left in August of that year.')).toEqual([
      'January 2022 2022-01 → match mali.french-ambassador-expelled',
      'August of that year 2022-08 → match barkhane.mali-exit',
    ]);
    expect(
      read(
        'La junte a expulsé l’ambassadeur de France en janvier 2022 ; les derniers soldats français sont partis en juillet de la même année.',
        true,
      ),
    ).toEqual([
      'janvier 2022 2022-01 → match mali.french-ambassador-expelled',
      'juillet de la même année 2022-07 → conflict barkhane.mali-exit',
    ]);
  });

  it('tells the day the mission left Kidal from the day the army took it, and from the other camps of its region', () => {
    expect(dates('Les derniers casques bleus ont quitté Kidal le 31 octobre 2023.', true)).toEqual([
      '31 octobre 2023 → match minusma.kidal-left',
    ]);
    expect(dates('MINUSMA left its Kidal camp on 31 October 2023, and the army took the town on 14 November 2023.')).toEqual([
      '31 October 2023 → match minusma.kidal-left',
      '14 November 2023 → match fama.kidal-taken',
    ]);
    // Leaving a town dates its own camp, which only that camp's day disputes.
    expect(dates('La Minusma a quitté le camp de Kidal le 15 octobre 2023.', true)).toEqual([
      '15 octobre 2023 → conflict minusma.kidal-left',
    ]);
    expect(dates('The army retook Kidal on 14 December 2023.')).toEqual(['14 December 2023 → conflict fama.kidal-taken']);
    expect(dates('The town of Kidal fell in November 2023, a symbolic victory for the junta.')).toEqual([
      'November 2023 → match fama.kidal-taken',
    ]);
    expect(dates('After Kidal had fallen in November 2023, the army claimed victory.')).toEqual(['November 2023 → match fama.kidal-taken']);
    expect(dates('The Malian army has been in control of Kidal since November 2023.')).toEqual(['November 2023 → match fama.kidal-taken']);
    expect(dates('The army was in control of Kidal by 14 November 2022.')).toEqual(['14 November 2022 → conflict fama.kidal-taken']);
    // A town named in the sentence before names it for `the town` and for a pronoun, a clause after `;` too.
    const story = (text: string) => judgedIn('2023-12-30')(text, true);
    expect(story('À Kidal, les casques bleus sont partis le 31 octobre ; l’armée est entrée dans la ville le 14 novembre.')).toEqual([
      '31 octobre → match minusma.kidal-left',
      '14 novembre → match fama.kidal-taken',
    ]);
    expect(story('Les casques bleus ont quitté Kidal le 31 octobre. Elle est tombée aux mains de l’armée le 14 novembre.')).toEqual([
      '31 octobre → match minusma.kidal-left',
      '14 novembre → match fama.kidal-taken',
    ]);
    // Tessalit's camp, the region's first closed, has its own day; Aguelhok's none.
    expect(dates('MINUSMA left its camp in Tessalit on 21 October 2023.')).toEqual(['21 October 2023 → match minusma.tessalit-left']);
    expect(dates('La Minusma a quitté Tessalit le 15 octobre 2023.', true)).toEqual(['15 octobre 2023 → conflict minusma.tessalit-left']);
    expect(dates('The mission left Aguelhok on 15 October 2023.')).toEqual(['15 October 2023 → unknown']);
    // The Kidal region is not the town; an attack on its camp is no leaving.
    expect(dates('MINUSMA withdrew from a second camp in the Kidal region on 23 October 2023.')).toEqual(['23 October 2023 → unknown']);
    expect(dates('La Minusma a quitté la région de Kidal le 23 octobre 2023.', true)).toEqual(['23 octobre 2023 → unknown']);
    expect(dates('The attack on the MINUSMA camp in Kidal on 5 April 2023 killed two peacekeepers.')).toEqual(['5 April 2023 → unknown']);
  });

  it('disputes no end of the mission’s withdrawal by one contributor’s leaving, nor any end of a leaving or other start by its start', () => {
    const judged = (text: string, french = false) =>
      annotateText(text, engine, { articleDate: '2024-01-15', french }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`);
    expect(judged('Sweden’s last troops left Mali in June 2023, ending a nine-year deployment.')[0]).toBe('June 2023 → unknown ');
    expect(judged('Les derniers soldats suédois ont quitté le Mali en juin 2023.', true)).toEqual(['juin 2023 → unknown ']);
    // A contributor the pack dates completes its own withdrawal, whatever commas its count holds.
    expect(judged('The Egyptian contingent of 1,081 personnel completed its withdrawal in August 2023.')[1]).toBe(
      'August 2023 → match egypt.pullout-2023',
    );
    expect(judged('Le contingent égyptien de 1 081 hommes a achevé son retrait en août 2023.', true)[1]).toBe(
      'août 2023 → match egypt.pullout-2023',
    );
    expect(judged('Germany began withdrawing in the summer of 2023; its last soldiers left on 15 December.')).toEqual([
      '2023 → unknown ',
      '15 December → match germany.left',
    ]);
    // The end of a leaving still disputes it, and a start disputes a start.
    expect(judged('The withdrawal began in July 2023 and ended on 31 December 2024.')).toEqual([
      'July 2023 → match minusma.drawdown-start',
      '31 December 2024 → conflict minusma.withdrawal-complete',
    ]);
    expect(judged('The withdrawal began on 1 June 2023 and ended on 31 December 2023.')).toEqual([
      '1 June 2023 → conflict minusma.drawdown-start',
      '31 December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(judged('Wagner began deploying in Mali in December 2020.')).toEqual(['December 2020 → conflict wagner.arrival']);
    // A leaving's start, before or after its date, is no start of what leaves, which `began` names too.
    expect(judged('On Feb 16, France began its withdrawal from Mali.')).toEqual(['Feb 16 → unknown ']);
    expect(judged('Operation Barkhane began on 1 August 2015.')).toEqual(['1 August 2015 → conflict barkhane.start']);
    expect(judged('L’opération Barkhane a commencé le 1er août 2015.', true)).toEqual(['1er août 2015 → conflict barkhane.start']);
    expect(judged('Takuba began in 2020.')).toEqual(['2020 → match takuba.launched']);
    expect(judged('MINUSMA began its operations on 1 July 2013.')).toEqual(['1 July 2013 → match minusma.takeover']);
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

  it('dates the request to leave, the start of the drawdown and of the mission in everyday words', () => {
    expect(dates('The vote came two weeks after Mali’s request on 16 June 2023.')).toEqual(['16 June 2023 → match minusma.exit-request']);
    expect(dates('Le 16 juin 2023, Bamako a exigé le départ de la mission.', true)).toEqual(['16 juin 2023 → match minusma.exit-request']);
    expect(dates('MINUSMA, with some 13,000 peacekeepers, was told to leave in June 2023.')).toEqual([
      'June 2023 → match minusma.exit-request',
    ]);
    expect(dates('Mali asked the UN to leave in 2022.')).toEqual(['2022 → conflict minusma.exit-request']);
    expect(dates('In June 2023, the junta asked UN peacekeepers to leave.')).toEqual(['June 2023 → match minusma.exit-request']);
    expect(dates('Peacekeepers began leaving on 1 July 2023.')).toEqual(['1 July 2023 → match minusma.drawdown-start']);
    expect(dates('The withdrawal, launched on 1 July 2023, was to last six months.')).toEqual([
      '1 July 2023 → match minusma.drawdown-start',
    ]);
    expect(dates('Le retrait de la Minusma, lancé le 1er juillet 2023, devait durer six mois.', true)).toEqual([
      '1er juillet 2023 → match minusma.drawdown-start',
    ]);
    expect(dates('It began operations on July 1, 2013.')).toEqual(['July 1, 2013 → match minusma.takeover']);
    // Others' operations that begin are no drawdown's; the mission's that stop are.
    expect(dates('Since the Malian army and Wagner began joint operations in early 2022, killings of civilians have risen.')).toEqual([
      '2022 → unknown',
    ]);
    expect(dates('L’armée malienne et Wagner ont commencé des opérations conjointes en 2022.', true)).toEqual(['2022 → unknown']);
    expect(dates('The mission must stop its operations on 1 July 2023.')).toEqual(['1 July 2023 → match minusma.drawdown-start']);
    // A plan that asks for money and a sum requested ask nothing of the mission.
    expect(dates('The humanitarian plan for 2024 asks for $700 million, less than half of what was requested.')).toEqual([
      '2024 → unknown',
    ]);
    expect(dates('Mali’s junta asks UN to withdraw its peacekeepers in June 2023.')).toEqual(['June 2023 → match minusma.exit-request']);
    // How long the last mandate lasted.
    expect(dates('The mission’s mandate ran until the end of June 2023.')).toEqual(['June 2023 → match minusma.terminated']);
    expect(dates('Son mandat courait jusqu’au 30 juin 2023.', true)).toEqual(['30 juin 2023 → match minusma.terminated']);
    // A date since which something has lasted, inside the clause, dates that thing, not what the clause goes on to say.
    expect(dates('La junte dirigée par le colonel Assimi Goïta depuis mai 2021 a exigé le départ de la mission.', true)).toEqual([
      'mai 2021 → unknown',
    ]);
    expect(dates('The junta led by Goïta since May 2021 asked MINUSMA to withdraw without delay.')).toEqual(['May 2021 → unknown']);
    expect(dates('Goïta has been president since June 2021 and rejected the mission’s plan.')).toEqual([
      'June 2021 → match mali.goita-sworn-in',
    ]);
    // A machine translation keeps the French noun: `la cessation des opérations`.
    expect(dates('The resolution foresees the cessation of the operations from the 1 July 2023.')).toEqual([
      '1 July 2023 → match minusma.drawdown-start',
    ]);
    expect(dates('Elle demande à la Minusma de cesser ses opérations dès le 1er juillet 2023.', true)).toEqual([
      '1er juillet 2023 → match minusma.drawdown-start',
    ]);
    expect(dates('The mission, established by Resolution 2100, began operating on July 1, 2013.')).toEqual([
      'July 1, 2013 → match minusma.takeover',
    ]);
    expect(dates('La Minusma est devenue opérationnelle le 1er juillet 2013.', true)).toEqual([
      '1er juillet 2013 → match minusma.takeover',
    ]);
    expect(dates('The UN mission began in July 2013.')).toEqual(['July 2013 → match minusma.takeover']);
    expect(dates('AFISMA troops were re-hatted as UN peacekeepers on 1 July 2013.')).toEqual(['1 July 2013 → match minusma.takeover']);
    // The first blue helmets arriving: the day they came under the mission's flag.
    expect(dates('When the first blue helmets arrived in July 2013, many Malians welcomed them.')).toEqual([
      'July 2013 → match minusma.takeover',
    ]);
    expect(dates('La Minusma a vu le jour le 25 avril 2013.', true)).toEqual(['25 avril 2013 → match minusma.established']);
  });

  it('dates the conflict from 2012, and takes killing since a year for no start of the mission', () => {
    expect(dates('The conflict has killed thousands of civilians and soldiers since 2012.')).toEqual(['2012 → match mali.insurgency']);
    expect(dates('Le conflit a fait des milliers de morts depuis 2012.', true)).toEqual(['2012 → match mali.insurgency']);
    expect(dates('165 peacekeepers have been killed by hostile action since July 2013.')).toEqual(['July 2013 → match minusma.takeover']);
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

  it('disputes the creation with a year the mission is said to be created in, not with its predecessor’s', () => {
    expect(dates('Claim: MINUSMA was created in 2012.')).toEqual(['2012 → conflict minusma.established']);
    expect(dates('The Council ended MINUSMA, which was set up in April 2012 to support the transition.')).toEqual([
      'April 2012 → conflict minusma.established',
    ]);
    expect(dates('La Minusma, qui a été créée en avril 2012, s’en va.', true)).toEqual(['avril 2012 → conflict minusma.established']);
    expect(dates('La Minusma a été créée en 2012.', true)).toEqual(['2012 → conflict minusma.established']);
    // Named between commas, or as the UN's mission in Mali; not the EU's nor the African-led one.
    expect(dates('The UN mission in Mali, MINUSMA, was set up in 2014.')).toEqual(['2014 → conflict minusma.established']);
    expect(dates('MINUSMA, the UN mission in Mali, was set up in 2014.')).toEqual(['2014 → conflict minusma.established']);
    expect(dates('La mission de l’ONU au Mali a été créée en 2014.', true)).toEqual(['2014 → conflict minusma.established']);
    expect(dates('The EU’s training mission in Mali was set up in February 2013.')).toEqual(['February 2013 → unknown']);
    expect(dates('The African-led mission in Mali was set up in December 2012.')).toEqual(['December 2012 → unknown']);
    expect(dates('MINUSMA was established in 2013 to replace AFISMA, which had been set up in 2012.')).toEqual([
      '2013 → match minusma.established',
      '2012 → unknown',
    ]);
    expect(dates('La Minusma a été créée en 2013 pour remplacer la Misma, qui avait été mise en place en 2012.', true)).toEqual([
      '2013 → match minusma.established',
      '2012 → unknown',
    ]);
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

  it('dates none of the mission’s events by a clause about another mission', () => {
    expect(dates('EUTM Mali has trained Malian soldiers since 2013.')).toEqual(['2013 → unknown']);
    expect(dates('Like MINUSMA, UNIFIL has been in its country since 1978.')).toEqual(['1978 → unknown']);
    expect(dates('MINUSMA has been in Mali since 2013.')).toEqual(['2013 → match minusma.takeover']);
  });

  it('dates the closing of one base, not the mission’s withdrawal, by the town its last peacekeepers left', () => {
    expect(dates('The last peacekeepers left Timbuktu on 25 October 2023.')).toEqual(['25 October 2023 → unknown']);
    expect(dates('Les derniers casques bleus ont quitté Gao le 12 décembre 2023.', true)).toEqual(['12 décembre 2023 → unknown']);
    expect(dates('Les derniers casques bleus ont quitté Gao le 31 décembre 2023.', true)).toEqual([
      '31 décembre 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('The last peacekeepers left Mali on 25 October 2023.')).toEqual([
      '25 October 2023 → conflict minusma.withdrawal-complete',
    ]);
    // A town's withdrawal, said by its noun.
    expect(dates('Le retrait d’Aguelhok a été achevé le 23 octobre 2023, selon la Minusma.', true)).toEqual(['23 octobre 2023 → unknown']);
    expect(dates('Le retrait de la Minusma a été achevé le 23 octobre 2023.', true)).toEqual([
      '23 octobre 2023 → conflict minusma.withdrawal-complete',
    ]);
    // In a list of towns each with its day, a date is the town's before it: Ber's is not Tessalit's.
    expect(dates('The peacekeepers left Ber on 13 August 2023, Tessalit on 21 October 2023 and Kidal on 31 October 2023.')).toEqual([
      '13 August 2023 → unknown',
      '21 October 2023 → match minusma.tessalit-left',
      '31 October 2023 → match minusma.kidal-left',
    ]);
    expect(dates('Les Casques bleus avaient quitté Ber le 13 août 2023, Tessalit le 21 octobre 2023.', true)).toEqual([
      '13 août 2023 → unknown',
      '21 octobre 2023 → match minusma.tessalit-left',
    ]);
  });

  it('dates a month written alone in the article’s year, or the year its words give, and disputes nothing by it', () => {
    const late2023 = judgedIn('2023-12-20');
    const early2024 = judgedIn('2024-03-10');
    expect(late2023('In June, the Security Council ended the mandate.')).toEqual(['June → match minusma.terminated']);
    expect(late2023('La junte avait exigé en juin le départ de la mission.', true)).toEqual(['juin → match minusma.exit-request']);
    expect(early2024('Last December, the UN lowered its flag in Bamako.')).toEqual(['December → match minusma.flag-lowered']);
    expect(early2024('In June last year, the Security Council ended the mandate.')).toEqual(['June last year → match minusma.terminated']);
    expect(early2024('En juin dernier, le Conseil a mis fin au mandat.', true)).toEqual(['juin dernier → match minusma.terminated']);
    expect(judgedIn('2024-01-15')('Presidential elections are planned for February.')).toEqual([
      'February → match mali.presidential-planned',
    ]);
    expect(judgedIn('2024-01-10')('À Kidal, les derniers casques bleus sont partis fin octobre.', true)).toEqual([
      'octobre → match minusma.kidal-left',
    ]);
    expect(judgedIn('2024-01-10')('Dès juillet, les premières bases ont été rétrocédées.', true)).toEqual(['juillet → unknown']);
    // A timeline's month that opens its line.
    expect(judgedIn('2024-01-10')('July – The withdrawal begins with the closure of the Ber camp.')).toEqual([
      'July → match minusma.drawdown-start',
    ]);
    // A year its words give is the only one it may mean; a month without such words may mean the other year too.
    const datesOf = (text: string) => monthsAlone(foldText(text), [], '2024-03-01').map((m) => [m.date, m.otherDates]);
    expect(datesOf('in June last year')).toEqual([['2023-06', undefined]]);
    expect(datesOf('in June')).toEqual([['2024-06', ['2023-06']]]);
    // A month joined to one with a year is of that year: `in May and June 2015`, `en mai-juin 2015`.
    expect(datesOf('signed in May and June 2015')).toEqual([['2015-05', undefined]]);
    expect(datesOf('signé en mai-juin 2015')).toEqual([['2015-05', undefined]]);
    expect(judgedIn('2024-01-10')('L’accord d’Alger a été signé en mai et juin 2015.', true)).toEqual([
      'mai → match algiers.signed',
      'juin 2015 → match algiers.cma-signed',
    ]);
    // Its year is a guess: it disputes nothing.
    expect(late2023('In May, the Security Council ended the mandate.')).toEqual(['May → unknown']);
    // Not `may` written small, nor a month `of that year` where no year was written.
    expect(late2023('The last may be the hardest.')).toEqual([]);
    expect(late2023('In August of that year, the mission ended.')).toEqual([]);
  });

  it('dates a day said in words without its year as a day in digits without one', () => {
    const mid2023 = judgedIn('2023-07-01');
    expect(mid2023('The mission will withdraw its forces by the thirty-first of December.')).toEqual([
      'thirty-first of December → match minusma.withdrawal-complete',
    ]);
    expect(judgedIn('2023-12-20')('The flag came down on December the eleventh.')).toEqual([
      'December the eleventh → match minusma.flag-lowered',
    ]);
    // And `the month of June`, as translations write a month.
    expect(mid2023('The government demanded in the middle of the month of June the departure of the mission.')).toEqual([
      'June → match minusma.exit-request',
    ]);
    // An ordinal that names no day is none.
    expect(mid2023('It was the first of many attacks; the second of the month was quiet.')).toEqual([]);
  });

  it('dates the mission’s closing by the end of its withdrawal', () => {
    expect(dates('The Secretary-General notes the completion of the drawdown of MINUSMA on 31 December 2023.')).toEqual([
      '31 December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('The mission officially closed on 31 December 2023.')).toEqual(['31 December 2023 → match minusma.withdrawal-complete']);
    expect(dates('MINUSMA will begin drawing down, with the objective of completing this process by 31 December 2023.')).toEqual([
      '31 December 2023 → match minusma.withdrawal-complete',
    ]);
    // And Mali's request by what its minister told the Council that day.
    expect(dates('Diop told the council on 16 June 2023 that the mission had become "part of the problem."')).toEqual([
      '16 June 2023 → match minusma.exit-request',
    ]);
    expect(dates('La mission a été officiellement close le 31 décembre 2023.', true)).toEqual([
      '31 décembre 2023 → match minusma.withdrawal-complete',
    ]);
  });

  it('dates a request worded as one, and no event by what the dated one follows', () => {
    expect(dates("Related: Mali's junta asks UN to withdraw 15,000 peacekeepers (16 June 2023)")).toEqual([
      '16 June 2023 → match minusma.exit-request',
    ]);
    expect(dates("The book ends with Mali's request, in June 2023, that the mission leave.")).toEqual([
      'June 2023 → match minusma.exit-request',
    ]);
    // What an announcement follows happened before it: its date is not France's.
    expect(dates("The announcement on 14 November 2022 follows France's withdrawal from Mali in August.")).toEqual([
      '14 November 2022 → unknown',
      'August → match barkhane.mali-exit',
    ]);
    expect(dates('Britain announced on 14 November 2022 that its troops would leave early.')).toEqual([
      '14 November 2022 → match uk.exit-announced',
    ]);
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

  it('reads the start or end of a year as a time, not as the start of the drawdown or the end of Barkhane', () => {
    expect(dates('At the start of 2023, MINUSMA had about 13,000 soldiers.')).toEqual(['2023 → unknown']);
    expect(dates('La Minusma comptait environ 13 000 soldats au début de 2023.', true)).toEqual(['2023 → unknown']);
    expect(dates('Le désengagement a commencé le 1er juillet 2023.', true)).toEqual(['1er juillet 2023 → match minusma.drawdown-start']);
    expect(dates('Depuis le début du retrait, le 1er juillet 2023, la mission a rapatrié ses casques bleus.', true)).toEqual([
      '1er juillet 2023 → match minusma.drawdown-start',
    ]);
    expect(dates('Son effectif autorisé avait été porté à 15 209 personnels en uniforme en 2016.', true)).toEqual([
      '2016 → match minusma.mandate-2016',
    ]);
    expect(dates('Its authorized workforce had been brought to 15,209 uniformed personnel in 2016.')).toEqual([
      '2016 → match minusma.mandate-2016',
    ]);
    expect(dates('By the end of 2021, France still had about 5,000 troops in the Sahel.')).toEqual(['2021 → unknown']);
    expect(dates('Fin 2021, la France comptait encore 5 000 soldats au Sahel.', true)).toEqual(['2021 → unknown']);
    expect(dates('Barkhane ended in November 2022.')).toEqual(['November 2022 → match barkhane.end']);
    expect(dates('The French operation "Barkhan" was completed in November 2022 year.')).toEqual(['November 2022 → match barkhane.end']);
    expect(dates('Le groupe Wagner a été déployé au Mali fin 2021.', true)).toEqual(['2021 → match wagner.arrival']);
    // Present since then, and its men as the press calls them.
    expect(dates('Wagner has been in Mali since December 2021.')).toEqual(['December 2021 → match wagner.arrival']);
    expect(dates('Le groupe Wagner est présent au Mali depuis fin 2021.', true)).toEqual(['2021 → match wagner.arrival']);
    expect(dates('Russian mercenaries began deploying to Mali in late 2021.')).toEqual(['2021 → match wagner.arrival']);
    expect(dates('December 2021: Wagner mercenaries begin arriving.')).toEqual(['December 2021 → match wagner.arrival']);
    // A year an earlier date of the sentence has already dated for one event dates the next one.
    expect(
      dates('Les relations se sont dégradées après le second coup d’État, en mai 2021, et l’arrivée de Wagner, fin 2021.', true),
    ).toEqual(['mai 2021 → match mali.coup-2021', '2021 → match wagner.arrival']);
    // The part of its year a year is said of prefers an event of that part: the end of the withdrawal, not the request.
    expect(
      dates('Après le retrait de Barkhane en août 2022, puis celui de la Minusma fin 2023, le Mali s’est tourné vers Moscou.', true),
    ).toEqual(['août 2022 → match barkhane.mali-exit', '2023 → match minusma.withdrawal-complete']);
    // So does a half, a quarter or a season of it.
    expect(dates('The withdrawal ran through the second half of 2023.')).toEqual(['2023 → match minusma.withdrawal-complete']);
    expect(dates('Le retrait s’est déroulé au second semestre 2023.', true)).toEqual(['2023 → match minusma.withdrawal-complete']);
    // The date a head has led the mission since is the appointment's, and only that one.
    expect(dates('Wane, head of MINUSMA since March 2021, spoke.')).toEqual(['March 2021 → match wane.appointed']);
    expect(dates('El-Ghassim Wane dirige la mission depuis 2021.', true)).toEqual(['2021 → match wane.appointed']);
    expect(dates('« C’est la fin », a déclaré El-Ghassim Wane, chef de la mission depuis 2021.', true)).toEqual([
      '2021 → match wane.appointed',
    ]);
    expect(dates('La Minusma a commencé son déploiement le 1er juillet 2013.', true)).toEqual([
      '1er juillet 2013 → match minusma.takeover',
    ]);
    expect(dates('The junta brought in Russian mercenaries of the Wagner Group in late 2021.')).toEqual(['2021 → match wagner.arrival']);
    expect(dates('The mission must stop its operations on 1 July 2023 and be gone by 31 December 2023.')).toEqual([
      '1 July 2023 → match minusma.drawdown-start',
      '31 December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('Diop a déclaré au Conseil le 16 juin 2023 que la mission était devenue « une partie du problème ».', true)).toEqual([
      '16 juin 2023 → match minusma.exit-request',
    ]);
    expect(dates('Since March 2021 the mission has been led by El-Ghassim Wane.')).toEqual(['March 2021 → match wane.appointed']);
    expect(dates('Depuis mars 2021, la mission est dirigée par El-Ghassim Wane.', true)).toEqual(['mars 2021 → match wane.appointed']);
    expect(dates('Elle était dirigée depuis mars 2020 par El-Ghassim Wane.', true)).toEqual(['mars 2020 → conflict wane.appointed']);
    expect(dates('The mission, led since March 2021 by El-Ghassim Wane, closed.')).toEqual(['March 2021 → match wane.appointed']);
    expect(dates('Mali, led since June 2021 by Assimi Goïta, left the G5 Sahel.')).toEqual(['June 2021 → unknown']);
    expect(dates('El-Ghassim Wane, who has led the mission since 2019, spoke.')).toEqual(['2019 → conflict wane.appointed']);
    expect(dates('Wane led a delegation to Kidal in 2022.')).toEqual(['2022 → unknown']);
    // So is the year he led it from.
    expect(dates('El-Ghassim Wane led the mission from 2019 until its closure.')).toEqual(['2019 → conflict wane.appointed']);
    expect(dates('El-Ghassim Wane a dirigé la mission de 2021 à sa fermeture.', true)).toEqual(['2021 → match wane.appointed']);
    expect(dates('Annadif led the mission from 2016 to 2021.')).toEqual(['2016 → unknown', '2021 → unknown']);
    // In office since his appointment or since he took up the post: either month.
    expect(dates('The chief of the mission, El-Ghassim Wane, is in function since April of 2021.')).toEqual([
      'April of 2021 → match wane.took-up-post',
    ]);
    expect(dates('El-Ghassim Wane, in office since March 2021, briefed the Council.')).toEqual(['March 2021 → match wane.appointed']);
    expect(dates('El-Ghassim Wane est en fonction depuis mars 2022.', true)).toEqual(['mars 2022 → conflict wane.appointed']);
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

  it('dates each June’s renewal of the mandate by its year, and disputes none on one word', () => {
    expect(dates('The Council renewed MINUSMA’s mandate in June 2017.')).toEqual(['June 2017 → match minusma.mandate-2017']);
    expect(dates('The Council extended the mission in June 2015.')).toEqual(['June 2015 → match minusma.mandate-2015']);
    expect(dates('Le Conseil a renouvelé le mandat de la Minusma en juin 2018.', true)).toEqual(['juin 2018 → match minusma.mandate-2018']);
    expect(dates('Resolution 2423 renewed the mandate on June 20, 2018.')).toEqual(['June 20, 2018 → conflict minusma.mandate-2018']);
    expect(dates('The Council renewed the mandate in June 2021.')).toEqual(['June 2021 → match minusma.mandate-2021']);
    expect(dates('The Council voted 13 to 0 with two abstentions to renew the mandate in June 2022.')).toEqual([
      'June 2022 → match minusma.mandate-2022',
    ]);
    expect(dates('In June 2020, resolution 2531 renewed the mandate until June 2021.')[0]).toBe('June 2020 → match minusma.mandate-2020');
    expect(dates('The Council renewed the mandate in June 2023.')).toEqual(['June 2023 → unknown']);
    // Extended, of something else: a transition.
    expect(dates('Mali’s 18-month transition, set in 2020, was extended.')).toEqual(['2020 → unknown']);
    expect(dates('The transition was extended by 24 months in 2022.')).toEqual(['2022 → unknown']);
    expect(dates('La transition a été prorogée en 2022.', true)).toEqual(['2022 → unknown']);
    const at = (text: string) =>
      annotateText(text, engine, { articleDate: '2014-06-27' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
    expect(at('The Security Council renewed the mandate of MINUSMA for another year on June 25.')).toEqual([
      'June 25 → match minusma.mandate-2014',
    ]);
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
