import * as v from 'valibot';

const DATE_SHAPE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** True when an ISO date of year, month or day precision names a real calendar day. */
export function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const IsoDate = v.pipe(
  v.string('expected a date string'),
  v.regex(DATE_SHAPE, 'expected a date like 2023, 2023-01 or 2023-01-27'),
  v.check(isRealDate, 'not a real calendar date'),
);
const Text = v.pipe(v.string('expected text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(2000, 'is too long'));
const Id = v.pipe(
  v.string('expected an id'),
  v.regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, 'expected a dotted lower-case id like person.diop'),
  v.maxLength(120, 'is too long'),
);
const Words = v.pipe(v.array(Text, 'expected a list of words'), v.maxLength(200, 'has too many entries'));

/** When a fact holds: from and/or to, each an ISO date. */
export const PeriodSchema = v.strictObject({ from: v.optional(IsoDate), to: v.optional(IsoDate) }, 'expected an object with from and to');

/** Where a fact was read: a title, a URL and/or a document symbol, and the date it was read. */
export const SourceSchema = v.strictObject(
  {
    title: Text,
    url: v.optional(v.pipe(v.string('expected a URL'), v.url('expected a URL'), v.regex(/^https?:/, 'expected an http(s) URL'))),
    symbol: v.optional(Text),
    read: IsoDate,
  },
  'expected an object',
);

const Sources = v.pipe(v.array(SourceSchema, 'expected a list of sources'), v.minLength(1, 'needs at least one source'));
const Confidence = v.picklist(['high', 'medium', 'low'], 'expected high, medium or low');
const Status = v.optional(v.picklist(['current', 'superseded'], 'expected current or superseded'));

// A fact's own words in French, for readers whose browser speaks French; each falls back to the English.
const FRENCH_MESSAGE = 'expected an object of French words';
const OptionalText = v.optional(Text);

/** The kinds of named things the facts hold. */
export const ENTITY_TYPES = [
  'mission',
  'person',
  'organisation',
  'place',
  'agreement',
  'operation',
  'resolution',
  'report',
  'body',
] as const;

/** A named thing, with every way it is written and the misspellings shown as variants. */
export const EntitySchema = v.strictObject(
  {
    id: Id,
    type: v.picklist(ENTITY_TYPES, `expected one of ${ENTITY_TYPES.join(', ')}`),
    name: Text,
    names: v.strictObject({ en: Text, fr: v.optional(Text) }, 'expected an object with en and fr'),
    aliases: Words,
    variants: v.optional(Words),
    role: v.optional(Text),
    description: Text,
    period: v.optional(PeriodSchema),
    sources: Sources,
    confidence: Confidence,
    status: Status,
    note: v.optional(Text),
    fr: v.optional(v.strictObject({ description: OptionalText, role: OptionalText, note: OptionalText }, FRENCH_MESSAGE)),
  },
  'expected an object',
);

const Cues = v.strictObject({ en: Words, fr: Words }, 'expected an object with en and fr lists');
const Alternative = v.strictObject(
  {
    value: v.number('expected a number'),
    asOf: v.optional(PeriodSchema),
    source: SourceSchema,
    note: v.optional(Text),
    fr: v.optional(v.strictObject({ note: OptionalText }, FRENCH_MESSAGE)),
  },
  'expected an object',
);

/** What a figure's value counts in. */
export const FIGURE_UNITS = ['persons', 'troops', 'count', 'years', 'months', 'usd-billion', 'percent'] as const;
/** How a figure's value is meant: exactly, or over, about, at least or up to it. */
export const QUALIFIERS = ['exact', 'over', 'about', 'at least', 'up to'] as const;

/** A counted quantity, the words that tie a number to it, and the values other sources give. */
export const FigureSchema = v.strictObject(
  {
    id: Id,
    subject: Id,
    counts: Text,
    value: v.pipe(v.number('expected a number'), v.finite('expected a finite number')),
    unit: v.picklist(FIGURE_UNITS, `expected one of ${FIGURE_UNITS.join(', ')}`),
    qualifier: v.optional(v.picklist(QUALIFIERS, `expected one of ${QUALIFIERS.join(', ')}`)),
    asOf: PeriodSchema,
    cues: Cues,
    sources: Sources,
    confidence: Confidence,
    singleSource: v.optional(v.boolean('expected true or false')),
    /**
     * A running total (deaths since 2013, years of a mission) that grew until `asOf.to`: an article written
     * before then gives an earlier, smaller tally, which is no conflict.
     */
    runningTotal: v.optional(v.boolean('expected true or false')),
    /** Figures of one event share a group, so an article that gives one and drops another can be told. */
    group: v.optional(Id),
    alternatives: v.optional(v.array(Alternative, 'expected a list of alternatives')),
    status: Status,
    note: v.optional(Text),
    fr: v.optional(v.strictObject({ counts: OptionalText, note: OptionalText }, FRENCH_MESSAGE)),
  },
  'expected an object',
);

/** A dated event, at year, month or day precision. */
export const DateFactSchema = v.strictObject(
  {
    id: Id,
    subject: Id,
    event: Text,
    date: IsoDate,
    cues: Cues,
    sources: Sources,
    confidence: Confidence,
    singleSource: v.optional(v.boolean('expected true or false')),
    status: Status,
    note: v.optional(Text),
    fr: v.optional(v.strictObject({ event: OptionalText, note: OptionalText }, FRENCH_MESSAGE)),
  },
  'expected an object',
);

/** A whole fact file, as shipped, exported and imported; `checkPack` also checks its ids and subjects. */
export const FactPackSchema = v.strictObject(
  {
    version: v.pipe(v.string('expected a version'), v.regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0')),
    entities: v.array(EntitySchema, 'expected a list of entities'),
    figures: v.array(FigureSchema, 'expected a list of figures'),
    dates: v.array(DateFactSchema, 'expected a list of dates'),
  },
  'expected an object',
);

/** A named thing in coverage: a person, body, place, agreement, resolution or the mission. */
export type Entity = v.InferOutput<typeof EntitySchema>;
/** A counted quantity with the period it holds for. */
export type Figure = v.InferOutput<typeof FigureSchema>;
/** A dated event (establishment, coups, elections, withdrawal). */
export type DateFact = v.InferOutput<typeof DateFactSchema>;
/** Where a fact was read. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** The whole set of canonical facts, as shipped or exported. */
export type FactPack = v.InferOutput<typeof FactPackSchema>;
/** Any stored fact. */
export type Fact = Entity | Figure | DateFact;
