import { ENTITY_TYPES, FIGURE_UNITS, QUALIFIERS } from './schema';

/** The three kinds of fact, by the list they live in. */
export type FactKind = 'entities' | 'figures' | 'dates';

/** One field of the fact form, by its path in the fact (`names.en`, `sources.0.title`). */
export interface FieldDef {
  path: string;
  label: string;
  input: 'text' | 'textarea' | 'list' | 'number' | 'select' | 'checkbox' | 'date';
  options?: readonly string[];
  required?: boolean;
  hint?: string;
}

const CONFIDENCE = ['high', 'medium', 'low'] as const;
const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';
const SOURCE: FieldDef[] = [
  { path: 'sources.0.title', label: 'Source title', input: 'text', required: true },
  { path: 'sources.0.url', label: 'Source URL', input: 'text', hint: 'https://…' },
  { path: 'sources.0.symbol', label: 'Document symbol', input: 'text', hint: 'e.g. S/RES/2100 (2013)' },
  { path: 'sources.0.read', label: 'Date read', input: 'date', required: true, hint: DATE_HINT },
  { path: 'confidence', label: 'Confidence', input: 'select', options: CONFIDENCE, required: true },
  { path: 'note', label: 'Note', input: 'textarea' },
];
const CUES: FieldDef[] = [
  {
    path: 'cues.en',
    label: 'Cue words (English)',
    input: 'list',
    hint: 'one per line: words that tie a number in a sentence to this fact',
  },
  { path: 'cues.fr', label: 'Cue words (French)', input: 'list', hint: 'one per line' },
];

/** The form's fields for each kind of fact. */
export const FIELDS: Record<FactKind, FieldDef[]> = {
  entities: [
    { path: 'id', label: 'Id', input: 'text', required: true, hint: 'dotted lower-case, e.g. person.diop' },
    { path: 'type', label: 'Type', input: 'select', options: ENTITY_TYPES, required: true },
    { path: 'name', label: 'Canonical name', input: 'text', required: true },
    { path: 'names.en', label: 'English name', input: 'text', required: true },
    { path: 'names.fr', label: 'French name', input: 'text' },
    { path: 'aliases', label: 'Aliases', input: 'list', hint: 'one per line' },
    { path: 'variants', label: 'Known misspellings', input: 'list', hint: 'one per line' },
    { path: 'role', label: 'Role', input: 'text' },
    { path: 'description', label: 'Description', input: 'textarea', required: true },
    { path: 'period.from', label: 'Role holds from', input: 'date', hint: DATE_HINT },
    { path: 'period.to', label: 'Role holds until', input: 'date', hint: DATE_HINT },
    ...SOURCE,
  ],
  figures: [
    { path: 'id', label: 'Id', input: 'text', required: true, hint: 'dotted lower-case, e.g. minusma.strength.total' },
    { path: 'subject', label: 'Subject (entity id)', input: 'text', required: true },
    { path: 'counts', label: 'What is counted', input: 'text', required: true },
    { path: 'value', label: 'Value', input: 'number', required: true },
    { path: 'unit', label: 'Unit', input: 'select', options: FIGURE_UNITS, required: true },
    { path: 'qualifier', label: 'Qualifier', input: 'select', options: ['', ...QUALIFIERS] },
    { path: 'asOf.from', label: 'Holds from', input: 'date', hint: DATE_HINT },
    { path: 'asOf.to', label: 'Holds until', input: 'date', hint: DATE_HINT },
    ...CUES,
    { path: 'singleSource', label: 'Only one report gives this figure', input: 'checkbox' },
    ...SOURCE,
  ],
  dates: [
    { path: 'id', label: 'Id', input: 'text', required: true, hint: 'dotted lower-case, e.g. mali.coup-2020' },
    { path: 'subject', label: 'Subject (entity id)', input: 'text', required: true },
    { path: 'event', label: 'Event', input: 'text', required: true },
    { path: 'date', label: 'Date', input: 'date', required: true, hint: DATE_HINT },
    ...CUES,
    { path: 'singleSource', label: 'Only one report gives this date', input: 'checkbox' },
    ...SOURCE,
  ],
};
