import { dated } from './pack-dates';
import type { DateFact } from './schema';
import { S } from './sources';

/** Dated events of the French and European operations: Serval, Barkhane and Takuba. */
export const OPERATION_DATES: DateFact[] = [
  dated('serval.start', {
    subject: 'operation.serval',
    event: 'France launches Operation Serval',
    date: '2013-01-11',
    en: ['intervention', 'intervened', 'french-led', 'launched', 'sent'],
    fr: ['intervention', 'intervenue', 'intervenu', 'lancée', 'envoyé'],
    source: S.barkhane,
  }),
  // The day before Barkhane took over, as the operation's own period in the pack ends.
  dated('serval.end', {
    subject: 'operation.serval',
    event: 'Serval ends and hands over to Barkhane',
    date: '2014-07-31',
    en: ['ended', 'end', 'replaced', 'gave way', 'succeeded by'],
    fr: ['fin', 'pris fin', 'remplacée', 'laissé la place'],
    source: S.barkhane,
  }),
  dated('barkhane.start', {
    subject: 'operation.barkhane',
    event: 'Barkhane replaces Serval',
    date: '2014-08-01',
    en: ['replaced', 'succeeded', 'launched'],
    fr: ['remplacé', 'succédé', 'lancée'],
    source: S.barkhane,
  }),
  dated('barkhane.exit-announced', {
    subject: 'operation.barkhane',
    event: 'Macron announces the pull-out from Mali',
    date: '2022-02-17',
    en: [
      'announced the withdrawal',
      'announced their withdrawal',
      'announced its withdrawal',
      'withdrawal announced',
      'announced the pull-out',
      'macron announced',
    ],
    fr: ['annoncé le retrait', 'annoncé son retrait', 'annoncé leur retrait', 'annonce du retrait', 'retrait annoncé', 'macron a annoncé'],
    source: S.barkhaneExit,
  }),
  dated('barkhane.mali-exit', {
    subject: 'operation.barkhane',
    event: 'Last French troops leave Mali',
    date: '2022-08-15',
    en: [
      'pulled',
      'withdrew',
      'left',
      'last troops',
      'last soldiers',
      'last french troops',
      'last french soldiers',
      'crossed into niger',
      'handed over the gao base',
      'completed its withdrawal',
      'completed the withdrawal',
    ],
    fr: [
      'retire',
      'quitté',
      'partie en',
      'partis en',
      'derniers soldats',
      'derniers soldats français',
      'remis la base de gao',
      'achevé son retrait',
      'achevé le retrait',
    ],
    source: S.barkhaneExit,
  }),
  dated('barkhane.end', {
    subject: 'operation.barkhane',
    event: 'Macron declares Barkhane over',
    date: '2022-11-09',
    en: ['declared', 'ended', 'end', 'wound up'],
    fr: ['fin', 'terminée'],
    source: S.barkhaneEnd,
  }),
  dated('takuba.end', {
    subject: 'operation.takuba',
    event: 'Task Force Takuba ends its operations in Mali',
    date: '2022-06-30',
    en: ['ended', 'ends', 'end', 'quits', 'disbanded', 'dissolved'],
    fr: ['fin', 'quitte', 'dissoute', 'dissolution'],
    source: S.takubaEnd,
  }),
];
