import { editBudget, isMisspelling } from './edit-distance';
import { originOf } from './fold-text';
import { type FuzzyIndex, type NameForm, STOP } from './fuzzy-index';
import { type EntityHit, hitFor, type MatchContext } from './match-entities';
import { monthNumber } from './number-words';
import { OPENERS, TITLES } from './titles';
import { joins } from './tokens';

function isCapitalized(ctx: MatchContext, i: number): boolean {
  const from = originOf(ctx.folded, ctx.tokens.starts[i] ?? 0) ?? 0;
  const code = ctx.folded.source.charCodeAt(from);
  // Plain ASCII, the common case, without making a string.
  if (code < 128) return code >= 65 && code <= 90;
  const ch = ctx.folded.source[from] ?? '';
  return ch !== ch.toLowerCase();
}

function token(ctx: MatchContext, i: number): string {
  return ctx.folded.text.slice(ctx.tokens.starts[i], ctx.tokens.ends[i]);
}

// An acronym with an `s` and no apostrophe (`MINUSMAs troops`) is its possessive or plural miswritten.
function acronymWithS(ctx: MatchContext, i: number, canonical: string): boolean {
  const from = originOf(ctx.folded, ctx.tokens.starts[i] ?? 0) ?? 0;
  const written = ctx.folded.source.slice(from, from + canonical.length + 1);
  return written === `${canonical.toUpperCase()}s`;
}

/** Matches a whole name form at `first` with at least one misspelled token; returns the last token. */
function fitForm(ctx: MatchContext, form: NameForm, first: number): number | undefined {
  let misspelled = 0;
  for (let k = 0; k < form.tokens.length; k++) {
    const i = first + k;
    if (i >= ctx.tokens.count || (k > 0 && !joins(ctx.folded.text, ctx.tokens, i - 1) && !quotedAfterHead(ctx, form, k, i)))
      return undefined;
    const written = token(ctx, i);
    const canonical = form.tokens[k] ?? '';
    if (written === canonical) continue;
    if (acronymWithS(ctx, i, canonical)) {
      misspelled++;
      continue;
    }
    if (!isCapitalized(ctx, i) || !(isMisspelling(written, canonical) || surnameSlip(form, k, misspelled, written, canonical)))
      return undefined;
    // Alone, a word that changes a name's first letter is another word (`Routine`, not Poutine).
    if (form.tokens.length === 1 && written[0] !== canonical[0]) return undefined;
    misspelled++;
  }
  if (misspelled === 0 || (form.tokens.length === 1 && insideOtherName(ctx, form, first))) return undefined;
  return first + form.tokens.length - 1;
}

// A translation from Russian quotes an operation's name after its head word (`operation "Barkhan"`).
function quotedAfterHead(ctx: MatchContext, form: NameForm, k: number, i: number): boolean {
  if (form.type !== 'operation' || k !== 1) return false;
  return /^ ?["“«„] ?$/.test(ctx.folded.text.slice(ctx.tokens.ends[i - 1], ctx.tokens.starts[i]));
}

// A letter added to a surname or dropped from its end after given names written right (`Abdoulaye Diope`,
// `Richard Mill`): a person's name has no plural or people, so the ending is no inflection, and the given names
// say whose it is.
function surnameSlip(form: NameForm, k: number, misspelled: number, written: string, canonical: string): boolean {
  if (form.type !== 'person' || k === 0 || misspelled > 0) return false;
  const [short, long] = written.length < canonical.length ? [written, canonical] : [canonical, written];
  return long.length === short.length + 1 && long.startsWith(short);
}

// A lone word misspelled inside a run of capitalised words belongs to another name (`Mark Warner`) or
// to a headline (`A New Routine For`); after a title it can only be a person (`Mr. Warner` is no Wagner), and
// after a sentence's opening word it stands alone (`The MINUSAM mission`).
function insideOtherName(ctx: MatchContext, form: NameForm, i: number): boolean {
  if (i + 1 < ctx.tokens.count && joins(ctx.folded.text, ctx.tokens, i) && isCapitalized(ctx, i + 1)) return true;
  if (i === 0 || !joins(ctx.folded.text, ctx.tokens, i - 1) || !isCapitalized(ctx, i - 1)) return false;
  const before = token(ctx, i - 1);
  if (OPENERS.has(before)) return false;
  return !TITLES.has(before) || form.type !== 'person';
}

// A short word shares no stem, it is the word (`UN` is not the start of `Under`).
function sharesStem(a: string, b: string): boolean {
  const stem = Math.min(5, a.length, b.length);
  if (stem < 4) return a === b;
  return a.slice(0, stem) === b.slice(0, stem) && Math.abs(a.length - b.length) <= 4;
}

// Content words of a name long enough for a translation to write its inner words in lower case.
const LONG_NAME = 4;

// Words a renamed name may span, its small words included: the mission's full name in English is twelve.
const LONGEST = 14;

/** A renamed organisation: its capitalised words are the stems of the canonical name's words, reordered. */
function fitRenamed(ctx: MatchContext, form: NameForm, first: number): number | undefined {
  const { content } = form;
  const used = new Set<string>();
  let last: number | undefined;
  for (let i = first; i < ctx.tokens.count && i < first + LONGEST; i++) {
    if (i > first && !joins(ctx.folded.text, ctx.tokens, i - 1)) break;
    const written = token(ctx, i);
    if (STOP.has(written)) continue;
    // French writes a long name's inner words in lower case (`Mission intégrée multidimensionnelle de
    // stabilisation`); a short one's so written are a phrase (`l'Assemblée nationale` is France's).
    if (content.length < LONG_NAME && !isCapitalized(ctx, i)) break;
    const stem = content.find((c) => !used.has(c) && sharesStem(written, c));
    if (!stem) break;
    used.add(stem);
    last = i;
  }
  return last !== undefined && keepsEnough(used.size, content.length) && [...used].some(isNameWord) ? last : undefined;
}

// A short name less one word is a common phrase of any country (`the Ivorian Armed Forces`, `the Minister for
// the Armed Forces`); a long one keeps its sense with two words in three.
function keepsEnough(used: number, words: number): boolean {
  return used >= 2 && (words <= 3 ? used === words : used * 3 >= words * 2);
}

// A word of a name's own, not of a date it holds: `June 14 2014` is no renamed Platform of 14 June 2014.
function isNameWord(word: string): boolean {
  return !/\d/.test(word) && monthNumber(word) === undefined;
}

const MAX_WORDS = 20_000;

function candidatesFor(index: FuzzyIndex, written: string): { forms: NameForm[]; orgs: NameForm[] } {
  let found = index.candidates.get(written);
  if (found) return found;
  const forms: NameForm[] = [];
  for (const [head, list] of index.byFirst)
    if (
      head === written ||
      head === written.slice(0, -1) ||
      (Math.abs(head.length - written.length) <= editBudget(head.length) && isMisspelling(written, head))
    )
      forms.push(...list);
  const orgs = index.orgs.filter((form) => form.tokens.some((t) => sharesStem(written, t)));
  found = { forms, orgs };
  // The engine lives as long as the background does, which reads page after page: the words it keeps are bounded.
  if (index.candidates.size >= MAX_WORDS) index.candidates.clear();
  index.candidates.set(written, found);
  return found;
}

/** Looks for a misspelled or renamed name starting at token `first`. */
export function findFuzzy(ctx: MatchContext, index: FuzzyIndex, first: number): { hit: EntityHit; last: number } | undefined {
  const length = (ctx.tokens.ends[first] ?? 0) - (ctx.tokens.starts[first] ?? 0);
  // A name of a word that short opens with it as written (`El Gassim Wane`), if at all.
  if (length < 2 || (length === 2 && !index.shortHeads.includes(ctx.tokens.hashes[first] ?? 0))) return undefined;
  // An operation's name may open with a lower-case word written as stored (`operation Barkhan`, `l'opération
  // Barkhan`); its misspelled words must still be capitalised, so the next one is.
  const capital = isCapitalized(ctx, first);
  if (!capital && !(index.heads.includes(ctx.tokens.hashes[first] ?? 0) && first + 1 < ctx.tokens.count && isCapitalized(ctx, first + 1)))
    return undefined;
  const written = token(ctx, first);
  if (STOP.has(written)) return undefined;
  const { forms, orgs } = candidatesFor(index, written);
  // Most capitalised words open no name: nothing is made for them.
  if (forms.length === 0 && (!capital || orgs.length === 0)) return undefined;
  let form: NameForm | undefined;
  let last = -1;
  for (const candidate of forms) {
    const end = fitForm(ctx, candidate, first) ?? -1;
    if (end > last) [form, last] = [candidate, end];
  }
  // A renamed organisation opens with a capital: `the peacekeeping mission in Mali` is no name.
  if (capital)
    for (const candidate of orgs) {
      const end = fitRenamed(ctx, candidate, first) ?? -1;
      if (end > last) [form, last] = [candidate, end];
    }
  if (!form) return undefined;
  // The quoted name alone is highlighted, without the head word and its opening quote.
  const start = last > first && quotedAfterHead(ctx, form, 1, first + 1) ? first + 1 : first;
  return { hit: hitFor(ctx, start, last, form.entityId, 'variant', form.canonical), last };
}
