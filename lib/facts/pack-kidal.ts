import { dated } from './dated';
import type { DateFact } from './schema';
import { S } from './sources';

/** Kidal as the mission left it: its camp vacated, then the town taken by the army. */
export const KIDAL_DATES: DateFact[] = [
  // Of Kidal alone: the mission left a dozen other camps, each on its own day.
  dated('minusma.kidal-left', {
    subject: 'place.kidal',
    event: 'MINUSMA leaves its camp in Kidal, the eighth it closed; the CSP rebels take it over',
    date: '2023-10-31',
    // Not its camp alone: attacks on the camp in Kidal have their own days.
    en: [
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
    ],
    fr: ['quitté', 'quitte', 'départ', 'retrait', 'retiré', 'abandonné', 'évacué', 'passé le relais', 'remis', 'rétrocédé'],
    source: S.kidalLeft,
  }),
  dated('fama.kidal-taken', {
    subject: 'place.kidal',
    event: 'The Malian army, with Wagner, takes Kidal from the CSP rebels',
    date: '2023-11-14',
    en: ['took', 'taken', 'takes', 'seized', 'retook', 'recaptured', 'captured', 'took control', 'entered', 'fell', 'fall of'],
    fr: ['pris', 'prise', 'repris', 'reprise', 'contrôle', 'entrée', 'entrés', 'entrée dans', 'tombée', 'chute de'],
    source: S.kidalTaken,
  }),
];
