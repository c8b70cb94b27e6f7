import * as v from 'valibot';
import { type FactPack, FactPackSchema } from './schema';

/** One thing wrong with a fact pack, at a path like `figures[3].value`. */
export interface PackIssue {
  path: string;
  message: string;
}

/** A pack that passed, or every problem found in it. */
export type PackCheck = { ok: true; pack: FactPack } | { ok: false; issues: PackIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return 'is not a known field';
  if (issue.type === 'strict_object' && issue.received === 'undefined') return 'is required';
  return issue.message;
}

function referenceIssues(pack: FactPack): PackIssue[] {
  const issues: PackIssue[] = [];
  const seen = new Map<string, string>();
  const lists = [
    ['entities', pack.entities],
    ['figures', pack.figures],
    ['dates', pack.dates],
  ] as const;
  for (const [list, facts] of lists) {
    facts.forEach((fact, i) => {
      const other = seen.get(fact.id);
      if (other) issues.push({ path: `${list}[${i}].id`, message: `duplicate id ${fact.id} (also at ${other})` });
      else seen.set(fact.id, `${list}[${i}]`);
    });
  }
  const entityIds = new Set(pack.entities.map((e) => e.id));
  for (const [list, facts] of [
    ['figures', pack.figures],
    ['dates', pack.dates],
  ] as const) {
    facts.forEach((fact, i) => {
      if (!entityIds.has(fact.subject)) issues.push({ path: `${list}[${i}].subject`, message: `no entity has the id ${fact.subject}` });
    });
  }
  return issues;
}

/** Validates a whole pack against the schema, then checks ids are unique and subjects resolve. */
export function checkPack(input: unknown): PackCheck {
  const parsed = v.safeParse(FactPackSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, issues: parsed.issues.map((issue) => ({ path: pathOf(issue), message: messageOf(issue) })) };
  const issues = referenceIssues(parsed.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pack: parsed.output };
}
