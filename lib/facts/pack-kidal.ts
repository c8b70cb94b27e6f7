import { dated } from './dated';
import type { DateFact } from './schema';
import { S } from './sources';

// The words of a camp left, which its town's name makes that town's.
const LEFT_EN = [
  'left',
  'leaves',
  'vacated',
  'abandoned',
  'departure',
  'withdrew',
  'withdrawal',
  'pulled out',
  'handed over',
  'handover',
  'evacuated',
  // Its camp closed, not a road or a market: `closed its camp in Kidal`.
  'closed its camp',
  'closed its base',
  'closed the camp',
  'closed the base',
  'closure of its camp',
  'closure of the camp',
];
const LEFT_FR = [
  'quitté',
  'quitte',
  'départ',
  'retrait',
  'retiré',
  'abandonné',
  'évacué',
  'passé le relais',
  'remis',
  'rétrocédé',
  // `À Kidal, les derniers casques bleus sont partis fin octobre`.
  'partis',
  'parti',
  'fermé son camp',
  'fermé le camp',
  'fermeture du camp',
  'fermeture de son camp',
];

/** The Kidal region as the mission left it: Tessalit's camp, then Kidal's vacated, then the town taken by the army. */
export const KIDAL_DATES: DateFact[] = [
  dated('minusma.tessalit-left', {
    subject: 'place.tessalit',
    event: 'MINUSMA completes its withdrawal from Tessalit, the first camp it closed in the Kidal region',
    date: '2023-10-21',
    en: LEFT_EN,
    fr: LEFT_FR,
    source: S.tessalitLeft,
  }),
  // Of Kidal alone: the mission left a dozen other camps, each on its own day.
  dated('minusma.kidal-left', {
    subject: 'place.kidal',
    event: 'MINUSMA leaves its camp in Kidal, the eighth it closed; the CSP rebels take it over',
    date: '2023-10-31',
    // Not its camp alone: attacks on the camp in Kidal have their own days.
    en: LEFT_EN,
    fr: LEFT_FR,
    source: S.kidalLeft,
  }),
  dated('fama.kidal-taken', {
    subject: 'place.kidal',
    event: 'The Malian army, with Wagner, takes Kidal from the CSP rebels',
    date: '2023-11-14',
    en: [
      'took',
      'taken',
      'takes',
      'seized',
      'retook',
      'recaptured',
      'captured',
      'took control',
      'in control',
      'control of',
      'entered',
      'fell',
      'fallen',
      'fall of',
    ],
    fr: ['pris', 'prise', 'repris', 'reprise', 'contrôle', 'entrée', 'entrés', 'entrée dans', 'tombée', 'chute de'],
    source: S.kidalTaken,
  }),
];
