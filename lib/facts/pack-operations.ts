import { count } from './count';
import type { Figure } from './schema';
import { S } from './sources';

const TROOPS_EN = ['french', 'france', 'troops', 'soldiers'];
const TROOPS_FR = ['français', 'france', 'soldats', 'militaires'];
// Words alone that no other subject's fact has name Barkhane to the engine: no `start`, `began`, `height`,
// `launched` or `initially`, which the mission's own sentences use (`MINUSMA initially had 6,000 troops`).

/** The sizes of the French and European operations beside the mission. */
export const OPERATIONS: Figure[] = [
  // First of the two: its size changed over eight years, and a figure between start and peak is no conflict.
  count('barkhane.troops-peak', {
    subject: 'operation.barkhane',
    counts: 'French troops in Barkhane at its height',
    value: 5100,
    unit: 'troops',
    qualifier: 'up to',
    from: '2014-08-01',
    to: '2022-11-09',
    en: ['barkhane', 'peak', ...TROOPS_EN],
    fr: ['barkhane', 'pic', 'apogée', ...TROOPS_FR],
    source: S.barkhane,
    alternatives: [{ value: 5500, asOf: { from: '2014-08', to: '2022-11' }, source: S.barkhane, note: 'Other counts give 5,500' }],
  }),
  // After Barkhane's end, the French troops left in the Sahel (Niger, Chad), counted in November 2022: before the
  // start's count, which it would otherwise tie with (`3,000 French troops remain in the Sahel`).
  count('france.troops-sahel-2022', {
    subject: 'operation.barkhane',
    counts: 'French troops still in the Sahel when Barkhane was declared over',
    value: 3000,
    unit: 'troops',
    qualifier: 'about',
    from: '2022-11-09',
    to: '2022-11-09',
    // What France kept after leaving Mali (`France kept about 3,000 troops in the Sahel`).
    en: [
      'french',
      'france',
      'remain',
      'remained',
      'remaining',
      'still',
      'sahel',
      'end of barkhane',
      'after barkhane',
      'kept',
      'keeps',
      'after leaving mali',
    ],
    fr: [
      'français',
      'france',
      'restent',
      'encore',
      'sahel',
      'fin de barkhane',
      'après barkhane',
      'maintient',
      'maintenu',
      'gardé',
      'après avoir quitté le mali',
    ],
    source: S.barkhaneEnd,
  }),
  count('barkhane.troops-start', {
    subject: 'operation.barkhane',
    counts: 'French troops when Barkhane began',
    value: 3000,
    unit: 'troops',
    qualifier: 'about',
    from: '2014-08-01',
    to: '2014-08-01',
    en: ['barkhane', ...TROOPS_EN],
    fr: ['barkhane', ...TROOPS_FR],
    source: S.barkhane,
  }),
  count('takuba.troops', {
    subject: 'operation.takuba',
    counts: 'special forces in Task Force Takuba at its peak, from up to ten countries',
    value: 900,
    unit: 'troops',
    qualifier: 'up to',
    from: '2020-03-27',
    to: '2022-06-30',
    en: ['takuba', 'special forces', 'european', 'troops', 'soldiers'],
    fr: ['takuba', 'forces spéciales', 'européens', 'soldats', 'militaires'],
    source: S.takubaEnd,
    alternatives: [{ value: 800, asOf: { from: '2020-03', to: '2022-06' }, source: S.takubaEnd, note: 'at its peak, by the lower count' }],
  }),
];
