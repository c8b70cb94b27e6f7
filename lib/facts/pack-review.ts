import { dated } from './dated';
import type { DateFact, Figure } from './schema';
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

/** Dated events of the internal review: when it was due, issued and debated. */
export const REVIEW_DATES: DateFact[] = [
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
    // And `review`, as its deadline has it: the review submitted with its options is the review issued, not a wrong day of
    // its deadline.
    en: ['submitted', 'transmitted', 'review'],
    fr: ['soumis', 'soumise', 'transmis', 'transmise', 'revue'],
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
];
