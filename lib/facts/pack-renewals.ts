import { dated } from './dated';
import type { DateFact, Source } from './schema';
import { S } from './sources';

const M = 'mission.minusma';

// The Council renewed the mandate each June: a renewal's words cue each year's renewal, and its date tells them
// apart. Not 2019's, whose `mandate` cue would make two with them and dispute another year's renewal. `Extended`
// and `prorogé` are said of the mandate or the mission only: a transition is extended too (`prorogée`).
const RENEWED_EN = [
  'renewed',
  'renewal',
  'renew the mandate',
  'renew its mandate',
  'extended the mandate',
  'extended its mandate',
  'extended minusma',
  'extended the mission',
  'extended the un mission',
  'mandate extended',
  'mandate was extended',
  'mission was extended',
  'last extended',
  'been extended',
  'extended for',
];
const RENEWED_FR = [
  'renouvelé',
  'renouvellement',
  'prorogé le mandat',
  'prorogé son mandat',
  'prorogé la minusma',
  'prorogé la mission',
  'mandat prorogé',
  'mandat a été prorogé',
  'mission a été prorogée',
  'prorogé en',
  'prorogé pour',
  'prorogation',
];

// A renewal that changed nothing but the mandate's end: the resolution's words and a renewal's.
function renewal(year: string, resolution: string, date: string, source: Source): DateFact {
  return dated(`minusma.mandate-${year}`, {
    subject: M,
    event: `Resolution ${resolution} renews the mandate`,
    date,
    en: [`resolution ${resolution}`, ...RENEWED_EN],
    fr: [`résolution ${resolution}`, ...RENEWED_FR],
    source,
  });
}

/** The Council's renewals of the mandate each June, and the resolutions that changed it (2014, 2016, 2019). */
export const RENEWALS: DateFact[] = [
  dated('minusma.mandate-2014', {
    subject: M,
    event: 'Resolution 2164 refocuses the mandate on security and civilians',
    date: '2014-06-25',
    en: ['resolution 2164', 'refocused', 'protection of civilians', ...RENEWED_EN],
    fr: ['résolution 2164', 'protection des civils', ...RENEWED_FR],
    source: S.res2164,
  }),
  renewal('2015', '2227', '2015-06-29', S.res2227),
  dated('minusma.mandate-2016', {
    subject: M,
    event: 'Resolution 2295 raises ceilings and sharpens the mandate',
    date: '2016-06-29',
    en: ['resolution 2295', 'robust', 'ceiling', 'authorised strength', 'authorized strength', 'authorized workforce', ...RENEWED_EN],
    fr: ['résolution 2295', 'robuste', 'plafond', 'effectif autorisé', ...RENEWED_FR],
    source: S.res2295,
  }),
  renewal('2017', '2364', '2017-06-29', S.ceilings),
  renewal('2018', '2423', '2018-06-28', S.res2423),
  dated('minusma.mandate-2019', {
    subject: M,
    event: 'Resolution 2480 adds central Mali as a priority',
    date: '2019-06-28',
    en: ['mandate', 'central', 'expanding', 'expanded', 'resolution 2480'],
    fr: ['mandat', 'centre', 'résolution 2480'],
    source: S.res2480,
  }),
  renewal('2020', '2531', '2020-06-29', S.res2531),
  renewal('2021', '2584', '2021-06-29', S.res2584),
  dated('minusma.mandate-2022', {
    subject: M,
    event: 'Resolution 2640 renews the mandate and asks for a review',
    date: '2022-06-29',
    en: ['resolution 2640', ...RENEWED_EN],
    fr: ['résolution 2640', ...RENEWED_FR],
    source: S.res2640,
  }),
];
