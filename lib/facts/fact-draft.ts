import * as v from 'valibot';
import { type FactKind, FIELDS, type FieldDef } from './fact-fields';
import { DateFactSchema, EntitySchema, type Fact, FigureSchema } from './schema';

/** The form's text for each field path. */
export type Draft = Record<string, string>;

const SCHEMAS = { entities: EntitySchema, figures: FigureSchema, dates: DateFactSchema } as const;

function readPath(source: unknown, path: string): unknown {
  let value: unknown = source;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key, i) => {
    const isIndex = /^\d+$/.test(keys[i + 1] ?? '');
    node[key] ??= isIndex ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1] ?? ''] = value;
}

function toText(field: FieldDef, value: unknown): string {
  if (field.input === 'list') return Array.isArray(value) ? value.join('\n') : '';
  if (field.input === 'checkbox') return value === true ? 'true' : '';
  return value === undefined || value === null ? '' : String(value);
}

function fromText(field: FieldDef, text: string): unknown {
  const trimmed = text.trim();
  if (field.input === 'list')
    return trimmed
      ? trimmed
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
      : [];
  if (field.input === 'checkbox') return trimmed === 'true' ? true : undefined;
  if (trimmed === '') return undefined;
  if (field.input === 'number') return Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed);
  return trimmed;
}

/** The form's text for a fact (or empty fields for a new one). */
export function draftOf(kind: FactKind, fact?: Fact): Draft {
  return Object.fromEntries(FIELDS[kind].map((field) => [field.path, toText(field, readPath(fact, field.path))]));
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Builds the fact a draft describes, keeping the original's fields the form does not show (other sources). */
export function factFromDraft(kind: FactKind, draft: Draft, original?: Fact): Record<string, unknown> {
  const fact: Record<string, unknown> = original ? copy(original as unknown as Record<string, unknown>) : {};
  if (kind !== 'entities') fact.cues ??= { en: [], fr: [] };
  if (kind === 'entities') fact.aliases ??= [];
  for (const field of FIELDS[kind]) writePath(fact, field.path, fromText(field, draft[field.path] ?? ''));
  const built = JSON.parse(JSON.stringify(fact)) as Record<string, unknown>;
  // French words left blank leave no empty object behind.
  if (built.fr && Object.keys(built.fr).length === 0) delete built.fr;
  return built;
}

/** The fact, or what is wrong with each field (by path) and with the whole. */
export type DraftCheck = { ok: true; fact: Fact } | { ok: false; errors: Record<string, string> };

/** Validates a draft field by field with the fact's schema. */
export function checkDraft(kind: FactKind, draft: Draft, original?: Fact): DraftCheck {
  const result = v.safeParse(SCHEMAS[kind], factFromDraft(kind, draft, original), { abortEarly: false });
  if (result.success) return { ok: true, fact: result.output };
  const errors: Record<string, string> = {};
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
    const field = FIELDS[kind].find((f) => path === f.path || path.startsWith(`${f.path}.`));
    errors[field?.path ?? 'form'] ??= field?.required && issue.input === undefined ? 'is required' : issue.message;
  }
  return { ok: false, errors };
}
