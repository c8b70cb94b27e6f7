import type { Entity } from '../facts/schema';
import { foldWord } from './fold-text';
import { OTHER_NAMES } from './other-names';
import { wordHash, words } from './tokens';

/** One way of writing an entity, compiled for matching. */
export interface AliasEntry {
  entityId: string;
  alias: string;
  /** Written in the fact's `variants`: a known miswriting. */
  variant: boolean;
  /** Per token: the text must write it in capitals (`UN`) or with a capital (`Mills`). */
  caseRules: CaseRule[];
  /** A longer name of something else that holds an entity's name (`Niger River`): it hides that name. */
  other: boolean;
  /** For a surname alone, the words of its person's names (`saleh` of `Mahamat Saleh Annadif`). */
  ownNames: Set<string> | undefined;
  /** A body's, organisation's, mission's or agreement's: the start of a long name a translation may reorder. */
  opensLongName: boolean;
}

const LONG_NAMED = new Set<Entity['type']>(['body', 'organisation', 'mission', 'agreement']);

/**
 * How the text must write one token of an alias: in whatever way, in capitals (`UN`), with a capital
 * (`Mills`), with a capital and no capitalised word next to it in the sentence (`alone`), or not after
 * another capitalised name (`surname`: `Mbaye Diop` is not Abdoulaye Diop, `Minister Diop` is), and also with a
 * capital when it is also a word (`capitalSurname`: `on the wane` is no one).
 */
export type CaseRule = 'any' | 'upper' | 'capital' | 'alone' | 'surname' | 'capitalSurname';

/** A node of the token trie; `entries` end here. */
export interface TrieNode {
  /** The word that leads here from the parent node. */
  word: string;
  next: Map<string, TrieNode>;
  /** The same children by their word's `wordHash`: a text's words are looked up without being cut out. */
  byHash: Map<number, TrieNode>;
  entries: AliasEntry[];
}

/** Alias words that are also ordinary words: only a capital letter makes them a name. */
export const ORDINARY = new Set(['platform', 'plateforme', 'mills', 'wane', 'serval', 'barkhane', 'takuba', 'wagner', 'us', 'un', 'china']);

// Ordinary words that end an alias only with a capital and before a lower-case word, and are one alone
// only mid-sentence after a lower-case word (`CMA and Platform fighters`): at a sentence's start or
// inside a longer name (`Video Platform`, `the Platform X app`) they are the word.
const LONE = new Set(['platform']);

function caseRule(original: string): CaseRule {
  if (original.length <= 4 && original === original.toUpperCase() && original !== original.toLowerCase()) return 'upper';
  const folded = foldWord(original);
  const first = original[0] ?? '';
  if (ORDINARY.has(folded) && first !== first.toLowerCase()) return 'capital';
  return 'any';
}

function insert(root: TrieNode, tokens: string[], entry: AliasEntry): void {
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token);
    if (!child) {
      child = { word: token, next: new Map(), byHash: new Map(), entries: [] };
      node.next.set(token, child);
      const hash = wordHash(token, 0, token.length);
      // Two words of one hash (never seen among the aliases) leave the second to be found by its letters.
      if (!node.byHash.has(hash)) node.byHash.set(hash, child);
    }
    node = child;
  }
  node.entries.push(entry);
}

// How each token of an alias must be written (see CaseRule).
function caseRulesOf(entity: Entity, alias: string, tokens: string[]): CaseRule[] {
  const rules = (alias.match(/[\p{L}\p{N}]+/gu) ?? []).map(caseRule);
  if (LONE.has(tokens.at(-1) ?? '')) rules[tokens.length - 1] = 'alone';
  // A person's surname alone: another person's given name before it makes it theirs.
  if (entity.type === 'person' && rules.length === 1 && rules[0] !== 'upper')
    rules[0] = rules[0] === 'capital' ? 'capitalSurname' : 'surname';
  return rules;
}

// A name's words, and each two of them run together as a transliteration writes them (`Elghassim` for `El-Ghassim`).
function ownWords(names: string[]): string[] {
  return [...names, ...names.slice(1).map((name, k) => `${names[k]}${name}`)];
}

/** Compiles every alias and known variant of the entities into one token trie. */
export function buildAliasTrie(entities: readonly Entity[]): TrieNode {
  const root: TrieNode = { word: '', next: new Map(), byHash: new Map(), entries: [] };
  for (const entity of entities) {
    const forms = [entity.name, entity.names.en, entity.names.fr ?? '', ...entity.aliases];
    const variants = entity.variants ?? [];
    const ownNames = new Set([...forms, ...variants].flatMap((form) => ownWords(words(foldWord(form)))));
    for (const [list, variant] of [
      [forms, false],
      [variants, true],
    ] as const) {
      for (const alias of new Set(list)) {
        const tokens = words(foldWord(alias));
        if (tokens.length === 0) continue;
        const caseRules = caseRulesOf(entity, alias, tokens);
        const own = caseRules[0] === 'surname' || caseRules[0] === 'capitalSurname' ? ownNames : undefined;
        const opensLongName = LONG_NAMED.has(entity.type);
        insert(root, tokens, { entityId: entity.id, alias, variant, caseRules, other: false, ownNames: own, opensLongName });
      }
    }
  }
  for (const name of OTHER_NAMES) insert(root, words(foldWord(name)), otherName(name));
  return root;
}

// Written with its capitals: a `Security Council report` is the Council's, `Security Council Report` a think tank.
function otherName(name: string): AliasEntry {
  const caseRules = (name.match(/[\p{L}\p{N}]+/gu) ?? []).map((word): CaseRule => (/^\p{Lu}/u.test(word) ? 'capital' : 'any'));
  return { entityId: '', alias: name, variant: false, caseRules, other: true, ownNames: undefined, opensLongName: false };
}
