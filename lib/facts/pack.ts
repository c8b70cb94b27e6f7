import { MISSIONS_AND_BODIES } from './pack-bodies';
import { CONTINGENTS } from './pack-contingents';
import { DATES } from './pack-dates';
import { EVENTS } from './pack-events';
import { FIGURES } from './pack-figures';
import { GROUPS, PLACES, RESOLUTIONS } from './pack-groups';
import { HISTORY } from './pack-history';
import { OPERATIONS } from './pack-operations';
import { PEOPLE } from './pack-people';
import type { FactPack } from './schema';

/** The canonical facts shipped with the extension: the read-only base under the reader's edits. */
export const SHIPPED_PACK: FactPack = {
  version: '1.0.0',
  entities: [...MISSIONS_AND_BODIES, ...PEOPLE, ...GROUPS, ...RESOLUTIONS, ...PLACES],
  figures: [...FIGURES, ...HISTORY, ...OPERATIONS, ...CONTINGENTS],
  dates: [...DATES, ...EVENTS],
};
