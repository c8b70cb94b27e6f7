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
  /** Where the sheet rates the fact below high though more than one source gives it. */
  confidence?: 'medium';
}

/** A dated event with its cues in both languages; one source, or `singleSource` when only one was found. */
export function dated(id: string, spec: DateSpec): DateFact {
  const { subject, event, date, en, fr, source, singleSource, confidence } = spec;
  return {
    id,
    subject,
    event,
    date,
    cues: { en, fr },
    sources: [source],
    confidence: singleSource ? 'low' : (confidence ?? 'high'),
    ...(singleSource ? { singleSource } : {}),
  };
}

const M = 'mission.minusma';

// The Council renewed the mandate each June: a renewal's words cue each year's renewal, and its date tells them
// apart. Not 2019's, whose `mandate` cue would make two with them and dispute the renewals the pack lacks (2020, 2021).
const RENEWED_EN = ['renewed', 'extended'];
const RENEWED_FR = ['renouvelé', 'prorogé'];

/** Dated events of MINUSMA coverage. */
export const DATES: DateFact[] = [
  dated('minusma.established', {
    subject: M,
    event: 'Security Council creates MINUSMA',
    date: '2013-04-25',
    en: [
      'established',
      'establishment',
      'created',
      'creation',
      'formation',
      'set up',
      'founded',
      'authorised',
      'authorized',
      'resolution 2100',
      'adopted',
    ],
    fr: ['créée', 'crée', 'création', 'vu le jour', 'établie', 'instituée', 'mise en place', 'résolution 2100', 'adoptée'],
    source: S.res2100,
  }),
  dated('minusma.takeover', {
    subject: M,
    event: 'MINUSMA takes over from AFISMA',
    date: '2013-07-01',
    // AFISMA's own deployment (January 2013) is not the takeover: only the words of a handover name it.
    en: [
      'since',
      'took over',
      'take over',
      'takes over',
      'from afisma',
      'replaced afisma',
      'replacing afisma',
      'succeeded afisma',
      'handed over',
      'transfer of authority',
      'deployed',
      'began operations',
      'began operating',
      'started operations',
      'started operating',
      'became operational',
      'mission began',
      // AFISMA's troops changed helmets: the UN's word and the press's.
      'absorbed into',
      'rehatted',
      're-hatted',
      'folded into',
    ],
    fr: [
      'depuis',
      'de la misma',
      'succédé à la misma',
      'succède à la misma',
      'remplacé la misma',
      'déployée',
      'pris le relais',
      'prend le relais',
      'transfert d’autorité',
      'opérationnelle',
      'commencé ses opérations',
      'débuté ses opérations',
      'intégrée à',
      'intégrés à',
      'absorbée par',
    ],
    source: S.reliefweb2013,
  }),
  dated('minusma.terminated', {
    subject: M,
    event: 'Resolution 2690 ends the mandate',
    date: '2023-06-30',
    en: [
      'terminate',
      'ended',
      'end',
      'mandate until',
      'expired',
      'expires',
      'expiry',
      'came to term',
      'arrived at term',
      'resolution 2690',
      'unanimously',
      'adopted',
      'end the mandate',
      'ended the mandate',
      'ending the mandate',
      'finish the mandate',
    ],
    fr: [
      'fin',
      'mettre fin',
      'mandat jusqu’au',
      'un terme',
      'unanimité',
      'échéance',
      'expiré',
      'expirait',
      'expire',
      'résolution 2690',
      'adoptée',
      'mis fin',
      'fin au mandat',
      'fin du mandat',
    ],
    source: S.res2690,
  }),
  dated('minusma.drawdown-start', {
    subject: M,
    event: 'Operations stop and the drawdown begins',
    date: '2023-07-01',
    en: ['drawdown', 'operations', 'cease', 'stopped', 'began', 'begin', 'started'],
    fr: ['désengagement', 'opérations', 'cessation', 'commencé', 'entamé'],
    source: S.res2690,
  }),
  dated('minusma.exit-request', {
    subject: M,
    event: 'Mali asks for MINUSMA’s withdrawal without delay',
    date: '2023-06-16',
    // Diop told the Council that day that the mission had failed.
    en: ['withdrawal', 'without delay', 'asked', 'request', 'demanded', 'called for', 'failed', 'mission to leave', 'minusma to leave'],
    fr: [
      'retrait',
      'sans délai',
      'demande',
      'demandé',
      'exigé',
      'réclamé',
      'échec',
      'échoué',
      'départ de la minusma',
      'départ de la mission',
    ],
    source: S.exitRequest,
  }),
  dated('minusma.flag-lowered', {
    subject: M,
    event: 'UN flag lowered in Bamako, marking the formal end of the mandate',
    date: '2023-12-11',
    en: [
      'flag',
      'ceremony',
      'lowered',
      'came down',
      'taken down',
      'officially ends',
      'officially ended',
      'formally ended',
      'formally ends',
      'formal end',
    ],
    fr: ['drapeau', 'cérémonie', 'descendu', 'amené', 'abaissé', 'officiellement', 'fin officielle', 'formellement'],
    source: S.hostileEnd,
    singleSource: true,
  }),
  dated('minusma.withdrawal-complete', {
    subject: M,
    event: 'MINUSMA completes its withdrawal',
    date: '2023-12-31',
    en: [
      'withdrawal',
      'withdraw',
      'withdrawn',
      'complete',
      'completed',
      'left',
      'leave',
      'flew out',
      'last peacekeepers',
      'end',
      'ended',
      'came to an end',
    ],
    fr: [
      'retrait',
      'retirer',
      'retirés',
      'retirée',
      'achevé',
      'quitté',
      'quitter',
      'partir',
      'partis',
      'derniers casques bleus',
      'fin',
      'pris fin',
    ],
    source: S.sgEnd,
  }),
  dated('minusma.mandate-2014', {
    subject: M,
    event: 'Resolution 2164 refocuses the mandate on security and civilians',
    date: '2014-06-25',
    en: ['resolution 2164', 'refocused', 'protection of civilians', ...RENEWED_EN],
    fr: ['résolution 2164', 'protection des civils', ...RENEWED_FR],
    source: S.res2164,
  }),
  dated('minusma.mandate-2015', {
    subject: M,
    event: 'Resolution 2227 renews the mandate',
    date: '2015-06-29',
    en: ['resolution 2227', ...RENEWED_EN],
    fr: ['résolution 2227', ...RENEWED_FR],
    source: S.res2227,
  }),
  dated('minusma.mandate-2016', {
    subject: M,
    event: 'Resolution 2295 raises ceilings and sharpens the mandate',
    date: '2016-06-29',
    en: ['resolution 2295', 'robust', 'ceiling', ...RENEWED_EN],
    fr: ['résolution 2295', 'robuste', 'plafond', ...RENEWED_FR],
    source: S.res2295,
  }),
  dated('minusma.mandate-2017', {
    subject: M,
    event: 'Resolution 2364 renews the mandate',
    date: '2017-06-29',
    en: ['resolution 2364', ...RENEWED_EN],
    fr: ['résolution 2364', ...RENEWED_FR],
    source: S.ceilings,
  }),
  dated('minusma.mandate-2018', {
    subject: M,
    event: 'Resolution 2423 renews the mandate',
    date: '2018-06-28',
    en: ['resolution 2423', ...RENEWED_EN],
    fr: ['résolution 2423', ...RENEWED_FR],
    source: S.res2423,
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
    en: ['resolution 2640', ...RENEWED_EN],
    fr: ['résolution 2640', ...RENEWED_FR],
    source: S.res2640,
  }),
  // The day the review was expected, which some coverage gives as its date: the day it was issued is unconfirmed.
  dated('review.due', {
    subject: 'report.internal-review',
    event: 'The internal review is due to the Security Council',
    date: '2023-01-13',
    // Its three options are what the press remembers of it.
    en: ['due by', 'expected by', 'report by', 'deadline', 'review', 'options'],
    fr: ['attendu le', 'attendue le', 'attendu au', 'attendue au', 'attendu d’ici', 'attendue d’ici', 'échéance', 'revue', 'options'],
    source: S.scr2023,
  }),
  // Issued in mid-January: the sheet found no day, so a day of that month confirms it and disputes nothing.
  dated('review.issued', {
    subject: 'report.internal-review',
    event: 'The Secretary-General issues the internal review',
    date: '2023-01',
    // Only the words of a document handed in: `released` and `published` are as often a prisoner's and a decree's.
    en: ['submitted', 'transmitted'],
    fr: ['soumis', 'soumise', 'transmis', 'transmise'],
    source: S.scr2023,
    confidence: 'medium',
  }),
  dated('review.debate', {
    subject: 'report.internal-review',
    event: 'Security Council debates the internal review',
    date: '2023-01-27',
    // Not `review`, the word of every event of the review: with `council` it made the day the review was
    // submitted to the Council a second debate.
    en: ['council', 'briefing', 'debate', 'debated', 'discussed'],
    fr: ['conseil', 'réunion', 'débat', 'débattu'],
    source: S.usun2023,
  }),
  dated('minusma.civilian-protection-end', {
    subject: M,
    event: 'The mission’s authority to protect civilians ends',
    date: '2023-09-30',
    en: [
      'protection of civilians',
      'protection-of-civilians',
      'protect civilians',
      'protection mandate',
      'imminent threats',
      'violence to civilians',
    ],
    fr: ['protection des civils', 'protéger les civils', 'mandat de protection', 'menaces imminentes', 'violences contre les civils'],
    source: S.res2690,
  }),
  dated('minusma.liquidation', {
    subject: M,
    event: 'Rear parties in Gao and Bamako begin the mission’s liquidation',
    date: '2024-01-01',
    en: ['liquidation', 'rear party', 'rear parties'],
    fr: ['liquidation', 'équipe résiduelle', 'équipes résiduelles'],
    source: S.sgEnd,
  }),
];
