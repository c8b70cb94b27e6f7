import type { DateFact, Source } from './schema';
import { S } from './sources';

interface DateSpec {
  subject: string;
  event: string;
  date: string;
  en: string[];
  fr: string[];
  source: Source;
  singleSource?: boolean;
}

function dated(id: string, spec: DateSpec): DateFact {
  const { subject, event, date, en, fr, source, singleSource } = spec;
  return {
    id,
    subject,
    event,
    date,
    cues: { en, fr },
    sources: [source],
    confidence: singleSource ? 'low' : 'high',
    ...(singleSource ? { singleSource } : {}),
  };
}

const M = 'mission.minusma';

/** Dated events of MINUSMA coverage. */
export const DATES: DateFact[] = [
  dated('minusma.established', {
    subject: M,
    event: 'Security Council creates MINUSMA',
    date: '2013-04-25',
    en: ['established', 'created', 'set up', 'resolution 2100'],
    fr: ['créée', 'création', 'résolution 2100'],
    source: S.res2100,
  }),
  dated('minusma.takeover', {
    subject: M,
    event: 'MINUSMA takes over from AFISMA',
    date: '2013-07-01',
    en: ['since', 'took over', 'deployed', 'killed', 'injured'],
    fr: ['depuis', 'déployée', 'tués', 'blessés'],
    source: S.reliefweb2013,
  }),
  dated('minusma.terminated', {
    subject: M,
    event: 'Resolution 2690 ends the mandate',
    date: '2023-06-30',
    en: ['terminate', 'ended', 'end', 'resolution 2690', 'unanimously'],
    fr: ['fin', 'mettre fin', 'résolution 2690'],
    source: S.res2690,
  }),
  dated('minusma.exit-request', {
    subject: M,
    event: 'Mali asks for MINUSMA’s withdrawal without delay',
    date: '2023-06-16',
    en: ['withdrawal', 'without delay', 'asked', 'requested'],
    fr: ['retrait', 'sans délai', 'demande'],
    source: S.exitRequest,
  }),
  dated('minusma.withdrawal-complete', {
    subject: M,
    event: 'MINUSMA completes its withdrawal',
    date: '2023-12-31',
    en: ['withdrawal', 'complete', 'completed', 'left'],
    fr: ['retrait', 'achevé', 'quitté'],
    source: S.sgEnd,
  }),
  dated('minusma.mandate-2016', {
    subject: M,
    event: 'Resolution 2295 raises ceilings and sharpens the mandate',
    date: '2016-06-29',
    en: ['resolution 2295', 'robust', 'ceiling'],
    fr: ['résolution 2295'],
    source: S.res2295,
  }),
  dated('minusma.mandate-2019', {
    subject: M,
    event: 'Resolution 2480 adds central Mali as a priority',
    date: '2019-06-28',
    en: ['mandate', 'central', 'expanding', 'expanded', 'resolution 2480'],
    fr: ['mandat', 'centre', 'résolution 2480'],
    source: S.res2480,
  }),
  dated('minusma.mandate-2022', {
    subject: M,
    event: 'Resolution 2640 renews the mandate and asks for a review',
    date: '2022-06-29',
    en: ['renewed', 'extended', 'resolution 2640'],
    fr: ['renouvelé', 'prorogé', 'résolution 2640'],
    source: S.res2640,
  }),
  dated('review.debate', {
    subject: 'report.internal-review',
    event: 'Security Council debates the internal review',
    date: '2023-01-27',
    en: ['council', 'briefing', 'debate', 'review'],
    fr: ['conseil', 'réunion', 'revue'],
    source: S.usun2023,
  }),
  dated('mali.insurgency', {
    subject: 'place.mali',
    event: 'Start of the insurgency in the north',
    date: '2012',
    en: ['insurgency', 'rebellion', 'extremist', 'jihadist'],
    fr: ['insurrection', 'rébellion', 'extrémiste', 'djihadiste', 'jihadiste'],
    source: S.seed,
    singleSource: true,
  }),
  dated('mali.coup-2020', {
    subject: 'place.mali',
    event: 'Coup ousts President Keïta',
    date: '2020-08-18',
    en: ['coup', 'overthrown', 'ousted', 'president'],
    fr: ['coup d’état', 'putsch', 'renversé'],
    source: S.coup2020,
  }),
  dated('mali.coup-2021', {
    subject: 'place.mali',
    event: 'Second coup: Bah Ndaw and Moctar Ouane detained',
    date: '2021-05-24',
    en: ['second coup', 'coup', 'detained'],
    fr: ['second coup', 'putsch'],
    source: S.coup2021,
  }),
  dated('mali.goita-sworn-in', {
    subject: 'person.goita',
    event: 'Goïta sworn in as transitional president',
    date: '2021-06-07',
    en: ['sworn in', 'transitional', 'interim', 'president'],
    fr: ['investi', 'prête serment', 'président de la transition'],
    source: S.goita,
  }),
  dated('mali.referendum-planned', {
    subject: 'place.mali',
    event: 'Constitutional referendum first planned',
    date: '2023-03-19',
    en: ['referendum', 'constitution'],
    fr: ['référendum', 'constitution'],
    source: S.timetable,
  }),
  dated('mali.legislative-planned', {
    subject: 'body.national-assembly',
    event: 'Legislative elections planned (not held)',
    date: '2023-10',
    en: ['legislative', 'deputies', 'national assembly', 'parliamentarians'],
    fr: ['législatives', 'députés'],
    source: S.timetable,
  }),
  dated('mali.presidential-planned', {
    subject: 'place.mali',
    event: 'Presidential election planned (later postponed)',
    date: '2024-02-04',
    en: ['presidential', 'election', 'elections'],
    fr: ['présidentielle', 'élection'],
    source: S.timetable,
  }),
  dated('mali.transition-end', {
    subject: 'place.mali',
    event: 'Planned end of the transition',
    date: '2024-03-26',
    en: ['transition'],
    fr: ['transition'],
    source: S.timetable,
  }),
  dated('serval.start', {
    subject: 'operation.serval',
    event: 'France launches Operation Serval',
    date: '2013-01-11',
    en: ['serval', 'intervention', 'french-led', 'launched'],
    fr: ['serval', 'intervention'],
    source: S.barkhane,
  }),
  dated('barkhane.start', {
    subject: 'operation.barkhane',
    event: 'Barkhane replaces Serval',
    date: '2014-08-01',
    en: ['barkhane', 'replaced'],
    fr: ['barkhane'],
    source: S.barkhane,
  }),
  dated('barkhane.mali-exit', {
    subject: 'operation.barkhane',
    event: 'Last French troops leave Mali',
    date: '2022-08-15',
    en: ['pulled', 'withdrew', 'left', 'france', 'french'],
    fr: ['retrait', 'quitté', 'français'],
    source: S.barkhaneExit,
  }),
  dated('barkhane.end', {
    subject: 'operation.barkhane',
    event: 'Macron declares Barkhane over',
    date: '2022-11-09',
    en: ['barkhane', 'over', 'ended', 'wound up'],
    fr: ['barkhane', 'fin'],
    source: S.barkhaneEnd,
  }),
  dated('algiers.signed', {
    subject: 'agreement.algiers-2015',
    event: 'Peace agreement signed in Bamako by the government and the Platform',
    date: '2015-05-15',
    en: ['peace agreement', 'agreement', 'signed', 'accord'],
    fr: ['accord', 'signé', 'paix'],
    source: S.cma,
  }),
  dated('algiers.cma-signed', {
    subject: 'agreement.algiers-2015',
    event: 'CMA signs the peace agreement',
    date: '2015-06-20',
    en: ['cma', 'signed', 'coordination'],
    fr: ['cma', 'signé'],
    source: S.cma,
  }),
  dated('cma.suspension', {
    subject: 'org.cma',
    event: 'Armed movements suspend their part in the agreement',
    date: '2022-12',
    en: ['suspended', 'participation', 'movements'],
    fr: ['suspendu', 'participation', 'mouvements'],
    source: S.seed,
    singleSource: true,
  }),
  dated('wagner.arrival', {
    subject: 'org.wagner',
    event: 'Wagner begins deploying in Mali',
    date: '2021-12',
    en: ['wagner', 'deployment', 'arrival', 'mercenaries'],
    fr: ['wagner', 'déploiement', 'mercenaires'],
    source: S.wagner,
  }),
  dated('prigozhin.death', {
    subject: 'person.prigozhin',
    event: 'Prigozhin dies in a plane crash',
    date: '2023-08-23',
    en: ['crash', 'died', 'death', 'plane'],
    fr: ['crash', 'mort', 'avion'],
    source: S.prigozhin,
  }),
  dated('ecowas.sanctions', {
    subject: 'body.ecowas',
    event: 'ECOWAS imposes sanctions on Mali',
    date: '2022-01-09',
    en: ['sanctions', 'imposed'],
    fr: ['sanctions'],
    source: S.ecowas,
  }),
  dated('ecowas.sanctions-lifted', {
    subject: 'body.ecowas',
    event: 'ECOWAS lifts its economic sanctions',
    date: '2022-07-03',
    en: ['lifted', 'sanctions'],
    fr: ['levée', 'sanctions'],
    source: S.ecowas,
  }),
  dated('g5.mali-exit', {
    subject: 'body.g5-sahel',
    event: 'Mali announces it leaves the G5 Sahel',
    date: '2022-05-15',
    en: ['g5', 'leaving', 'withdraws'],
    fr: ['g5', 'retrait'],
    source: S.g5,
  }),
  dated('wane.appointed', {
    subject: 'person.wane',
    event: 'El-Ghassim Wane appointed head of MINUSMA',
    date: '2021-03-15',
    en: ['appointed', 'wane', 'head'],
    fr: ['nommé', 'wane'],
    source: S.wane,
  }),
];
