import { count } from './count';
import type { Figure } from './schema';
import { S } from './sources';

// What a transition is for, as the press says it: `18 months to hand power back to civilians`. Of the first only, as
// ECOWAS set it: ECOWAS had asked for 12, which one cue disputes nothing with.
const HANDOVER_EN = ['hand power back', 'hand back power', 'handing power back', 'return to civilian rule', 'civilian rule'];
const HANDOVER_FR = ['rendre le pouvoir', 'remettre le pouvoir', 'retour à l’ordre constitutionnel', 'pouvoir aux civils'];

/** Mali's transition in numbers: the constitutional referendum's vote and turnout, the months the junta was given. */
export const TRANSITION_FIGURES: Figure[] = [
  count('mali.referendum-yes', {
    subject: 'place.mali',
    counts: 'yes votes in the June 2023 referendum',
    value: 96.9,
    unit: 'percent',
    qualifier: 'about',
    from: '2023-06-18',
    to: '2023-06-18',
    en: ['yes', 'referendum', 'voted for', 'approved', 'in favour', 'in favor', 'constitution', 'passed', 'adopted', 'of the vote'],
    fr: ['oui', 'référendum', 'approuvé', 'favorable', 'constitution', 'adoptée', 'des voix', 'des suffrages'],
    source: S.referendum,
  }),
  count('mali.referendum-turnout', {
    subject: 'place.mali',
    counts: 'turnout in the June 2023 referendum',
    value: 38.2,
    unit: 'percent',
    qualifier: 'about',
    from: '2023-06-18',
    to: '2023-06-18',
    // Who voted at all, not how: `voted in the referendum`, not `voted in favour`.
    en: [
      'turnout',
      'participation',
      'referendum',
      'turned out',
      'took part',
      'voted in the',
      'went to the polls',
      'cast their ballots',
      'cast a ballot',
      'cast ballots',
      'registered voters',
    ],
    fr: ['participation', 'référendum', 'ont participé', 'ont pris part', 'se sont rendus aux urnes', 'des inscrits'],
    source: S.referendum,
    alternatives: [
      {
        value: 39.4,
        asOf: { from: '2023-06-23', to: '2023-06-23' },
        source: S.referendumFinal,
        note: 'The electoral authority’s provisional result of 23 June; the Constitutional Court’s final one is 38.23%',
      },
    ],
  }),
  count('mali.transition-months', {
    subject: 'place.mali',
    counts: 'months of transition agreed with ECOWAS in 2022',
    value: 24,
    unit: 'months',
    from: '2022-07-03',
    to: '2024-03-26',
    en: ['transition', 'months'],
    fr: ['transition', 'mois'],
    source: S.ecowas,
    confidence: 'high',
  }),
  // The first transition, after the 2020 coup, to elections planned for 27 February 2022: listed after the second,
  // which a figure of neither, undated, disputes first.
  count('mali.transition-months-2020', {
    subject: 'place.mali',
    counts: 'months of transition ECOWAS set after the 2020 coup',
    value: 18,
    unit: 'months',
    from: '2020-09',
    to: '2022-02-27',
    // Its own words only: `in power for 18 months` is no transition's length.
    en: ['transition', ...HANDOVER_EN],
    fr: ['transition', ...HANDOVER_FR],
    source: S.transition18,
  }),
];
