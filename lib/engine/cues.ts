import { foldWord } from './fold-text';

/** Cue phrases folded once, for testing against folded sentences. */
export type CueSet = string[];

/** Folds the English and French cue words of a fact. */
export function compileCues(cues: { en: readonly string[]; fr: readonly string[] }): CueSet {
  return [...new Set([...cues.en, ...cues.fr].map(foldWord))];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HEAD = /^[\p{L}\p{N}]+/u;

// A cue may take an inflection (`peacekeeper` finds `peacekeepers`), never a prefix or a longer number.
function endsWell(text: string, at: number, cue: string): boolean {
  return text.startsWith(cue, at) && !/[\p{N}]/u.test(text[at + cue.length] ?? ' ');
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
  /** Cue numbers by their first word; a text's word may extend it (an inflection). */
  byHead: Map<string, number[]>;
  /** The lengths of those first words, shortest first. */
  headLengths: number[];
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
  const headLengths = [...new Set([...byHead.keys()].map((h) => h.length))].sort((a, b) => a - b);
  const alternatives = [...byHead.keys()].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // No look-behind (irregexp would test it at every position): each hit's start is checked instead.
  const heads = new RegExp(alternatives.join('|') || '(?!)', 'gu');
  return { cues, owners, byHead, headLengths, heads, loose, facts: sets.length };
}

/** Per fact, how many of its cues a folded text holds: one pass over the text's words. */
export function cueScores(text: string, matcher: CueMatcher): number[] {
  const found = new Set<number>(matcher.loose.filter((i) => hasPhrase(text, matcher.cues[i] ?? '')));
  for (const { index } of text.matchAll(matcher.heads)) {
    if (index > 0 && WORD_CHAR.test(text[index - 1] ?? '')) continue;
    // The longest first word matched; shorter ones may start here too (`peacekeeper` in `peacekeepers`).
    for (const length of matcher.headLengths)
      for (const i of matcher.byHead.get(text.slice(index, index + length)) ?? [])
        if (endsWell(text, index, matcher.cues[i] ?? '')) found.add(i);
  }
  const scores = new Array<number>(matcher.facts).fill(0);
  for (const i of found) for (const fact of matcher.owners[i] ?? []) scores[fact] = (scores[fact] ?? 0) + 1;
  return scores;
}
