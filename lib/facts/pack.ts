import { ENTITIES_FR } from './french-entities';
import { DATES_FR, FIGURES_FR } from './french-facts';
import { ARMED_GROUPS } from './pack-armed-groups';
import { AROUND } from './pack-around';
import { MISSIONS_AND_BODIES } from './pack-bodies';
import { CONTINGENTS } from './pack-contingents';
import { DATES } from './pack-dates';
import { EVENTS } from './pack-events';
import { FIGURES } from './pack-figures';
import { GROUPS, RESOLUTIONS } from './pack-groups';
import { HISTORY } from './pack-history';
import { KIDAL_DATES } from './pack-kidal';
import { LEAVING } from './pack-leaving';
import { OPERATIONS } from './pack-operations';
import { OTHER_MISSION_DATES, OTHER_MISSION_FIGURES, OTHER_MISSION_RESOLUTIONS } from './pack-other-missions';
import { PEOPLE } from './pack-people';
import { PLACES } from './pack-places';
import { SAHEL_DATES, SAHEL_ENTITIES } from './pack-sahel';
import { TURNS } from './pack-turns';
import type { DateFact, Entity, FactPack, Figure } from './schema';

// The French words are kept apart from the facts they word, one table per kind, and joined here.
const entityWithFrench = (entity: Entity): Entity => {
  const fr = ENTITIES_FR[entity.id];
  return fr ? { ...entity, fr } : entity;
};

const figureWithFrench = (figure: Figure): Figure => {
  const words = FIGURES_FR[figure.id];
  if (!words) return figure;
  const { alternatives: notes, ...fr } = words;
  const alternatives = figure.alternatives?.map((alt, i) => (notes?.[i] ? { ...alt, fr: { note: notes[i] } } : alt));
  return { ...figure, fr, ...(alternatives ? { alternatives } : {}) };
};

const dateWithFrench = (date: DateFact): DateFact => {
  const fr = DATES_FR[date.id];
  return fr ? { ...date, fr } : date;
};

/** The canonical facts shipped with the extension: the read-only base under the reader's edits. */
export const SHIPPED_PACK: FactPack = {
  version: '1.0.0',
  entities: [
    ...MISSIONS_AND_BODIES,
    ...PEOPLE,
    ...GROUPS,
    ...ARMED_GROUPS,
    ...RESOLUTIONS,
    ...PLACES,
    ...OTHER_MISSION_RESOLUTIONS,
    ...SAHEL_ENTITIES,
  ].map(entityWithFrench),
  figures: [...FIGURES, ...AROUND, ...LEAVING, ...HISTORY, ...OPERATIONS, ...CONTINGENTS, ...OTHER_MISSION_FIGURES].map(figureWithFrench),
  dates: [...DATES, ...EVENTS, ...TURNS, ...OTHER_MISSION_DATES, ...SAHEL_DATES, ...KIDAL_DATES].map(dateWithFrench),
};
