import type { Figure } from './schema';
import { S } from './sources';

// Died, deaths and lives lost say nothing of the cause: they are the all-cause count's cues, not these.
const KILLED_EN = ['killed', 'dead', 'hostile', 'malicious', 'attacks', 'peacekeepers', 'blue helmets'];
const KILLED_FR = ['tués', 'casques bleus', 'hostiles', 'malveillants', 'attaques'];
const INJURED_EN = ['injured', 'wounded', 'injuries', 'hurt', 'hostile', 'malicious', 'peacekeepers', 'blue helmets'];
const INJURED_FR = ['blessés', 'casques bleus', 'hostiles', 'malveillants'];

/** The mission's casualties: those killed and injured by hostile acts, and its dead of all causes. */
export const CASUALTY_FIGURES: Figure[] = [
  {
    id: 'minusma.casualties.killed-2023',
    subject: 'mission.minusma',
    counts: 'peacekeepers killed by hostile acts since July 2013',
    value: 165,
    group: 'review.casualties',
    unit: 'persons',
    runningTotal: true,
    asOf: { from: '2013-07', to: '2023-01' },
    cues: { en: KILLED_EN, fr: KILLED_FR },
    sources: [S.seed],
    confidence: 'low',
    singleSource: true,
    alternatives: [
      {
        value: 180,
        asOf: { from: '2013-07', to: '2023-01' },
        source: S.france2023,
        note: 'France told the Council that 180 peacekeepers had lost their lives',
      },
    ],
    note: 'Reported from the internal review; other counts of the time are higher.',
  },
  {
    id: 'minusma.casualties.injured-2023',
    subject: 'mission.minusma',
    counts: 'peacekeepers injured by hostile acts since July 2013',
    value: 687,
    group: 'review.casualties',
    unit: 'persons',
    runningTotal: true,
    asOf: { from: '2013-07', to: '2023-01' },
    cues: { en: INJURED_EN, fr: INJURED_FR },
    sources: [S.seed],
    confidence: 'low',
    singleSource: true,
  },
  {
    id: 'minusma.fatalities.all-causes',
    subject: 'mission.minusma',
    counts: 'personnel who died from all causes over the mission’s life',
    value: 311,
    unit: 'persons',
    runningTotal: true,
    // Counted in December 2023, as the mission closed: an article of that month may give the count.
    asOf: { from: '2013-07', to: '2023-12' },
    cues: {
      en: [
        'died',
        'dead',
        'deaths',
        'death toll',
        'toll',
        'lives',
        'lost',
        'fatalities',
        'peacekeeper fatalities',
        'peacekeeper deaths',
        'ultimate price',
        'paid with their lives',
        // As memorials say it.
        'fallen',
        'all causes',
        'peacekeepers',
        'blue helmets',
        'personnel',
        'members',
      ],
      fr: [
        'morts',
        'décès',
        'décédé',
        'perdu',
        'trouvé la mort',
        'coûté la vie',
        'bilan humain',
        'payé de leur vie',
        'sacrifice suprême',
        'péri',
        'toutes causes',
        'casques bleus',
        'personnel',
        'personnels',
        'membres',
      ],
    },
    sources: [S.sgEnd],
    confidence: 'high',
    alternatives: [
      {
        value: 303,
        asOf: { from: '2013-07', to: '2023-05' },
        source: S.largestOps2023,
        note: 'An August 2023 count gave 303 deaths as of May 2023',
      },
    ],
  },
];
