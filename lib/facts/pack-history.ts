import type { Figure, Source } from './schema';
import { S } from './sources';

/** A figure's fields, with persons as the unit and medium confidence unless said. */
export interface CountSpec {
  subject: string;
  counts: string;
  value: number;
  unit?: Figure['unit'];
  qualifier?: Figure['qualifier'];
  from?: string;
  to?: string;
  en: string[];
  fr: string[];
  source: Source;
  confidence?: Figure['confidence'];
  alternatives?: Figure['alternatives'];
  note?: string;
  runningTotal?: boolean;
}

/** A counted figure from its spec: the shape every figure of the pack's history lists shares. */
export function count(id: string, spec: CountSpec): Figure {
  const { subject, counts, value, unit = 'persons', from, to, en, fr, source, confidence = 'medium', ...optional } = spec;
  return {
    id,
    subject,
    counts,
    value,
    unit,
    asOf: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
    cues: { en, fr },
    sources: [source],
    confidence,
    // The qualifier, alternatives, note and running-total flag, where the spec gives them.
    ...optional,
  };
}

const M = 'mission.minusma';

/** Casualties over time, the withdrawal, Mali's transition and other missions' sizes. */
export const HISTORY: Figure[] = [
  count('minusma.casualties.killed-2021', {
    subject: M,
    counts: 'peacekeepers killed in hostile incidents, tally of January 2021',
    value: 128,
    runningTotal: true,
    from: '2013-07',
    to: '2021-01',
    en: ['killed', 'peacekeepers', 'blue helmets', 'hostile', 'malicious'],
    fr: ['tués', 'casques bleus', 'hostiles', 'malveillants'],
    source: S.tally2021,
    confidence: 'low',
  }),
  count('minusma.casualties.wounded-2021', {
    subject: M,
    counts: 'peacekeepers wounded in hostile incidents, tally of January 2021',
    value: 649,
    runningTotal: true,
    from: '2013-07',
    to: '2021-01',
    en: ['wounded', 'injured', 'peacekeepers', 'blue helmets'],
    fr: ['blessés', 'casques bleus'],
    source: S.tally2021,
    confidence: 'low',
  }),
  count('minusma.casualties.hostile-2022', {
    subject: M,
    counts: 'deaths from hostile acts, AFP count of September 2022',
    value: 175,
    qualifier: 'over',
    runningTotal: true,
    from: '2013-07',
    to: '2022-09',
    en: ['deaths', 'killed', 'hostile', 'malicious', 'peacekeepers', 'blue helmets'],
    fr: ['morts', 'tués', 'actes hostiles', 'actes malveillants', 'casques bleus'],
    source: S.hostile2022,
  }),
  count('minusma.fatalities.hostile-end', {
    subject: M,
    counts: 'deaths from hostile acts over the whole mission (AFP)',
    value: 180,
    qualifier: 'about',
    runningTotal: true,
    from: '2013-07',
    to: '2023-12',
    en: ['hostile', 'malicious', 'killed', 'deaths', 'attacks'],
    fr: ['actes hostiles', 'actes malveillants', 'tués', 'morts', 'attaques'],
    source: S.hostileEnd,
    note: 'Not the 311 all-cause total.',
  }),
  count('minusma.injured.total', {
    subject: M,
    counts: 'personnel injured over the mission’s life',
    value: 700,
    qualifier: 'over',
    runningTotal: true,
    from: '2013-07',
    to: '2023-12',
    en: ['injured', 'wounded', 'injuries', 'hurt'],
    fr: ['blessés', 'blessures'],
    source: S.sgEnd,
    confidence: 'high',
  }),
  count('minusma.deadliest-2022', {
    subject: M,
    counts: 'MINUSMA peacekeepers killed in 2022, the most of any mission',
    value: 14,
    runningTotal: true,
    from: '2022',
    to: '2022',
    en: ['killed', 'deaths', 'died', 'deadliest', 'peacekeepers', 'blue helmets'],
    fr: ['tués', 'morts', 'meurtrière', 'casques bleus'],
    source: S.deadliest,
    confidence: 'high',
  }),
  count('minusma.proposal-2021', {
    subject: M,
    counts: 'extra uniformed personnel the Secretary-General proposed in July 2021',
    value: 2069,
    from: '2021-07-15',
    to: '2021-07-15',
    en: ['additional', 'proposed', 'increase', 'extra', 'requested', 'asked for', 'more troops'],
    fr: ['supplémentaires', 'proposé', 'augmentation', 'demandé'],
    source: S.proposal2021,
    note: 'Not one of the January 2023 review options.',
  }),
  count('minusma.proposal-2021-total', {
    subject: M,
    counts: 'uniformed personnel the July 2021 proposal would have brought the mission to',
    value: 17278,
    from: '2021-07-15',
    to: '2021-07-15',
    en: ['proposal', 'proposed', 'brought', 'bring'],
    fr: ['proposition', 'proposé', 'porté', 'porter'],
    source: S.proposal2021,
  }),
  count('minusma.strength.police-2013', {
    subject: M,
    counts: 'authorised police at creation',
    value: 1440,
    from: '2013-04-25',
    to: '2016-06-29',
    en: ['police'],
    fr: ['policiers', 'police'],
    source: S.res2100,
    confidence: 'high',
  }),
  count('minusma.strength.uniformed-2013', {
    subject: M,
    counts: 'authorised uniformed personnel at creation, 11,200 military and 1,440 police',
    value: 12640,
    from: '2013-04-25',
    to: '2016-06-29',
    // Only the words of the mission's creation: the count of its first years is no measure of a later one.
    en: ['initially', 'initial', 'established', 'created', 'create', 'set up', 'at its creation', 'authorised', 'authorized'],
    fr: ['initialement', 'initial', 'créée', 'créer', 'création', 'mise en place', 'autorisé'],
    source: S.res2100,
    confidence: 'high',
    alternatives: [
      {
        value: 12600,
        asOf: { from: '2013-04', to: '2013-04' },
        source: S.reliefweb2013,
        note: 'The UN press release rounded the total to 12,600',
      },
    ],
  }),
  count('minusma.civilians-2023', {
    subject: M,
    counts: 'civilian staff when the withdrawal began',
    value: 1786,
    from: '2023-08',
    to: '2023-08',
    en: ['civilian', 'civilians', 'staff'],
    fr: ['civils', 'personnel civil'],
    source: S.withdrawal2023,
    alternatives: [
      { value: 927, asOf: { from: '2023-12', to: '2023-12' }, source: S.jurist, note: 'A different category of civilian personnel' },
    ],
  }),
  count('minusma.years', {
    subject: M,
    counts: 'years the mission served in Mali, from July 2013 to December 2023',
    value: 10,
    unit: 'years',
    qualifier: 'about',
    runningTotal: true,
    from: '2013-07-01',
    to: '2023-12-31',
    en: ['minusma', 'mission', 'peacekeeping', 'peacekeepers', 'blue helmets', 'presence', 'served in mali', 'years in mali'],
    fr: ['minusma', 'mission', 'casques bleus', 'présence', 'ans au mali'],
    source: S.sgEnd,
    confidence: 'high',
  }),
  count('mali.referendum-yes', {
    subject: 'place.mali',
    counts: 'yes votes in the June 2023 referendum',
    value: 96.9,
    unit: 'percent',
    qualifier: 'about',
    from: '2023-06-18',
    to: '2023-06-18',
    en: ['yes', 'referendum', 'voted for', 'approved', 'in favour', 'in favor', 'constitution'],
    fr: ['oui', 'référendum', 'approuvé', 'favorable', 'constitution'],
    source: S.referendum,
  }),
  count('mali.referendum-turnout', {
    subject: 'place.mali',
    counts: 'turnout in the June 2023 referendum',
    value: 38.2,
    unit: 'percent',
    qualifier: 'about',
    from: '2023-06-18',
    to: '2023-06-18',
    // Who voted at all, not how: `voted in the referendum`, not `voted in favour`.
    en: [
      'turnout',
      'participation',
      'referendum',
      'turned out',
      'took part',
      'voted in the',
      'went to the polls',
      'cast their ballots',
      'cast a ballot',
      'cast ballots',
      'registered voters',
    ],
    fr: ['participation', 'référendum', 'ont participé', 'ont pris part', 'se sont rendus aux urnes', 'des inscrits'],
    source: S.referendum,
  }),
  count('mali.transition-months', {
    subject: 'place.mali',
    counts: 'months of transition agreed with ECOWAS in 2022',
    value: 24,
    unit: 'months',
    from: '2022-07-03',
    to: '2024-03-26',
    en: ['transition', 'months'],
    fr: ['transition', 'mois'],
    source: S.ecowas,
    confidence: 'high',
  }),
  // The first transition, after the 2020 coup, to elections planned for 27 February 2022: listed after the second,
  // which a figure of neither, undated, disputes first.
  count('mali.transition-months-2020', {
    subject: 'place.mali',
    counts: 'months of transition ECOWAS set after the 2020 coup',
    value: 18,
    unit: 'months',
    from: '2020-09',
    to: '2022-02-27',
    // Its own word only: `in power for 18 months` is no transition's length.
    en: ['transition'],
    fr: ['transition'],
    source: S.transition18,
  }),
  count('minusma.withdrawal-months', {
    subject: M,
    counts: 'months the mission had to withdraw, from 1 July to 31 December 2023',
    value: 6,
    unit: 'months',
    from: '2023-06-30',
    to: '2023-12-31',
    en: ['withdraw', 'withdrawal', 'pull out', 'pullout', 'leave', 'drawdown', 'repatriated', 'repatriation', 'mission', 'minusma'],
    fr: [
      'retrait',
      'retirer',
      'quitter',
      'quitté',
      'partir',
      'désengagement',
      'rapatrié',
      'rapatriés',
      'rapatriement',
      'mission',
      'minusma',
    ],
    source: S.res2690,
    confidence: 'high',
  }),
  count('minusca.ceiling-military', {
    subject: 'mission.minusca',
    counts: 'MINUSCA military ceiling from November 2023',
    value: 14400,
    unit: 'troops',
    from: '2023-11-15',
    to: '2024-11-15',
    en: ['minusca', 'central african'],
    fr: ['minusca', 'centrafrique'],
    source: S.minusca,
    confidence: 'high',
  }),
  count('unmiss.total-2023', {
    subject: 'mission.unmiss',
    counts: 'UNMISS personnel of all categories',
    value: 17982,
    qualifier: 'about',
    from: '2023-02',
    to: '2023-02',
    en: ['unmiss', 'south sudan'],
    fr: ['minuss', 'soudan du sud'],
    source: S.unmiss,
    note: 'Close to MINUSMA’s 17,500: a bare total does not identify a mission.',
  }),
];
