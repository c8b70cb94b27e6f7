import type { Entity } from '../facts/schema';
import { foldWord } from './fold-text';
import type { EntityHit } from './match-entities';
import { isDigitCode, words } from './tokens';

/** A UN document the text cites, as written: `S/RES/2100 (2013)`, `S/2023/36`, `résolution 2709`. */
export interface DocumentSpan {
  start: number;
  end: number;
  /** The symbol's words, folded, without the year after it: `s res 2100`. */
  key: string;
}

// A symbol's slashes part no words of a name, so the alias trie cannot read it; and its numbers are no
// figures: `S/2023/402` is neither the year 2023 nor a count of 402, nor `A/C.5/77/32` three counts. Tried only
// where a plain search finds `S/`, `A/`, `solution` or a short form: a case-blind Unicode expression run over a
// whole page costs as much as half the engine.
const DOCUMENT_AT =
  /(?:S\/(?:RES\/\d{3,4}|(?:19|20)\d\d\/\d{1,4})|A\/(?:RES\/|C\.\d\/)?\d{2}\/\d{1,4}(?:\/add\.\d{1,2})?|r[ée]solutions? (?:(?:n[°o]|no\.|number|№) ?)?\d{3,4}|(?:unscr|res\.?) ?\d{4})(?![\p{L}\p{N}])(?: ?\((?:19|20)\d\d\))?/iuy;
// Short forms of `resolution` as policy papers write them (`UNSCR 2100`, `Res. 2690`, `RES 2295`), found by their
// capitals: `res` in lower case is seldom one.
const SHORT_FORMS = ['UNSCR', 'Res', 'RES'];
const SHORT_FORM = /^(?:unscr|res\.?) ?(?=\d)/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const YEAR_AFTER = / ?\(\d{4}\)$/;

// The next numbers of a list of resolutions (`resolutions 2100, 2164 and 2227`): each is a resolution too.
const LISTED_AT = /(?:, ?| and | et | & )(\d{3,4})(?![\p{L}\p{N}])(?: ?\((?:19|20)\d\d\))?/uy;

// `n°`, `No.` and `number` are no part of the number; `resolutions 2100 and 2164` cites resolution 2100 first.
function keyOf(symbol: string): string {
  return words(foldWord(symbol.replace(YEAR_AFTER, '').replace(SHORT_FORM, 'resolution ')))
    .filter((word) => word !== 'n' && word !== 'no' && word !== 'number')
    .map((word) => (word === 'resolutions' ? 'resolution' : word))
    .join(' ');
}

// A digit right after a short form, or after its dot or a space: `Research`, `Rescue` are no resolutions.
function digitAfter(text: string, at: number): boolean {
  let next = text.charCodeAt(at) === 46 ? at + 1 : at;
  if (text.charCodeAt(next) === 32) next++;
  return isDigitCode(text.charCodeAt(next));
}

// Where a symbol may start, in text order: the `S` or `A` before each slash, two characters before each `solution`,
// and each short form before a number.
function starts(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 83 || before === 115) at.push(i - 1);
    // The General Assembly's too (`A/77/…`, `A/C.5/77/32`).
    else if (before === 65) at.push(i - 1);
  }
  for (let i = text.indexOf('solution'); i >= 0; i = text.indexOf('solution', i + 1)) if (i >= 2) at.push(i - 2);
  for (const form of SHORT_FORMS)
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) if (digitAfter(text, i + form.length)) at.push(i);
  // `Resolution` is found twice, by `solution` and by `Res`.
  return at.length > 1 ? [...new Set(at)].sort((a, b) => a - b) : at;
}

/** Every UN document symbol and numbered resolution in a text, in text order. */
export function findDocuments(text: string): DocumentSpan[] {
  const out: DocumentSpan[] = [];
  for (const start of starts(text)) {
    if (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) continue;
    DOCUMENT_AT.lastIndex = start;
    const match = DOCUMENT_AT.exec(text);
    if (!match) continue;
    out.push({ start, end: start + match[0].length, key: keyOf(match[0]) });
    if (/^r[ée]solutions /i.test(match[0])) out.push(...listed(text, start + match[0].length));
  }
  return out;
}

function listed(text: string, from: number): DocumentSpan[] {
  const out: DocumentSpan[] = [];
  LISTED_AT.lastIndex = from;
  for (let next = LISTED_AT.exec(text); next; next = LISTED_AT.exec(text)) {
    const start = next.index + next[0].indexOf(next[1] ?? '');
    out.push({ start, end: next.index + next[0].length, key: `resolution ${next[1]}` });
  }
  return out;
}

/**
 * Per symbol key, the entity a stored alias that is a symbol names: `S/2023/36` is the review, and
 * `resolutions 2100` is resolution 2100.
 */
export function documentAliases(entities: readonly Entity[]): Map<string, [entityId: string, alias: string]> {
  const map = new Map<string, [string, string]>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const [whole] = findDocuments(alias);
      if (whole?.start === 0 && whole.end === alias.length) map.set(whole.key, [entity.id, alias]);
    }
  }
  return map;
}

/**
 * The symbols no name found (in text order) covers: as stored entities where an alias names them, else
 * as unknown documents. `all` is every symbol, named or not: none holds a figure (`resolution 2690 (2023)`,
 * whose name the alias trie finds without its year).
 */
export function documentHits(
  text: string,
  names: readonly { start: number; end: number }[],
  aliases: ReadonlyMap<string, readonly [string, string]>,
): { known: EntityHit[]; unknown: DocumentSpan[]; all: DocumentSpan[] } {
  const known: EntityHit[] = [];
  const unknown: DocumentSpan[] = [];
  const all = findDocuments(text);
  let k = 0;
  for (const { start, end, key } of all) {
    while (k < names.length && (names[k]?.end ?? 0) <= start) k++;
    if ((names[k]?.start ?? end) < end) continue;
    const stored = aliases.get(key);
    if (!stored) unknown.push({ start, end, key });
    else known.push({ kind: 'entity', start, end, text: text.slice(start, end), entityId: stored[0], status: 'match', via: stored[1] });
  }
  return { known, unknown, all };
}
