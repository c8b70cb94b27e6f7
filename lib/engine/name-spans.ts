import { english, type Say } from '../say';
import type { EntityResult } from './engine';
import { foldWord } from './fold-text';
import { TITLES } from './titles';

/** A name an NLP tagger found, in offsets of the text it read. */
export interface NameSpan {
  start: number;
  end: number;
  type: 'person' | 'organisation';
}

/** A span read as a name no stored entity covers: a tagged name, or a UN document the engine found. */
export interface UnknownSpan {
  start: number;
  end: number;
  type: NameSpan['type'] | 'document';
}

/** The part of the name finder's output this module reads (compromise's `json({ offset: true })`). */
export interface TaggedTerm {
  text: string;
  offset: { start: number; length: number };
}

const EDGE = /^[\s"'“”‘’(«»]+|[\s"'“”‘’),.;:!?«»]+$|['’]s$/gu;

const SMALL = new Set(['of', 'the', 'for', 'and', 'de', 'des', 'du', 'la', 'le', 'et', 'al', 'bin', 'ben', 'van', 'von']);

// Every word of a name is capitalised, but for small joining words: `Malian government` is not a name.
function isProperName(text: string): boolean {
  return text.split(/[\s-]+/).every((word) => SMALL.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
}

// A lone title or a lone word is too weak for a person; organisations may be one word (`Reuters`).
function wordsOk(name: string, type: NameSpan['type']): boolean {
  const words = name.split(/\s+/);
  return type === 'person' ? words.length >= 2 : !(words.length === 1 && LONE_WORDS.has(name.toLowerCase()));
}

// Titles, and the council a briefing names: alone, none is an organisation.
const LONE_WORDS = new Set([...TITLES, 'council']);

/** Turns tagged terms into spans without the quotes, punctuation and possessive around them. */
export function toSpans(terms: readonly TaggedTerm[], type: NameSpan['type'], base: number, text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const term of terms) {
    let start = base + term.offset.start;
    let end = start + term.offset.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.replace(/^[\s"'“”‘’(«»]+/u, '').length;
    const core = raw.replace(EDGE, '').replace(EDGE, '');
    start += lead;
    end = start + core.length;
    if (core.length >= 3 && isProperName(core) && wordsOk(core, type) && text.slice(start, end) === core) out.push({ start, end, type });
  }
  return out;
}

/** Keeps the names that no stored entity or figure already covers, in text order. */
export function unknownNames<T extends UnknownSpan>(spans: readonly T[], taken: readonly { start: number; end: number }[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const covered = [...taken].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  let k = 0;
  for (const span of sorted) {
    while (k < covered.length && (covered[k]?.end ?? 0) <= span.start) k++;
    if (k < covered.length && (covered[k]?.start ?? Number.POSITIVE_INFINITY) < span.end) continue;
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}

const UNKNOWN_KEY = {
  person: 'explainUnknownPerson',
  organisation: 'explainUnknownOrganisation',
  document: 'explainUnknownDocument',
} as const;

/** Names no stored entity or figure covers, as unknown entities with their explanation. */
export function unknownEntities(
  text: string,
  names: readonly UnknownSpan[],
  known: readonly { start: number; end: number }[],
  say: Say = english,
): EntityResult[] {
  return unknownNames(names, known).map((span) => ({
    kind: 'entity',
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    entityId: '',
    status: 'unknown',
    via: '',
    explanation: say(UNKNOWN_KEY[span.type]),
  }));
}

/**
 * The stored names found (in text order) that a tagged person's name shows to be a word of another name:
 * `Wagner` in `Richard Wagner`, `Gao` in `Gao Feng`. Such a name is one word, alone in the person's name, whose
 * other words are no titles (`Mr. Guterres` is Guterres). A person's own surname after another first name is
 * never matched (`Mbaye Diop`), so any stored name there is misread.
 */
export function partsOfOtherNames<T extends Spanned>(text: string, spans: readonly NameSpan[], known: readonly T[]): Set<T> {
  const out = new Set<T>();
  for (const span of spans) {
    const inside = span.type === 'person' ? within(known, span) : [];
    const one = inside.length === 1 ? inside[0] : undefined;
    if (!one || one.end > span.end || /\s/.test(text.slice(one.start, one.end))) continue;
    const rest = `${text.slice(span.start, one.start)} ${text.slice(one.end, span.end)}`.split(/[\s.]+/).filter(Boolean);
    if (rest.length > 0 && !rest.some((word) => TITLES.has(foldWord(word)))) out.add(one);
  }
  return out;
}

interface Spanned {
  start: number;
  end: number;
}

// The names (in text order) that start within a span: found by halving, as a page holds thousands.
function within<T extends Spanned>(known: readonly T[], span: Spanned): T[] {
  let low = 0;
  let high = known.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((known[mid]?.start ?? 0) < span.start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < known.length && (known[i]?.start ?? span.end) < span.end; i++) out.push(known[i] as T);
  return out;
}
