import { count } from './count';
import { dated } from './dated';
import { resolution } from './pack-groups';
import type { DateFact, Entity, Figure } from './schema';
import { S } from './sources';

// The missions coverage confuses with MINUSMA: their own dates and sizes, so that a sentence about one is judged
// by its facts, never by MINUSMA's.

const CREATED_EN = ['created', 'established', 'set up', 'founded'];
const CREATED_FR = ['créée', 'création', 'établie', 'mise en place'];

/** Dated events of MINUSCA, MONUSCO and UNMISS. */
export const OTHER_MISSION_DATES: DateFact[] = [
  dated('minusca.established', {
    subject: 'mission.minusca',
    event: 'Resolution 2149 creates MINUSCA',
    date: '2014-04-10',
    en: [...CREATED_EN, 'resolution 2149'],
    fr: [...CREATED_FR, 'résolution 2149'],
    source: S.minusca,
  }),
  dated('minusca.takeover', {
    subject: 'mission.minusca',
    event: 'MINUSCA takes over from the African Union’s MISCA',
    date: '2014-09-15',
    en: ['took over', 'took authority', 'misca'],
    fr: ['pris le relais', 'misca'],
    source: S.minusca,
  }),
  dated('minusca.renewed-2023', {
    subject: 'mission.minusca',
    event: 'Resolution 2709 renews MINUSCA until 15 November 2024',
    date: '2023-11-15',
    en: ['renewed', 'extended', 'resolution 2709'],
    fr: ['renouvelé', 'prolongé', 'résolution 2709'],
    source: S.res2709,
  }),
  dated('monusco.established', {
    subject: 'mission.monusco',
    event: 'MONUC becomes MONUSCO',
    date: '2010-07-01',
    // `deployed since 2010`: MONUC had been there since 1999, but under this name the mission began in 2010.
    en: [...CREATED_EN, 'monuc', 'renamed', 'succeeded', 'deployed since', 'present since', 'in congo since', 'in the drc since'],
    fr: [...CREATED_FR, 'monuc', 'rebaptisée', 'succédé', 'déployée', 'présente', 'au congo depuis', 'en rdc depuis'],
    source: S.monusco,
  }),
  dated('monusco.renewed-2023', {
    subject: 'mission.monusco',
    event: 'Resolution 2717 extends MONUSCO and sets its three-phase disengagement',
    date: '2023-12-19',
    en: ['renewed', 'extended', 'resolution 2717', 'disengagement'],
    fr: ['renouvelé', 'prolongé', 'résolution 2717', 'désengagement'],
    source: S.res2717,
  }),
  dated('unmiss.established', {
    subject: 'mission.unmiss',
    event: 'Resolution 1996 creates UNMISS',
    date: '2011-07-08',
    en: [...CREATED_EN, 'resolution 1996'],
    fr: [...CREATED_FR, 'résolution 1996'],
    source: S.unmiss,
  }),
];

/** Sizes of MINUSCA, MONUSCO and UNMISS. */
// UNMISS's first authorised strength, named with words of its start: `UNMISS has 13,000 troops` is no count of 2011.
const UNMISS_START_EN = [
  'unmiss',
  'south sudan',
  'initial',
  'initially',
  'first',
  'started',
  'began',
  'at its start',
  'at first',
  ...CREATED_EN,
];
const UNMISS_START_FR = ['minuss', 'soudan du sud', 'initialement', 'au départ', 'à ses débuts', 'débuts', 'premiers', ...CREATED_FR];

export const OTHER_MISSION_FIGURES: Figure[] = [
  count('minusca.ceiling-police', {
    subject: 'mission.minusca',
    counts: 'MINUSCA police ceiling from November 2023',
    value: 3020,
    from: '2023-11-15',
    to: '2024-11-15',
    en: ['minusca', 'central african', 'police', 'ceiling'],
    fr: ['minusca', 'centrafrique', 'policiers', 'police', 'plafond'],
    source: S.res2709,
    confidence: 'high',
  }),
  count('monusco.ceiling-military', {
    subject: 'mission.monusco',
    counts: 'MONUSCO military ceiling until 30 June 2024',
    value: 13500,
    unit: 'troops',
    from: '2023-12-19',
    to: '2024-06-30',
    en: ['monusco', 'congo', 'ceiling', 'troops'],
    fr: ['monusco', 'congo', 'plafond', 'militaires'],
    source: S.res2717,
    confidence: 'high',
    alternatives: [{ value: 11500, asOf: { from: '2024-07', to: '2024-12' }, source: S.res2717, note: 'The ceiling from 1 July 2024' }],
  }),
  count('unmiss.initial-military', {
    subject: 'mission.unmiss',
    counts: 'military personnel UNMISS was first authorised',
    value: 7000,
    unit: 'troops',
    from: '2011-07-08',
    to: '2014-05-27',
    en: UNMISS_START_EN,
    fr: UNMISS_START_FR,
    source: S.unmiss,
    confidence: 'high',
  }),
  count('unmiss.initial-police', {
    subject: 'mission.unmiss',
    counts: 'police UNMISS was first authorised',
    value: 900,
    from: '2011-07-08',
    to: '2014-05-27',
    en: UNMISS_START_EN,
    fr: UNMISS_START_FR,
    source: S.unmiss,
    confidence: 'high',
  }),
];

/** The Security Council resolutions that created or renewed them. */
export const OTHER_MISSION_RESOLUTIONS: Entity[] = [
  resolution('1925', '2010', 'Renamed MONUC as MONUSCO, the mission in the Democratic Republic of the Congo, from 1 July 2010.', S.monusco),
  resolution('1996', '2011', 'Created UNMISS, the mission in South Sudan, with 7,000 military and 900 police.', S.unmiss),
  resolution('2149', '2014', 'Created MINUSCA, the mission in the Central African Republic.', S.minusca),
  resolution('2709', '2023', 'Renewed MINUSCA until 15 November 2024, with 14,400 military and 3,020 police.', S.res2709),
  resolution('2717', '2023', 'Extended MONUSCO until 20 December 2024 and set its three-phase disengagement.', S.res2717),
];
