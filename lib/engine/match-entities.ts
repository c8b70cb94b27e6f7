import type { AliasEntry, CaseRule, TrieNode } from './alias-trie';
import { isMisspelling } from './edit-distance';
import type { FoldedText } from './fold-text';
import { originalSpan } from './fold-text';
import type { FuzzyIndex } from './fuzzy-index';
import { findFuzzy } from './fuzzy-names';
import { OPENERS, TITLES } from './titles';
import { joins, type Tokens, wordHash } from './tokens';

/** A name found in the text and the entity it refers to. */
export interface EntityHit {
  kind: 'entity';
  start: number;
  end: number;
  text: string;
  entityId: string;
  status: 'match' | 'variant' | 'unknown';
  /** The alias it was found through, for variants the canonical form it resembles. */
  via: string;
}

/** Inputs shared by the exact and fuzzy passes. */
export interface MatchContext {
  folded: FoldedText;
  tokens: Tokens;
}

function tokenText(ctx: MatchContext, i: number): string {
  return ctx.folded.text.slice(ctx.tokens.starts[i], ctx.tokens.ends[i]);
}

function originalToken(ctx: MatchContext, i: number): string {
  const [from, to] = originalSpan(ctx.folded, ctx.tokens.starts[i] ?? 0, ctx.tokens.ends[i] ?? 0);
  return ctx.folded.source.slice(from, to);
}

function caseFits(rule: CaseRule | undefined, written: string): boolean {
  if (rule === 'upper') return written === written.toUpperCase();
  if (rule === 'capital') return (written[0] ?? '') !== (written[0] ?? '').toLowerCase();
  return true;
}

// A capitalised word that is not part of a longer name: the word after it is lower-case, and so is the
// one before it when it starts the alias (which is then mid-sentence).
function standsAlone(ctx: MatchContext, i: number, first: boolean): boolean {
  const capital = (k: number) => caseFits('capital', originalToken(ctx, k));
  if (!capital(i)) return false;
  if (first && (i === 0 || !joins(ctx.folded.text, ctx.tokens, i - 1) || capital(i - 1))) return false;
  return i + 1 >= ctx.tokens.count || !joins(ctx.folded.text, ctx.tokens, i) || !capital(i + 1);
}

// `US$1.2bn`, `1.26 billion US dollars`: a country's letters before a dollar sign or word are the currency's.
function beforeCurrency(ctx: MatchContext, last: number): boolean {
  if (ctx.folded.text[ctx.tokens.ends[last] ?? 0] === '$') return true;
  const next = last + 1;
  return next < ctx.tokens.count && joins(ctx.folded.text, ctx.tokens, last) && /^dollars?$/.test(tokenText(ctx, next));
}

// One of the person's own names, or a misspelling of one (`Yevgeni Prigojine`, `Abdulaye Diop`).
function isOwnName(word: string, ownNames: Set<string> | undefined): boolean {
  return !!ownNames && (ownNames.has(word) || [...ownNames].some((name) => isMisspelling(word, name)));
}

// The capitalised word right before token `i`, folded, if it joins it.
function capitalisedBefore(ctx: MatchContext, i: number): string | undefined {
  if (i === 0 || !joins(ctx.folded.text, ctx.tokens, i - 1) || !caseFits('capital', originalToken(ctx, i - 1))) return undefined;
  return tokenText(ctx, i - 1);
}

const PATRONYMIC = /^[a-z]+(?:ovich|evich|ovna|evna)$/;

// A capitalised word right before a surname, neither a title, a sentence's opening word nor one of the
// person's own names (`Saleh Annadif`), is another person's given name (`Mbaye Diop`, `Amadou Wane`). An
// initial is the person's after one of their names (`Vassily A. Nebenzia`) or when it is one of theirs (`A. Diop`);
// so is a Russian patronymic after one of their names (`Yevgeny Viktorovich Prigozhin`).
function afterGivenName(ctx: MatchContext, i: number, ownNames: Set<string> | undefined): boolean {
  const before = capitalisedBefore(ctx, i);
  if (before === undefined || TITLES.has(before) || OPENERS.has(before) || isOwnName(before, ownNames)) return false;
  const first = capitalisedBefore(ctx, i - 1);
  if (PATRONYMIC.test(before)) return first === undefined || !isOwnName(first, ownNames);
  if (before.length > 1) return true;
  const own = [...(ownNames ?? [])].some((name) => name.startsWith(before)) || (first !== undefined && isOwnName(first, ownNames));
  return !own;
}

function entryFits(ctx: MatchContext, entry: AliasEntry, first: number): boolean {
  if (beforeCurrency(ctx, first + entry.caseRules.length - 1)) return false;
  return entry.caseRules.every((rule, k) => {
    if (rule === 'alone') return standsAlone(ctx, first + k, k === 0);
    if (rule === 'surname') return !afterGivenName(ctx, first + k, entry.ownNames);
    // A surname that is also a word (`Wane`, `Mills`) is the name only with a capital: `on the wane` is no one.
    if (rule === 'capitalSurname')
      return caseFits('capital', originalToken(ctx, first + k)) && !afterGivenName(ctx, first + k, entry.ownNames);
    return rule === 'any' || caseFits(rule, originalToken(ctx, first + k));
  });
}

// The child of `node` that token `i` leads to, found by the token's hash and checked letter by letter.
function childFor(ctx: MatchContext, node: TrieNode, i: number): TrieNode | undefined {
  const child = node.byHash.get(ctx.tokens.hashes[i] ?? 0);
  if (!child) return undefined;
  const start = ctx.tokens.starts[i] ?? 0;
  const same = (ctx.tokens.ends[i] ?? 0) - start === child.word.length && ctx.folded.text.startsWith(child.word, start);
  return same ? child : node.next.get(tokenText(ctx, i));
}

/** The longest alias starting at token `first`, as [entry, last token], or undefined. */
function longestAt(ctx: MatchContext, root: TrieNode, first: number): [AliasEntry, number] | undefined {
  let node: TrieNode | undefined = root;
  let best: [AliasEntry, number] | undefined;
  for (let i = first; node && i < ctx.tokens.count; i++) {
    if (i > first && !joins(ctx.folded.text, ctx.tokens, i - 1)) break;
    node = childFor(ctx, node, i);
    const entry = node?.entries.find((e) => entryFits(ctx, e, first));
    if (entry) best = [entry, i];
  }
  return best;
}

// The name that ends at token `last` may go on as a longer one: a capitalised word joins it, or the next word is
// the next of a stored longer name (`Islamic State in the Great Sahara` follows `Islamic State in the Greater Sahara`
// as far as `the`).
function goesOn(ctx: MatchContext, root: TrieNode, first: number, last: number): boolean {
  if (last + 1 >= ctx.tokens.count || !joins(ctx.folded.text, ctx.tokens, last)) return false;
  if (caseFits('capital', originalToken(ctx, last + 1))) return true;
  let node: TrieNode | undefined = root;
  for (let i = first; node && i <= last + 1; i++) node = childFor(ctx, node, i);
  return node !== undefined;
}

/** Builds a hit over tokens `first..last` in original offsets. */
export function hitFor(
  ctx: MatchContext,
  first: number,
  last: number,
  entityId: string,
  status: EntityHit['status'],
  via: string,
): EntityHit {
  const [start, tokenEnd] = originalSpan(ctx.folded, ctx.tokens.starts[first] ?? 0, ctx.tokens.ends[last] ?? 0);
  // An alias written with a final period (`U.N.`) covers it; a sentence's full stop after a name does not count.
  const end = via.endsWith('.') && ctx.folded.source[tokenEnd] === '.' ? tokenEnd + 1 : tokenEnd;
  return { kind: 'entity', start, end, text: ctx.folded.source.slice(start, end), entityId, status, via };
}

/** Where a text holds a name of something else that hides a stored name (`Niger River`), in original offsets. */
export interface OtherName {
  start: number;
  end: number;
}

// The first words of every alias by the low bits of their hash: most words of a text open no name, and one
// byte read rules them out faster than a lookup in the trie's map.
const headsOf = new WeakMap<TrieNode, Uint8Array>();

function headsFor(root: TrieNode): Uint8Array {
  let heads = headsOf.get(root);
  if (!heads) {
    heads = new Uint8Array(1 << 16);
    for (const word of root.next.keys()) heads[wordHash(word, 0, word.length) & 0xffff] = 1;
    headsOf.set(root, heads);
  }
  return heads;
}

/**
 * Finds every alias of every entity in one left-to-right pass over the tokens, longest match first;
 * where no alias starts, tries the bounded-edit and renamed-organisation rules for variants. The names
 * of something else it passes over go into `others`, when given.
 */
export function matchEntities(ctx: MatchContext, root: TrieNode, fuzzy: FuzzyIndex, others?: OtherName[]): EntityHit[] {
  const hits: EntityHit[] = [];
  const heads = headsFor(root);
  for (let i = 0; i < ctx.tokens.count; ) {
    const exact = heads[(ctx.tokens.hashes[i] ?? 0) & 0xffff] === 1 ? longestAt(ctx, root, i) : undefined;
    // A stored name that opens a longer one a translation renamed (`United Nations Multidimensional Integrated
    // Stability Mission in Mali`) gives way to it.
    const longer = exact?.[0].opensLongName && goesOn(ctx, root, i, exact[1]) ? findFuzzy(ctx, fuzzy, i) : undefined;
    if (exact && !(longer && longer.last > exact[1])) {
      const [entry, last] = exact;
      const hit = hitFor(ctx, i, last, entry.entityId, entry.variant ? 'variant' : 'match', entry.alias);
      if (!entry.other) hits.push(hit);
      else others?.push({ start: hit.start, end: hit.end });
      i = last + 1;
      continue;
    }
    const near = longer ?? findFuzzy(ctx, fuzzy, i);
    if (near) {
      hits.push(near.hit);
      i = near.last + 1;
      continue;
    }
    i++;
  }
  return hits;
}
