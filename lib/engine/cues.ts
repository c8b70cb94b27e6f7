import { foldWord } from './fold-text';
import { matchesOf } from './matches';

/** Cue phrases folded once, for testing against folded sentences. */
export type CueSet = string[];

// Other words that say what a cue says, as translations and other presses write it: `blue berets` for `blue helmets`,
// `peacemakers` (from the Russian) for `peacekeepers`, and `soldats de la paix` (from the English) for
// `casques bleus`.
const SAME_AS: Readonly<Record<string, readonly string[]>> = {
  // English copy keeps the French word as often as it translates it.
  'blue helmets': ['blue berets', 'casques bleus'],
  peacekeepers: ['peacemakers'],
  'casques bleus': ['soldats de la paix', 'gardiens de la paix'],
  // American wires write a force's size with `-member` (`the 13,000-member force`) where others write `-strong`.
  strong: ['member'],
  // Translations from French write `retrait` as a retreat, and from French or Spanish `effectifs` as effectives.
  withdrawal: ['retreat'],
  personnel: ['effectives'],
};

// A timeline tells the past in the present (`25 April 2013: Security Council creates MINUSMA`): an event's cue in
// the past tense finds its present too (a count's does not: `the mission requests 1,000 more troops` is no request
// of 2021). Both endings are tried, as the spelling does not say which is right (`created`
// gives `creates`, `detained` gives `detains`); the wrong one is seldom a word, and then a French one of the same
// meaning (`deployes`, `déployés` folded).
function presentTense(cue: string): string[] {
  const words = cue.split(' ');
  const at = words.findIndex((word) => word.length >= 6 && word.endsWith('ed'));
  if (at < 0) return [];
  const verb = words[at] ?? '';
  const said = (present: string) => [...words.slice(0, at), present, ...words.slice(at + 1)].join(' ');
  return [said(`${verb.slice(0, -2)}s`), said(`${verb.slice(0, -1)}s`)];
}

/** Folds the cue words of a fact in one language, with the other words that say the same (and, of an event, its present). */
export function compileCues(words: readonly string[], event = false): CueSet {
  const folded = words.map(foldWord);
  const others = (cue: string) => [...(SAME_AS[cue] ?? []), ...(event ? presentTense(cue) : [])];
  return [...new Set([...folded, ...folded.flatMap(others)])];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HEAD = /^[\p{L}\p{N}]+/u;
const DIGIT = /[\p{N}]/u;

// Longer endings make another word: `end` is not in `endorse`, nor `pull` in `pullover`.
const MAX_INFLECTION = 3;

// Where the written word a cue starts ends, when the cue is the whole word or the word is the cue
// inflected (`peacekeeper` finds `peacekeepers`); never a longer number.
function wordEnd(text: string, at: number, cue: string): number | undefined {
  if (!text.startsWith(cue, at)) return undefined;
  let end = at + cue.length;
  while (end < text.length && WORD_CHAR.test(text[end] ?? '')) {
    if (DIGIT.test(text[end] ?? '') || end - at - cue.length >= MAX_INFLECTION) return undefined;
    end++;
  }
  return end;
}

function hasPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && wordEnd(text, at, phrase) !== undefined) return true;
  return false;
}

// Words a sentence about anyone may hold, though only one subject's facts have them as cues: they score a fact
// but name no subject (`10 peacekeepers on board` a plane are not Prigozhin's dead, nor `3,000 peacekeepers still
// in Mali` the French troops still in the Sahel).
const NAME_NOTHING = new Set([
  'still',
  'remain',
  'remained',
  'remaining',
  'restent',
  'encore',
  'crash',
  'plane',
  'jet',
  'on board',
  'aboard',
  'avion',
  'a bord',
  'second',
  // A start said of anything (UNMISS's first strength is told so: `When it started in 2011 it had 7,000 troops`).
  'first',
  'at first',
  'started',
  'began',
  'at its start',
  'set up',
  'founded',
  'au depart',
  'a ses debuts',
  'debuts',
  'premiers',
  'mise en place',
]);

/**
 * Per fact, its cues that no fact about another subject has: the ones that name what it counts
 * (`beninese`, not `troops`).
 */
export function namingCues(sets: readonly CueSet[], subjects: readonly string[]): CueSet[] {
  const subjectsOf = new Map<string, Set<string>>();
  sets.forEach((set, i) => {
    for (const cue of set) subjectsOf.set(cue, (subjectsOf.get(cue) ?? new Set()).add(subjects[i] ?? ''));
  });
  return sets.map((set) => set.filter((cue) => subjectsOf.get(cue)?.size === 1 && !NAME_NOTHING.has(cue)));
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

/**
 * Per fact, how many of its cues a folded text holds: one pass over the text's words. Cues that match
 * the same written word count once (`signed` holds both `signed` and the folded French `signé`).
 */
export function cueScores(text: string, matcher: CueMatcher): number[] {
  const found = new Map<number, string>();
  for (const i of matcher.loose) if (hasPhrase(text, matcher.cues[i] ?? '')) found.set(i, `loose ${i}`);
  for (const match of matchesOf(matcher.heads, text)) {
    const { index } = match;
    if (index > 0 && WORD_CHAR.test(text[index - 1] ?? '')) continue;
    // The alternatives run longest first, so this is the longest first word here; the shorter ones
    // that may start here too are its prefixes, listed with it.
    for (const i of matcher.byHead.get(match[0]) ?? []) {
      const end = found.has(i) ? undefined : wordEnd(text, index, matcher.cues[i] ?? '');
      if (end !== undefined) found.set(i, `${index} ${end}`);
    }
  }
  const scores = new Array<number>(matcher.facts).fill(0);
  // Most sentences hold a cue of a few facts at most: a set of words only for those.
  const words = new Map<number, Set<string>>();
  for (const [i, word] of found) {
    for (const fact of matcher.owners[i] ?? []) {
      const set = words.get(fact) ?? new Set<string>();
      words.set(fact, set.add(word));
    }
  }
  for (const [fact, set] of words) scores[fact] = set.size;
  return scores;
}
