import { type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { FactPack } from './schema';
import { checkPack, type PackIssue } from './validate';

/** The largest fact file the options page reads. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A parsed and validated import, or every problem with its place. */
export type ImportResult = { ok: true; pack: FactPack } | { ok: false; issues: PackIssue[] };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

// JSON.parse says what is wrong but not always where; jsonc-parser's scanner gives the offset.
function syntaxIssue(text: string): PackIssue {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const where = first ? lineAndColumn(text, first.offset) : 'the file';
  return { path: where, message: `not valid JSON (${first ? printParseErrorCode(first.error) : 'unreadable'})` };
}

/**
 * Reads a fact file: checks its size, parses it as JSON and validates the whole pack before
 * anything is stored, so a bad file changes nothing and says what is wrong where.
 */
export function readFactFile(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return { ok: false, issues: [{ path: 'the file', message: `is ${mb(byteLength)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: [syntaxIssue(text)] };
  }
  return checkPack(data);
}

/** The JSON a reader exports: the merged facts in the schema's field order, which import back unchanged. */
export function exportFacts(pack: FactPack): string {
  const checked = checkPack(pack);
  return `${JSON.stringify(checked.ok ? checked.pack : pack, null, 2)}\n`;
}
