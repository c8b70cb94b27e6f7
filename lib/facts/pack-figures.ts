import { CASUALTY_FIGURES } from './pack-casualties';
import { REVIEW_FIGURES } from './pack-review';
import type { Figure } from './schema';
import { S } from './sources';

// Soldiers and police together: the uniformed personnel.
// Translations from Arabic keep its singular after a number: `13 thousand soldier and policeman`.
const UNIFORMED_EN = [
  'troops and police',
  'soldiers and police',
  'military and police',
  'military personnel and police',
  'soldier and policeman',
];
const UNIFORMED_FR = ['soldats et policiers', 'militaires et policiers'];
// A ceiling as a cap: `capped at 1,920`, `a cap of`, `plafonnés à` (`le cap des 300 morts` is a milestone).
const CAPPED_EN = ['capped', 'cap of'];
const CAPPED_FR = ['plafonné', 'plafonnés', 'plafonnée', 'plafonnées'];
// The ceilings are what the Council authorised: `13,829 military personnel authorised` disputes the troops' one.
const AUTHORISED_EN = ['authorised', 'authorized'];
const AUTHORISED_FR = ['autorisé', 'autorisés', 'autorisées'];
const PEAK_EN = ['peak', 'apogee', 'at its height', 'at its maximum'];

/** Counted figures of the mission itself: its size, casualties, contributors leaving, the review's options, its budget. */
export const FIGURES: Figure[] = [
  {
    id: 'minusma.strength.total',
    subject: 'mission.minusma',
    counts: 'people in the mission, uniformed and civilian',
    value: 17500,
    unit: 'persons',
    qualifier: 'about',
    asOf: { from: '2022-09', to: '2023-02' },
    cues: {
      en: ['strong', 'mission', 'personnel', 'person', 'people', 'staff', 'members', 'peacekeepers', 'blue helmets'],
      fr: ['personnes', 'personnels', 'effectif', 'membres', 'mission', 'casques bleus'],
    },
    sources: [S.seed, S.afp17500, S.defenceweb],
    confidence: 'medium',
    alternatives: [
      { value: 17430, asOf: { from: '2023-02', to: '2023-02' }, source: S.defenceweb, note: 'UN count of all personnel in February 2023' },
    ],
    note: 'Counts civilians too: it is neither the uniformed ceiling (15,209) nor the troops deployed (about 13,000).',
  },
  ...CASUALTY_FIGURES,
  {
    id: 'minusma.tcc.leaving-countries',
    subject: 'mission.minusma',
    counts: 'troop contributors pulling out',
    value: 4,
    group: 'review.contributors',
    unit: 'count',
    // Germany, the last of the four, decided on 22 November 2022.
    asOf: { from: '2022-11', to: '2023-01' },
    cues: {
      en: ['countries', 'contributed', 'contributors', 'pulling', 'withdrawing', 'leaving'],
      fr: ['pays', 'contributeurs', 'retirent', 'retrait'],
    },
    sources: [S.seed],
    confidence: 'low',
    singleSource: true,
  },
  {
    id: 'minusma.tcc.leaving-troops',
    subject: 'mission.minusma',
    counts: 'troops of the contributors pulling out',
    value: 2250,
    group: 'review.contributors',
    unit: 'troops',
    qualifier: 'over',
    asOf: { from: '2023-01', to: '2023-01' },
    cues: {
      en: ['troops', 'soldiers', 'loss', 'pulling', 'withdrawing', 'leaving', 'to leave', 'departure', 'departing', 'outgoing contingents'],
      fr: ['soldats', 'militaires', 'perte', 'retrait', 'départ', 'contingents sortants', 'hommes des contingents'],
    },
    sources: [S.seed],
    confidence: 'low',
    singleSource: true,
    note: 'The contingent sizes reported elsewhere do not add up to this without assumptions.',
  },
  ...REVIEW_FIGURES,
  {
    id: 'minusma.strength.ceiling',
    subject: 'mission.minusma',
    counts: 'authorised uniformed personnel (ceiling)',
    value: 15209,
    unit: 'persons',
    asOf: { from: '2016-06-29', to: '2023-06-30' },
    cues: {
      // The mission's size at its peak too: so `peak` names no other subject (Barkhane's).
      en: [
        'ceiling',
        ...CAPPED_EN,
        'authorised',
        'authorized',
        'uniformed',
        'peacekeepers',
        'blue helmets',
        'strong',
        ...PEAK_EN,
        ...UNIFORMED_EN,
      ],
      fr: ['plafond', ...CAPPED_FR, 'autorisé', 'en uniforme', 'en tenue', 'casques bleus', 'hommes', 'pic', 'apogée', ...UNIFORMED_FR],
    },
    sources: [S.res2295, S.ceilings],
    confidence: 'high',
  },
  {
    id: 'minusma.strength.military',
    subject: 'mission.minusma',
    counts: 'authorised military personnel',
    value: 13289,
    unit: 'troops',
    asOf: { from: '2016-06-29', to: '2023-06-30' },
    cues: {
      en: ['military', 'troops', 'troop', 'soldiers', 'ceiling', ...CAPPED_EN, ...AUTHORISED_EN],
      fr: ['militaires', 'soldats', 'plafond', ...CAPPED_FR, ...AUTHORISED_FR],
    },
    sources: [S.res2295],
    confidence: 'high',
  },
  {
    id: 'minusma.strength.police',
    subject: 'mission.minusma',
    counts: 'authorised police',
    value: 1920,
    unit: 'persons',
    asOf: { from: '2016-06-29', to: '2023-06-30' },
    cues: {
      en: ['police', 'ceiling', ...CAPPED_EN, ...AUTHORISED_EN],
      fr: ['policiers', 'police', 'plafond', ...CAPPED_FR, ...AUTHORISED_FR],
    },
    sources: [S.res2295],
    confidence: 'high',
  },
  {
    id: 'minusma.strength.military-2013',
    subject: 'mission.minusma',
    counts: 'authorised military personnel at creation',
    value: 11200,
    unit: 'troops',
    asOf: { from: '2013-04-25', to: '2016-06-29' },
    cues: { en: ['military', 'troops', 'soldiers', 'ceiling'], fr: ['militaires', 'soldats', 'plafond'] },
    sources: [S.res2100],
    confidence: 'high',
    alternatives: [
      {
        value: 11240,
        asOf: { from: '2015-06', to: '2016-06' },
        source: S.res2227,
        note: 'Resolution 2227 gave the military ceiling as 11,240, counting 40 military observers.',
      },
    ],
  },
  {
    id: 'minusma.strength.deployed-2023',
    subject: 'mission.minusma',
    counts: 'uniformed personnel present when the withdrawal began',
    value: 12947,
    unit: 'persons',
    qualifier: 'about',
    asOf: { from: '2023-08', to: '2023-08' },
    cues: {
      en: ['uniformed', 'peacekeepers', 'blue helmets', 'withdrawal', 'strong', 'deployed', 'left the country', ...UNIFORMED_EN],
      fr: ['casques bleus', 'retrait', 'forte', 'en uniforme', 'en tenue', 'déployés', 'quitté le pays', ...UNIFORMED_FR],
    },
    sources: [S.sgEnd],
    confidence: 'medium',
  },
  {
    id: 'minusma.strength.deployed-2022',
    subject: 'mission.minusma',
    counts: 'soldiers and police deployed, AFP count of September 2022',
    value: 13000,
    unit: 'persons',
    qualifier: 'about',
    asOf: { from: '2022-09', to: '2023-02' },
    cues: {
      en: ['uniformed', 'peacekeepers', 'blue helmets', 'strong', 'deployed', ...UNIFORMED_EN],
      // The French press counts a force in men: `une force de 13 000 hommes`.
      fr: ['casques bleus', 'forte', 'déployés', 'en uniforme', 'en tenue', 'hommes', ...UNIFORMED_FR],
    },
    sources: [S.afp17500],
    confidence: 'medium',
    note: 'AFP wrote “just over 13,000” of the mission’s 17,500 people.',
  },
  {
    id: 'minusma.budget',
    subject: 'mission.minusma',
    counts: 'billion US dollars of annual budget',
    value: 1.2,
    unit: 'usd-billion',
    qualifier: 'about',
    asOf: { from: '2023', to: '2023' },
    cues: {
      // Spent, by the year (`spent $1.5 billion on the mission`, an `annual` one): what a budget is; not `a year`,
      // which costs of all kinds are counted by (`The war costs Mali $1.7 billion a year`).
      en: ['budget', 'minusma', 'mission', 'peacekeeping', 'cost', 'costs', 'spent', 'spends', 'annual', 'annually'],
      fr: ['budget', 'minusma', 'mission', 'maintien de la paix', 'coût', 'coûte', 'coûtait', 'dépensé', 'dépense', 'annuel'],
    },
    sources: [S.france2023],
    alternatives: [
      { value: 1.26, asOf: { from: '2023', to: '2023' }, source: S.voaPullout, note: 'VOA and AFP give the budget as 1.26 billion' },
    ],
    confidence: 'medium',
  },
];
