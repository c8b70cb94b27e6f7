import { count } from './count';
import type { Figure } from './schema';
import { S } from './sources';

const LEAVE_EN = [
  'contingent',
  'troops',
  'soldiers',
  'withdraw',
  'withdrew',
  'leave',
  'leaving',
  'pull',
  'pulled out',
  'pulls out',
  'repatriated',
];
const LEAVE_FR = ['contingent', 'soldats', 'militaires', 'retrait', 'retire', 'quitte', 'partis', 'partent', 'rapatriés'];

/** The contributors that left the mission or suspended their part before it ended, and Mali's detention of Ivorian soldiers. */
export const LEAVING: Figure[] = [
  count('minusma.tcc.benin', {
    subject: 'place.benin',
    counts: 'Beninese infantry leaving the mission',
    value: 250,
    unit: 'troops',
    from: '2022-05-19',
    to: '2022-05-19',
    // Its company by its strength or arm only: `company` alone is every firm of the business pages.
    en: ['benin', 'beninese', 'strong company', 'infantry company', ...LEAVE_EN],
    fr: ['bénin', 'béninois', 'compagnie d’infanterie', ...LEAVE_FR],
    source: S.benin,
  }),
  count('minusma.tcc.benin-police', {
    subject: 'place.benin',
    counts: 'Beninese police leaving the mission',
    value: 136,
    from: '2022-05-19',
    to: '2022-05-19',
    en: ['benin', 'beninese', 'police'],
    fr: ['bénin', 'béninois', 'policiers', 'police'],
    source: S.benin,
    alternatives: [{ value: 140, asOf: { from: '2022-05', to: '2022-05' }, source: S.beninPolice, note: 'Sahel News gives 140' }],
  }),
  count('minusma.tcc.egypt', {
    subject: 'place.egypt',
    counts: 'Egyptian troops whose activity was suspended',
    value: 1030,
    qualifier: 'about',
    from: '2022-08-15',
    to: '2022-08-15',
    en: ['egypt', 'egyptian', 'suspended', ...LEAVE_EN],
    fr: ['égypte', 'égyptiens', 'suspendu', ...LEAVE_FR],
    source: S.egypt,
    alternatives: [
      {
        value: 1072,
        asOf: { from: '2022-07-15', to: '2022-07-15' },
        source: S.egyptReuters,
        note: 'Reuters counts 1,072 troops (and 144 police)',
      },
    ],
  }),
  count('minusma.tcc.egypt-pullout', {
    subject: 'place.egypt',
    counts: 'Egyptian peacekeepers leaving as the mission drew down',
    value: 460,
    qualifier: 'over',
    from: '2023-08',
    to: '2023-08',
    en: ['egypt', 'egyptian', 'drawdown', ...LEAVE_EN],
    fr: ['égypte', 'égyptiens', 'désengagement', ...LEAVE_FR],
    source: S.egyptPullout,
    confidence: 'low',
  }),
  count('minusma.tcc.cote-divoire', {
    subject: 'place.cote-divoire',
    counts: 'Ivorian personnel being phased out',
    value: 857,
    from: '2022-06',
    to: '2022-11-11',
    en: ['ivorian', 'ivory coast', "cote d'ivoire", ...LEAVE_EN],
    fr: ['ivoiriens', "côte d'ivoire", ...LEAVE_FR],
    source: S.ivory,
    alternatives: [
      { value: 900, asOf: { from: '2022-11', to: '2022-11' }, source: S.scr2023, note: 'Security Council Report: about 900' },
      { value: 859, asOf: { from: '2023-02', to: '2023-02' }, source: S.defenceweb, note: 'UN count of February 2023' },
    ],
  }),
  count('minusma.tcc.uk', {
    subject: 'place.united-kingdom',
    counts: 'British troops leaving early',
    value: 250,
    qualifier: 'about',
    from: '2022-11-14',
    to: '2022-11-14',
    en: ['british', 'uk', 'britain', ...LEAVE_EN],
    fr: ['britanniques', 'royaume-uni', ...LEAVE_FR],
    source: S.vnaWithdrawals,
    alternatives: [
      { value: 260, asOf: { from: '2022-11', to: '2022-11' }, source: S.scr2023, note: 'Security Council Report gives 260' },
      {
        value: 300,
        asOf: { from: '2022-11', to: '2022-11' },
        source: S.ukWithdrawal,
        note: 'Reuters and AFP wrote of 300 troops, the long-range reconnaissance group the UK sent in December 2020',
      },
    ],
  }),
  count('minusma.tcc.germany', {
    subject: 'place.germany',
    counts: 'German soldiers authorised, until May 2024',
    value: 1400,
    qualifier: 'up to',
    from: '2022-11-22',
    to: '2024-05-31',
    en: ['german', 'germany', 'bundestag', 'bundeswehr', ...LEAVE_EN],
    fr: ['allemands', 'allemagne', 'bundeswehr', ...LEAVE_FR],
    source: S.germany,
    alternatives: [
      { value: 1100, asOf: { from: '2022-11', to: '2024-05' }, source: S.germany, note: 'soldiers actually deployed, at the fewest' },
      { value: 1270, asOf: { from: '2022-11', to: '2024-05' }, source: S.germany, note: 'soldiers actually deployed, at the most' },
    ],
  }),
  count('minusma.tcc.ivorian-detained', {
    subject: 'place.cote-divoire',
    counts: 'Ivorian soldiers detained by Mali from July 2022',
    value: 46,
    from: '2022-07',
    to: '2023-01',
    en: ['detained', 'ivorian', 'soldiers', 'arrested'],
    fr: ['détenus', 'ivoiriens', 'soldats', 'arrêtés'],
    source: S.scr2023,
    confidence: 'high',
    alternatives: [
      {
        value: 49,
        asOf: { from: '2022-07', to: '2022-09' },
        source: S.ivoriansReleased,
        note: '49 were arrested at Bamako airport on 10 July 2022; three women among them were freed on 3 September',
      },
    ],
  }),
];
