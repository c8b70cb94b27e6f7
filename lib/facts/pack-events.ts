import { dated } from './dated';
import { GERMANY_DATES } from './pack-germany';
import { OPERATION_DATES } from './pack-operation-dates';
import { TRANSITION } from './pack-transition';
import type { DateFact } from './schema';
import { S } from './sources';

// In office or at the head of the mission since his appointment or since he took up the post: either month is
// El-Ghassim Wane's start.
const IN_OFFICE_EN = [
  'in office since',
  'in function since',
  'in post since',
  'led the mission since',
  'head of minusma since',
  'head of the mission since',
  'headed the mission since',
  'heads the mission since',
  'has been led by',
  'has been headed by',
  'led since',
  'headed since',
  'became head',
  'became the head',
];
const IN_OFFICE_FR = [
  'en fonction depuis',
  'en poste depuis',
  'est dirigée par',
  'dirigée depuis',
  'dirige la mission depuis',
  'dirigeait la mission depuis',
  'dirige la minusma depuis',
  'dirigeait la minusma depuis',
  'à la tête de la minusma depuis',
  'à la tête de la mission depuis',
  'chef de la mission depuis',
  'chef de la minusma depuis',
  'devenu chef',
  'pris la tête',
];

/** Dated events of the 2015 agreement, the armed groups, Mali's partners and the mission's people. */
const AROUND_THE_MISSION: DateFact[] = [
  dated('algiers.signed', {
    subject: 'agreement.algiers-2015',
    event: 'Peace agreement signed in Bamako by the government and the Platform',
    date: '2015-05-15',
    en: ['signed', 'signing', 'concluded'],
    fr: ['signé', 'signature', 'conclu'],
    source: S.cma,
  }),
  dated('algiers.cma-signed', {
    subject: 'agreement.algiers-2015',
    event: 'CMA signs the peace agreement',
    date: '2015-06-20',
    en: ['cma', 'signed', 'coordination'],
    fr: ['cma', 'signé'],
    source: S.cma,
  }),
  dated('algiers.ended', {
    subject: 'agreement.algiers-2015',
    event: 'The transitional authorities end the agreement',
    date: '2024-01-25',
    en: [
      'ended',
      'end',
      'terminated',
      'scrapped',
      'void',
      'no longer applicable',
      'abandoned',
      'tore up',
      'ripped up',
      'denounced',
      'renounced',
      'collapsed',
      // `declared the accord dead`.
      'accord dead',
      'agreement dead',
      // `declared it dead`, the agreement named before.
      'it dead',
      // `declared the Algiers agreement over`.
      'agreement over',
      'accord over',
    ],
    fr: ['fin', 'caduc', 'caducité', 'dénoncé', 'rompu', 'rompt', 'rupture', 'effondré'],
    source: S.algiersEnded,
    singleSource: true,
  }),
  dated('cma.suspension', {
    subject: 'org.cma',
    event: 'Armed movements suspend their part in the agreement',
    date: '2022-12',
    en: ['suspended', 'participation', 'movements'],
    fr: ['suspendu', 'participation', 'mouvements'],
    source: S.seed,
    singleSource: true,
  }),
  dated('wagner.arrival', {
    subject: 'org.wagner',
    event: 'Wagner begins deploying in Mali',
    date: '2021-12',
    en: [
      'deployment',
      'deploying',
      'deployed',
      'arrival',
      'arrived',
      'arriving',
      'present since',
      'in mali since',
      'brought in',
      'invited wagner',
      'invited the wagner',
      'invited russia',
      'invited in',
    ],
    fr: ['déploiement', 'déployé', 'arrivée', 'arrivé', 'présent depuis', 'au mali depuis', 'fait appel'],
    source: S.wagner,
  }),
  dated('jnim.formed', {
    subject: 'org.jnim',
    event: 'JNIM formed by a merger of Sahel jihadist groups',
    date: '2017-03-02',
    en: ['formed', 'merger', 'merging', 'founded'],
    fr: ['fusion', 'fondé', 'formé'],
    source: S.jnim,
  }),
  dated('prigozhin.death', {
    subject: 'person.prigozhin',
    event: 'Prigozhin dies in a plane crash',
    date: '2023-08-23',
    en: ['crash', 'died', 'death', 'plane'],
    fr: ['crash', 'mort', 'avion'],
    source: S.prigozhin,
  }),
  // Of Mali's: other juntas expelled France's ambassadors too (Niger's in 2023), and naming them is no cue here.
  dated('mali.french-ambassador-expelled', {
    subject: 'place.mali',
    event: 'The junta gives France’s ambassador, Joël Meyer, 72 hours to leave Mali',
    date: '2022-01-31',
    // Expelling whom: the junta expelled others too (MINUSMA's spokesman in July 2022).
    en: [
      'expelled the french ambassador',
      'expels the french ambassador',
      'expelled france’s ambassador',
      'expulsion of the french ambassador',
      'expulsion of french ambassador',
      'french ambassador',
      'ambassador of france',
      'france’s ambassador',
      'meyer',
    ],
    fr: [
      'expulsé l’ambassadeur de france',
      'expulse l’ambassadeur de france',
      'expulsion de l’ambassadeur de france',
      'ambassadeur de france',
      'meyer',
    ],
    source: S.ambassadorExpelled,
  }),
  dated('ecowas.sanctions', {
    subject: 'body.ecowas',
    event: 'ECOWAS imposes sanctions on Mali',
    date: '2022-01-09',
    en: ['sanctions', 'imposed'],
    fr: ['sanctions'],
    source: S.ecowas,
  }),
  dated('ecowas.sanctions-lifted', {
    subject: 'body.ecowas',
    event: 'ECOWAS lifts its economic sanctions',
    date: '2022-07-03',
    en: ['lifted', 'sanctions'],
    fr: ['levée', 'lève', 'sanctions'],
    source: S.ecowas,
  }),
  dated('egypt.suspension', {
    subject: 'place.egypt',
    event: 'Egypt suspends its contingent’s activity after attacks on its convoy escorts',
    date: '2022-08-15',
    en: ['suspended', 'suspends', 'suspension'],
    fr: ['suspendu', 'suspend', 'suspension'],
    source: S.egypt,
  }),
  dated('g5.mali-exit', {
    subject: 'body.g5-sahel',
    event: 'Mali announces it leaves the G5 Sahel',
    date: '2022-05-15',
    // As the group's loss: `the G5 Sahel lost Mali in May 2022`.
    en: ['leaving', 'leaves', 'withdraws', 'withdrew', 'withdrawal from', 'mali’s withdrawal', 'quit', 'left', 'lost mali'],
    fr: ['retrait du', 'quitte', 'quitté', 'perdu le mali'],
    source: S.g5,
  }),
  ...GERMANY_DATES,
  dated('wane.appointed', {
    subject: 'person.wane',
    event: 'El-Ghassim Wane appointed head of MINUSMA',
    date: '2021-03-15',
    // The date he has led it since is his appointment's (`head of MINUSMA since March 2021`).
    en: [
      'appointed',
      'appointment',
      'was named',
      ...IN_OFFICE_EN,
      // `led the mission from 2021 until its closure`: the year it opens is his appointment's.
      'led the mission from',
      'headed the mission from',
    ],
    fr: ['nommé', 'nomination', 'dirigé la mission de', 'dirigé la minusma de', ...IN_OFFICE_FR],
    source: S.wane,
  }),
  // Appointed in March, he arrived in Bamako to take up the post in April.
  dated('wane.took-up-post', {
    subject: 'person.wane',
    event: 'El-Ghassim Wane takes up his post at the head of MINUSMA',
    date: '2021-04',
    en: ['took up', 'takes up', 'took office', 'assumed his post', 'assumed office', 'arrived in bamako', ...IN_OFFICE_EN],
    fr: ['pris ses fonctions', 'prend ses fonctions', 'prend fonction', 'pris fonction', 'arrivé à bamako', ...IN_OFFICE_FR],
    source: S.waneArrival,
  }),
];

/** Dated events around the mission, in the order the engine breaks ties by: the transition, the French operations, the rest. */
export const EVENTS: DateFact[] = [...TRANSITION, ...OPERATION_DATES, ...AROUND_THE_MISSION];
