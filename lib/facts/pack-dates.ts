import { dated } from './dated';
import { MISSION_END } from './pack-mission-end';
import { RENEWALS } from './pack-renewals';
import { REVIEW_DATES } from './pack-review';
import type { DateFact } from './schema';
import { S } from './sources';

const M = 'mission.minusma';

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
      // A timeline's present: `2013: UN sets up MINUSMA`.
      'sets up',
      'creates',
      'establishes',
      'founded',
      'authorised',
      'authorized',
      'resolution 2100',
      'adopted',
      // Who created it, a second word of its creation: the Council's other acts of its first years are renewals.
      'by the security council',
      'by the un security council',
      // The mission said to be created, a second word: `MINUSMA was established in 2012` is its creation, not the
      // African-led mission's before it.
      'minusma was established',
      'minusma was created',
      'minusma was set up',
    ],
    fr: [
      'minusma a été créée',
      'minusma a été établie',
      'créée',
      'crée',
      'création',
      'vu le jour',
      'établie',
      'instituée',
      'mise en place',
      'résolution 2100',
      'adoptée',
      'par le conseil de sécurité',
    ],
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
      'deployment',
      'began operations',
      'began its operations',
      'began operating',
      'started operations',
      'started its operations',
      'started operating',
      'became operational',
      'mission began',
      // AFISMA's troops changed helmets: the UN's word and the press's.
      'absorbed into',
      'rehatted',
      're-hatted',
      'folded into',
      // Whatever the force is called after `from` (`took over from the African force AFISMA`): a handover.
      'took over from',
      'taken over from',
      // The mission's first blue helmets arriving: the day they came under its flag.
      'first blue helmets arrived',
      'first peacekeepers arrived',
    ],
    fr: [
      'depuis',
      'de la misma',
      'premiers casques bleus sont arrivés',
      'succédé à la misma',
      'succède à la misma',
      'remplacé la misma',
      'déployée',
      'déploiement',
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
  ...MISSION_END,
  ...RENEWALS,
  ...REVIEW_DATES,
  dated('minusma.civilian-protection-end', {
    subject: M,
    event: 'The mission’s authority to protect civilians ends',
    date: '2023-09-30',
    en: [
      'protection of civilians',
      'protection-of-civilians',
      'protect civilians',
      'protection mandate',
      'mandate to protect',
      'authority to protect',
      'imminent threats',
      'violence to civilians',
    ],
    fr: [
      'protection des civils',
      'protéger les civils',
      'mandat de protection',
      'mandat de protéger',
      'menaces imminentes',
      'violences contre les civils',
    ],
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
