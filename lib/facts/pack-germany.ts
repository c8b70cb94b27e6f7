import { dated } from './dated';
import type { DateFact } from './schema';
import { S } from './sources';

/** Germany's leaving: its parliament's last mandate, the day its soldiers were to be gone, and the day they were. */
export const GERMANY_DATES: DateFact[] = [
  dated('germany.final-mandate', {
    subject: 'place.germany',
    event: 'The Bundestag adopts Germany’s final mandate: up to 1,400 soldiers, until 31 May 2024',
    date: '2023-05',
    // Its parliament's vote: the government had decided in November 2022.
    en: [
      'final mandate',
      'last mandate',
      'final time',
      'last time',
      'bundestag voted',
      'bundestag vote',
      'bundestag approved',
      'bundestag decided',
      'bundestag had decided',
      'bundestag extended',
      'parliament voted',
      'parliament approved',
      'lawmakers voted',
      'lawmakers approved',
    ],
    fr: [
      'dernier mandat',
      'dernière fois',
      'bundestag a voté',
      'bundestag a approuvé',
      'bundestag a décidé',
      'bundestag avait décidé',
      'députés allemands ont voté',
    ],
    source: S.germanyFinal,
    confidence: 'medium',
  }),
  dated('germany.exit', {
    subject: 'place.germany',
    event: 'Germany’s last soldiers are to leave the mission, as its final mandate planned',
    date: '2024-05-31',
    // `pull its 1,100 soldiers out`: the words of `pull out` need not be next to each other, and `pull out` would
    // count twice (`decided in November 2022 to pull out` is Germany's decision).
    en: [
      'leave',
      'withdraw',
      'pull',
      'exit',
      'last soldiers',
      'departure',
      'end its participation',
      'end the deployment',
      'end its deployment',
      'will end',
      // `bring its troops home by May 2024`: a deadline to be home by.
      'home by',
      // The date its last mandate ran until: a date after `until` can only confirm (see date-scope.ts).
      'until',
    ],
    fr: ['retrait', 'retire', 'quitter', 'partir', 'départ', 'derniers soldats', 'mettre fin à sa participation', 'jusqu’au', 'jusqu’en'],
    source: S.germany,
  }),
  // Mali's demand brought it forward: the last 142 left Gao on 12 December 2023, four more Bamako days later.
  dated('germany.left', {
    subject: 'place.germany',
    event: 'Germany’s last soldiers leave Mali, ending its ten years in the mission',
    date: '2023-12',
    en: [
      'left',
      'departed',
      'returned home',
      'came home',
      'flew home',
      'last soldiers',
      'last german soldiers',
      'last troops',
      'withdrew',
      'pulled out',
      'ended its deployment',
      'completed its withdrawal',
      'last contingent',
      'final contingent',
      'last bundeswehr soldiers',
      'returned from mali',
      'returned home',
    ],
    fr: [
      'quitté',
      'partis',
      'rentrés du mali',
      'retour des derniers',
      'derniers soldats',
      'derniers militaires',
      'achevé son retrait',
      'achevé le retrait',
      'retirés',
      'a retiré',
      'dernier contingent',
    ],
    source: S.germanyLeft,
    confidence: 'medium',
  }),
];
