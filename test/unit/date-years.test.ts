import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/engine/engine';
import { foldText } from '../../lib/engine/fold-text';
import { monthsAlone } from '../../lib/engine/months-alone';
import { engine, judgedIn, linkedFigures } from '../support/engine';

// Sentences of wider MINUSMA coverage that give dates: each date's verdict and the event it was judged by.
const dates = (text: string, french = false) => linkedFigures(text, 'date', french);

describe('the year of a date the text leaves open', () => {
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
});
