import { dated } from './dated';
import type { DateFact } from './schema';
import { S } from './sources';

// Words of either coup, and of the junta's rule since one (`led Mali since May 2021`): the date tells them apart.
const COUP_EN = [
  'coup',
  'putsch',
  'overthrown',
  'ousted',
  'seized power',
  'took power',
  // A translation of `a pris le pouvoir`.
  'took the power',
  'came to power',
  'rise to power',
  'in power',
  'led mali since',
  'ruled mali since',
  'led by a junta since',
  'led by a military junta since',
  'ruled by a junta since',
  'ruled by a military junta since',
  'military rule since',
];
const COUP_FR = [
  'coup d’état',
  'putsch',
  'renversé',
  // The story's past, `renversa` and `renversait`, which `renversé` does not begin.
  'renversa',
  'pris le pouvoir',
  'au pouvoir',
  'arrivée au pouvoir',
  'dirige le mali depuis',
  'dirigé par une junte depuis',
  'dirigé par une junte militaire depuis',
  'régime militaire depuis',
];

// Words of a president's taking office.
/** The time Goïta has been president since: his swearing-in's, or the court's ruling's, which the date tells apart. */
export const PRESIDENT_SINCE_EN = ['president since', 'president of the transition since', 'transitional president since'];
/** The same in French. */
export const PRESIDENT_SINCE_FR = ['président depuis', 'président de la transition depuis'];
const SWORN_EN = ['sworn in', 'inaugurated', 'took office', 'investiture'];
const SWORN_FR = ['investi', 'prête serment', 'prêté serment', 'investiture'];

/** Dated events of Mali's transition. */
export const TRANSITION: DateFact[] = [
  dated('mali.insurgency', {
    subject: 'place.mali',
    event: 'Start of the insurgency in the north',
    date: '2012',
    en: ['insurgency', 'rebellion', 'extremist', 'jihadist', 'conflict'],
    fr: ['insurrection', 'rébellion', 'extrémiste', 'djihadiste', 'jihadiste', 'conflit'],
    source: S.seed,
    singleSource: true,
  }),
  dated('mali.coup-2020', {
    subject: 'place.mali',
    event: 'Coup ousts President Keïta',
    date: '2020-08-18',
    en: [...COUP_EN, 'keïta'],
    fr: [...COUP_FR, 'keïta'],
    source: S.coup2020,
  }),
  dated('mali.coup-2021', {
    subject: 'place.mali',
    event: 'Second coup: Bah Ndaw and Moctar Ouane detained',
    date: '2021-05-24',
    en: [...COUP_EN, 'second coup', 'detained', 'ndaw', 'ouane'],
    fr: [...COUP_FR, 'second coup', 'ndaw', 'ouane'],
    source: S.coup2021,
  }),
  dated('mali.goita-sworn-in', {
    subject: 'person.goita',
    event: 'Goïta sworn in as transitional president',
    date: '2021-06-07',
    en: [...SWORN_EN, 'became president', 'became interim president', 'became transitional president', ...PRESIDENT_SINCE_EN],
    fr: [...SWORN_FR, 'devenu président de la transition', ...PRESIDENT_SINCE_FR],
    source: S.goita,
  }),
  // Of Mali, not of Ndaw alone: Goïta was sworn in as his vice-president the same day. Naming Ndaw is a
  // cue, not his choice by the junta four days before (`named interim president on 21 September`).
  dated('mali.ndaw-sworn-in', {
    subject: 'place.mali',
    event: 'Bah Ndaw sworn in as transitional president, and Goïta as his vice-president',
    date: '2020-09-25',
    en: [...SWORN_EN, 'ndaw', 'vice-president', 'vice president'],
    fr: [...SWORN_FR, 'ndaw', 'vice-président'],
    source: S.ndawSworn,
  }),
  dated('mali.referendum-planned', {
    subject: 'place.mali',
    event: 'Constitutional referendum first planned',
    date: '2023-03-19',
    en: ['referendum', 'constitution'],
    fr: ['référendum', 'constitution'],
    source: S.timetable,
  }),
  dated('mali.referendum-postponed', {
    subject: 'place.mali',
    event: 'The March 2023 referendum is postponed',
    date: '2023-03-10',
    en: ['referendum', 'postponed', 'delayed'],
    fr: ['référendum', 'reporté', 'report'],
    source: S.referendumPostponed,
  }),
  dated('mali.referendum-held', {
    subject: 'place.mali',
    event: 'Constitutional referendum held (no vote in Kidal)',
    date: '2023-06-18',
    en: ['referendum', 'constitution', 'held', 'voted', 'vote', 'took place'],
    fr: ['référendum', 'constitution', 'vote', 'scrutin', 'tenu', 'organisé', 'eu lieu', 'déroulé'],
    source: S.referendum,
  }),
  // Mali's elections, as the referendum is: `electing parliamentarians in October` names no National Assembly.
  dated('mali.legislative-planned', {
    subject: 'place.mali',
    event: 'Legislative elections planned (not held)',
    date: '2023-10',
    en: ['legislative', 'deputies', 'parliamentarians'],
    fr: ['législatives', 'députés'],
    source: S.timetable,
  }),
  // Before the plan it changed: a sentence that speaks of both as much is about putting the vote off.
  dated('mali.presidential-postponed', {
    subject: 'place.mali',
    event: 'The junta puts off the presidential election for technical reasons',
    date: '2023-09-25',
    en: ['presidential', 'postponed', 'delayed', 'delays', 'put off', 'technical reasons'],
    fr: ['présidentielle', 'report', 'raisons techniques'],
    source: S.presidentialPostponed,
  }),
  dated('mali.presidential-planned', {
    subject: 'place.mali',
    event: 'Presidential election planned (later postponed)',
    date: '2024-02-04',
    // Planned for a day: in French, as one election is (`la présidentielle, prévue en février`), not elections.
    en: ['presidential', 'election', 'elections', 'vote', 'planned for', 'scheduled for'],
    fr: ['présidentielle', 'élection', 'scrutin', 'prévue en', 'prévue le', 'prévue pour'],
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
];
