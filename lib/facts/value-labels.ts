import type { MessageKey, Say } from '../say';
import type { ENTITY_TYPES, FIGURE_UNITS, QUALIFIERS } from './schema';

type SchemaValue = (typeof ENTITY_TYPES)[number] | (typeof FIGURE_UNITS)[number] | (typeof QUALIFIERS)[number] | 'high' | 'medium' | 'low';

// The schema's own words stay what the JSON holds; the reader sees them in the UI's language.
const LABELS: Record<SchemaValue, MessageKey> = {
  mission: 'valueMission',
  person: 'valuePerson',
  organisation: 'valueOrganisation',
  place: 'valuePlace',
  agreement: 'valueAgreement',
  operation: 'valueOperation',
  resolution: 'valueResolution',
  report: 'valueReport',
  body: 'valueBody',
  persons: 'valuePersons',
  troops: 'valueTroops',
  count: 'valueCount',
  years: 'valueYears',
  months: 'valueMonths',
  'usd-billion': 'valueUsdBillion',
  percent: 'valuePercent',
  exact: 'valueExact',
  over: 'valueOver',
  about: 'valueAbout',
  'at least': 'valueAtLeast',
  'up to': 'valueUpTo',
  high: 'valueHigh',
  medium: 'valueMedium',
  low: 'valueLow',
};

/** How the reader's language names a type, unit, qualifier or confidence of the schema; anything else as it is. */
export function valueLabel(value: string, say: Say): string {
  const key = (LABELS as Record<string, MessageKey | undefined>)[value];
  return key ? say(key) : value;
}
