import type { Figure } from './schema';
import { S } from './sources';

// The press calls the options scenarios too.
const OPTION_EN = ['review', 'increasing', 'increase', 'option', 'options', 'scenario', 'scenarios'];
const OPTION_FR = ['revue', 'examen', 'augmentation', 'augmenter', 'option', 'options', 'scénario', 'scénarios'];

/** Figures of the Secretary-General's internal review of January 2023: its options, its benchmarks, the flights denied. */
export const REVIEW_FIGURES: Figure[] = [
  {
    id: 'minusma.review.options',
    subject: 'report.internal-review',
    counts: 'options proposed by the internal review',
    value: 3,
    group: 'review.options',
    unit: 'count',
    asOf: { from: '2023-01', to: '2023-01' },
    cues: { en: ['options', 'scenarios', 'proposed', 'suggested', 'review'], fr: ['options', 'scénarios', 'propose', 'revue'] },
    sources: [S.seed, S.reviewOptions],
    confidence: 'high',
  },
  {
    id: 'minusma.review.benchmarks',
    subject: 'report.internal-review',
    counts: 'benchmarks the review set for keeping the mission: the transition, the agreement, freedom of movement, the whole mandate',
    value: 4,
    unit: 'count',
    asOf: { from: '2023-01', to: '2023-06' },
    cues: { en: ['benchmarks', 'parameters'], fr: ['paramètres', 'critères'] },
    sources: [S.usunApril2023],
    confidence: 'high',
  },
  {
    id: 'minusma.review.option1',
    subject: 'report.internal-review',
    counts: 'uniformed personnel added under the first option',
    value: 3680,
    group: 'review.options',
    unit: 'persons',
    asOf: { from: '2023-01', to: '2023-01' },
    cues: {
      en: [...OPTION_EN, 'option one', 'option 1', 'first option', 'first scenario'],
      fr: [...OPTION_FR, 'option 1', 'première option', 'premier scénario'],
    },
    sources: [S.seed],
    confidence: 'low',
    singleSource: true,
  },
  {
    id: 'minusma.review.option2',
    subject: 'report.internal-review',
    counts: 'uniformed personnel added under the second option',
    value: 2000,
    group: 'review.options',
    unit: 'persons',
    asOf: { from: '2023-01', to: '2023-01' },
    cues: {
      en: [...OPTION_EN, 'option two', 'option 2', 'second option', 'second scenario'],
      fr: [...OPTION_FR, 'option 2', 'deuxième option', 'seconde option', 'deuxième scénario', 'second scénario'],
    },
    sources: [S.seed],
    confidence: 'low',
    singleSource: true,
  },
  {
    id: 'minusma.review.flight-denials',
    subject: 'report.internal-review',
    counts: 'MINUSMA flight requests refused or unanswered',
    value: 237,
    unit: 'count',
    // Counted over the reporting period of the Secretary-General's report of January 2023, the last months of 2022.
    asOf: { from: '2022-10', to: '2023-01' },
    cues: { en: ['flight', 'flights', 'requests', 'denied', 'refused'], fr: ['vols', 'demandes', 'refusé', 'refusées'] },
    sources: [S.usun2023],
    confidence: 'high',
  },
];
