import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { engine, judgedIn, linkedFigures } from '../support/engine';

// Sentences of wider MINUSMA coverage that give dates: each date's verdict and the event it was judged by.
const dates = (text: string, french = false) => linkedFigures(text, 'date', french);

describe('dates of the mission’s own events', () => {
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

  it('tells the day the mission left Kidal from the day the army took it, and from the other camps of its region', () => {
    // Its camp closed is the mission leaving; a road closed is not.
    expect(dates('MINUSMA closed its camp in Kidal on 30 October 2023.')).toEqual(['30 October 2023 → conflict minusma.kidal-left']);
    expect(dates('La Minusma a fermé son camp de Kidal le 31 octobre 2023.', true)).toEqual(['31 octobre 2023 → match minusma.kidal-left']);
    expect(dates('The road to Kidal was closed on 30 October 2023.')).toEqual(['30 October 2023 → unknown']);
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

  it('dates the request to leave, the start of the drawdown and of the mission in everyday words', () => {
    expect(dates('The vote came two weeks after Mali’s request on 16 June 2023.')).toEqual(['16 June 2023 → match minusma.exit-request']);
    expect(dates('Le 16 juin 2023, Bamako a exigé le départ de la mission.', true)).toEqual(['16 juin 2023 → match minusma.exit-request']);
    expect(dates('MINUSMA, with some 13,000 peacekeepers, was told to leave in June 2023.')).toEqual([
      'June 2023 → match minusma.exit-request',
    ]);
    expect(dates('Mali asked the UN to leave in 2022.')).toEqual(['2022 → conflict minusma.exit-request']);
    expect(dates('In June 2023, the junta asked UN peacekeepers to leave.')).toEqual(['June 2023 → match minusma.exit-request']);
    expect(dates('Peacekeepers began leaving on 1 July 2023.')).toEqual(['1 July 2023 → match minusma.drawdown-start']);
    expect(dates('C’est le onzième camp rétrocédé depuis le début du processus de retrait, le 1er juillet 2023.', true)).toEqual([
      '1er juillet 2023 → match minusma.drawdown-start',
    ]);
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
});
