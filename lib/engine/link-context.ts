import type { DateFact, Figure } from '../facts/schema';
import type { Say } from '../say';
import { type CueMatcher, cueScores } from './cues';
import type { FigureHit } from './find-figures';

/** How a figure in the text stands against the canonical facts. */
export type FigureStatus = 'match' | 'conflict' | 'unknown';

/** A figure hit judged against the facts. */
export interface FigureResult extends FigureHit {
  status: FigureStatus;
  factId?: string;
  explanation: string;
}

/** The cues of a list of facts compiled once per language. */
export interface CuesByLanguage {
  en: CueMatcher;
  fr: CueMatcher;
}

/** Facts with their cues compiled once. */
export interface LinkTables {
  /** `naming`: per fact, the cues that name its subject, its names among them; `missions`: the UN missions' names. */
  figures: {
    facts: Figure[];
    cues: CuesByLanguage;
    naming: CuesByLanguage;
    /** Per fact, the names of the entity it is about (`Chad` of Chad's contingent). */
    subjects: CuesByLanguage;
    missions: { ids: string[]; names: CuesByLanguage };
  };
  /** `subjects`: per event, the names of the entity it is about (`Egypt` of Egypt's suspension). */
  dates: { facts: DateFact[]; cues: CuesByLanguage; subjects: CuesByLanguage };
}

/** When the article was published (ISO date), so facts that held then are preferred and older ones said so. */
export interface LinkContext {
  articleDate?: string | undefined;
  /** The text is French: its sentences are scored by the French cues. */
  french?: boolean | undefined;
  /** How explanations are worded (the reader's language); English by default. */
  say?: Say;
  /** Cue scores already computed, by kind and text: the figures of one sentence share them. */
  scores?: Map<string, Map<string, number[]>>;
  /** Explanations already worded: many figures of a text point to the same few facts. */
  explained?: Map<string, string>;
  /** Per figure fact, half a point when it held on the article's date; the same for every figure. */
  bonus?: number[];
  /** The text's misspelled names, folded, each with the stored name it resembles. */
  respelled?: readonly (readonly [written: string, stored: string])[] | undefined;
}

// Scores that ask which entities a text names: a misspelled name names its entity too (`Operation Barkane
// ended in November 2022` is Barkhane's end).
const NAMING_KINDS = new Set(['naming', 'subject', 'missions']);

function withStoredNames(text: string, context: LinkContext): string {
  const stored = context.respelled?.filter(([written]) => text.includes(written)).map(([, name]) => name);
  return stored?.length ? `${text} ${stored.join(' ')}` : text;
}

// How long a thing lasted, said before its noun, stands between an event's words: `ended its nine-year military
// presence` is `ended its military presence`.
const DURATION = /(^|[\s(])(?:(?:[\p{L}\p{N}]+-)+(?:year|month|week|decade)s?(?:-long)?|(?:year|month|decade)s?-long) /gu;

function withoutDurations(text: string): string {
  return text.includes('-') ? text.replace(DURATION, '$1') : text;
}

/** An explanation worded once per key and text. */
export function explain(context: LinkContext, key: string, word: () => string): string {
  let text = context.explained?.get(key);
  if (text === undefined) {
    text = word();
    context.explained?.set(key, text);
  }
  return text;
}

// A noun is almost always inside its sentence: then the sentence alone is scored, once for all its figures.
/** Per fact, how many of its cues a figure's sentence holds, with the noun it counts when given. */
export function scoresFor(kind: string, sentence: string, noun: string, cues: CuesByLanguage, context: LinkContext): number[] {
  const said = !noun || sentence.includes(noun) ? sentence : `${sentence} ${noun}`;
  const text = context.respelled && NAMING_KINDS.has(kind) ? withStoredNames(said, context) : said;
  // Keyed by the text itself, not a string built from it: a sentence's figures share one string, whose
  // hash is computed once.
  let byText = context.scores?.get(kind);
  if (!byText) {
    byText = new Map();
    context.scores?.set(kind, byText);
  }
  const cached = byText.get(text);
  if (cached) return cached;
  const scores = cueScores(kind === 'date' ? withoutDurations(text) : text, context.french ? cues.fr : cues.en);
  byText.set(text, scores);
  return scores;
}

// One literal shape for every result: spreading hits of varying shapes is slow in V8.
/** A hit with its verdict. */
export function judged(hit: FigureHit, status: FigureStatus, factId: string | undefined, explanation: string): FigureResult {
  const { kind, start, end, text, form, value, valueTo, date, qualifier, noun, sentence, sentenceOffset, antecedent } = hit;
  return {
    kind,
    start,
    end,
    text,
    form,
    value,
    valueTo,
    date,
    qualifier,
    noun,
    sentence,
    sentenceOffset,
    antecedent,
    status,
    factId,
    explanation,
  };
}

/** The item with the highest score. */
export function best<T>(items: { item: T; score: number }[]): { item: T; score: number } | undefined {
  return items.reduce<{ item: T; score: number } | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
}

const cuedOf = new WeakMap<number[], number[]>();

/**
 * The facts (their places) a text holds a cue of, from its cue scores: only they can be linked to. Worked
 * out once per sentence; most sentences of other news have none.
 */
export function cuedFacts(scores: number[]): number[] {
  let cued = cuedOf.get(scores);
  if (!cued) {
    cued = scores.flatMap((score, i) => (score >= 1 ? [i] : []));
    cuedOf.set(scores, cued);
  }
  return cued;
}

/** A value worked out on its first use only: most figures never need it. */
export function lazy<T>(work: () => T): () => T {
  let value: { done: T } | undefined;
  return () => {
    value ??= { done: work() };
    return value.done;
  };
}
