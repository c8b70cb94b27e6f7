import { foldWord } from './fold-text';

/** Cue phrases folded once, for testing against folded sentences. */
export type CueSet = string[];

/** Folds the cue words of a fact in one language. */
export function compileCues(words: readonly string[]): CueSet {
  return [...new Set(words.map(foldWord))];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HEAD = /^[\p{L}\p{N}]+/u;
const DIGIT = /[\p{N}]/u;

// A cue may take an inflection (`peacekeeper` finds `peacekeepers`), never a prefix or a longer number.
function endsWell(text: string, at: number, cue: string): boolean {
  if (!text.startsWith(cue, at)) return false;
  const code = text.charCodeAt(at + cue.length);
  // Plain ASCII, the common case, without a pattern: only 0-9 are digits there.
  if (!(code >= 128)) return !(code >= 48 && code <= 57);
  return !DIGIT.test(text[at + cue.length] ?? ' ');
}

function hasPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && endsWell(text, at, phrase)) return true;
  return false;
}

/** The cues of many facts compiled together, to learn in one pass over a text which ones it holds. */
export interface CueMatcher {
  cues: string[];
  /** Per cue, the facts (their places in the compiled list) it belongs to. */
  owners: number[][];
  /**
   * Per first word, the cues that may start where the text holds it: its own and those of every
   * shorter first word it begins with (`peacekeeper` also starts `peace`).
   */
  byHead: Map<string, number[]>;
  /** Any first word, longest first: finds where cues may start in one native pass. */
  heads: RegExp;
  /** Cues that start with neither a letter nor a digit: looked for one by one. */
  loose: number[];
  facts: number;
}

/** Compiles the cue sets of a list of facts into one matcher. */
export function compileCueMatcher(sets: readonly CueSet[]): CueMatcher {
  const cues = [...new Set(sets.flat())];
  const number = new Map(cues.map((cue, i) => [cue, i]));
  const owners = cues.map(() => [] as number[]);
  sets.forEach((set, fact) => {
    for (const cue of set) owners[number.get(cue) ?? 0]?.push(fact);
  });
  const byHead = new Map<string, number[]>();
  const loose: number[] = [];
  cues.forEach((cue, i) => {
    const head = cue.match(HEAD)?.[0];
    if (head) byHead.set(head, [...(byHead.get(head) ?? []), i]);
    else loose.push(i);
  });
  const withPrefixes = new Map<string, number[]>();
  for (const head of byHead.keys())
    withPrefixes.set(head, Array.from({ length: head.length }, (_, k) => byHead.get(head.slice(0, k + 1)) ?? []).flat());
  const alternatives = [...byHead.keys()].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // No look-behind (irregexp would test it at every position): each hit's start is checked instead.
  const heads = new RegExp(alternatives.join('|') || '(?!)', 'gu');
  return { cues, owners, byHead: withPrefixes, heads, loose, facts: sets.length };
}

// Where the written word a cue matched ends: a cue may take an inflection, so it runs to the word's end.
function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end++;
  return end;
}

/**
 * Per fact, how many of its cues a folded text holds: one pass over the text's words. Cues that match
 * the same written word count once (`signed` holds both `signed` and the folded French `signé`).
 */
export function cueScores(text: string, matcher: CueMatcher): number[] {
  const found = new Map<number, string>();
  for (const i of matcher.loose) if (hasPhrase(text, matcher.cues[i] ?? '')) found.set(i, `loose ${i}`);
  for (const match of text.matchAll(matcher.heads)) {
    const { index } = match;
    if (index > 0 && WORD_CHAR.test(text[index - 1] ?? '')) continue;
    // The alternatives run longest first, so this is the longest first word here; the shorter ones
    // that may start here too are its prefixes, listed with it.
    for (const i of matcher.byHead.get(match[0]) ?? []) {
      const cue = matcher.cues[i] ?? '';
      if (!found.has(i) && endsWell(text, index, cue)) found.set(i, `${index} ${wordEnd(text, index + cue.length)}`);
    }
  }
  const words = Array.from({ length: matcher.facts }, () => new Set<string>());
  for (const [i, word] of found) for (const fact of matcher.owners[i] ?? []) words[fact]?.add(word);
  return words.map((set) => set.size);
}
