import type { MessageKey } from '../say';
import { ENTITY_TYPES, FIGURE_UNITS, QUALIFIERS } from './schema';

/** The three kinds of fact, by the list they live in. */
export type FactKind = 'entities' | 'figures' | 'dates';

/** One field of the fact form, by its path in the fact (`names.en`, `sources.0.title`). */
export interface FieldDef {
  path: string;
  /** Message names: the form shows them in the reader's language. */
  label: MessageKey;
  input: 'text' | 'textarea' | 'list' | 'number' | 'select' | 'checkbox' | 'date';
  options?: readonly string[];
  required?: boolean;
  hint?: MessageKey;
}

const CONFIDENCE = ['high', 'medium', 'low'] as const;
const DATE_HINT = 'hintDate';
const SOURCE: FieldDef[] = [
  { path: 'sources.0.title', label: 'fieldSourceTitle', input: 'text', required: true },
  { path: 'sources.0.url', label: 'fieldSourceUrl', input: 'text', hint: 'hintUrl' },
  { path: 'sources.0.symbol', label: 'fieldSourceSymbol', input: 'text', hint: 'hintSymbol' },
  { path: 'sources.0.read', label: 'fieldSourceRead', input: 'date', required: true, hint: DATE_HINT },
  { path: 'confidence', label: 'fieldConfidence', input: 'select', options: CONFIDENCE, required: true },
  { path: 'note', label: 'fieldNote', input: 'textarea' },
  { path: 'fr.note', label: 'fieldNoteFr', input: 'textarea' },
];
const CUES: FieldDef[] = [
  {
    path: 'cues.en',
    label: 'fieldCuesEn',
    input: 'list',
    hint: 'hintCues',
  },
  { path: 'cues.fr', label: 'fieldCuesFr', input: 'list', hint: 'hintLines' },
];

/** The form's fields for each kind of fact. */
export const FIELDS: Record<FactKind, FieldDef[]> = {
  entities: [
    { path: 'id', label: 'fieldId', input: 'text', required: true, hint: 'hintIdEntity' },
    { path: 'type', label: 'fieldType', input: 'select', options: ENTITY_TYPES, required: true },
    { path: 'name', label: 'fieldName', input: 'text', required: true },
    { path: 'names.en', label: 'fieldNameEn', input: 'text', required: true },
    { path: 'names.fr', label: 'fieldNameFr', input: 'text' },
    { path: 'aliases', label: 'fieldAliases', input: 'list', hint: 'hintLines' },
    { path: 'variants', label: 'fieldVariants', input: 'list', hint: 'hintLines' },
    { path: 'role', label: 'fieldRole', input: 'text' },
    { path: 'description', label: 'fieldDescription', input: 'textarea', required: true },
    { path: 'fr.role', label: 'fieldRoleFr', input: 'text' },
    { path: 'fr.description', label: 'fieldDescriptionFr', input: 'textarea' },
    { path: 'period.from', label: 'fieldPeriodFrom', input: 'date', hint: DATE_HINT },
    { path: 'period.to', label: 'fieldPeriodTo', input: 'date', hint: DATE_HINT },
    ...SOURCE,
  ],
  figures: [
    { path: 'id', label: 'fieldId', input: 'text', required: true, hint: 'hintIdFigure' },
    { path: 'subject', label: 'fieldSubject', input: 'text', required: true },
    { path: 'counts', label: 'fieldCounts', input: 'text', required: true },
    { path: 'fr.counts', label: 'fieldCountsFr', input: 'text' },
    { path: 'value', label: 'fieldValue', input: 'number', required: true },
    { path: 'unit', label: 'fieldUnit', input: 'select', options: FIGURE_UNITS, required: true },
    { path: 'qualifier', label: 'fieldQualifier', input: 'select', options: ['', ...QUALIFIERS] },
    { path: 'asOf.from', label: 'fieldAsOfFrom', input: 'date', hint: DATE_HINT },
    { path: 'asOf.to', label: 'fieldAsOfTo', input: 'date', hint: DATE_HINT },
    { path: 'runningTotal', label: 'fieldRunningTotal', input: 'checkbox', hint: 'hintRunningTotal' },
    ...CUES,
    { path: 'singleSource', label: 'fieldSingleFigure', input: 'checkbox' },
    ...SOURCE,
  ],
  dates: [
    { path: 'id', label: 'fieldId', input: 'text', required: true, hint: 'hintIdDate' },
    { path: 'subject', label: 'fieldSubject', input: 'text', required: true },
    { path: 'event', label: 'fieldEvent', input: 'text', required: true },
    { path: 'fr.event', label: 'fieldEventFr', input: 'text' },
    { path: 'date', label: 'fieldDate', input: 'date', required: true, hint: DATE_HINT },
    ...CUES,
    { path: 'singleSource', label: 'fieldSingleDate', input: 'checkbox' },
    ...SOURCE,
  ],
};
