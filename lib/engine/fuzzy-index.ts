import type { Entity } from '../facts/schema';
import { ORDINARY } from './alias-trie';
import { foldWord } from './fold-text';
import { wordHash, words } from './tokens';

/** One written form of a name, cut into folded words. */
export interface NameForm {
  entityId: string;
  type: Entity['type'];
  canonical: string;
  tokens: string[];
  /** The tokens without the small words (`of`, `the`, `de`…). */
  content: string[];
  /** A name a translation may reorder (see isOfficial). */
  official: boolean;
}

/** Names of people and organisations, indexed for variant look-up. */
export interface FuzzyIndex {
  forms: NameForm[];
  /** Distinct first tokens of the forms, with the forms that start with them. */
  byFirst: Map<string, NameForm[]>;
  /** Organisation names of three or more content words, for renamed-organisation matching. */
  orgs: NameForm[];
  /** Hashes of the first words of operations' names: a misspelled name opens with one in lower case (`operation`). */
  heads: number[];
  /** Hashes of the two-letter first words of names (`el`): a shorter word opens none. */
  shortHeads: number[];
  /** Per written word, the forms it may start: words repeat, so each is compared with the names once. */
  candidates: Map<string, { forms: NameForm[]; orgs: NameForm[] }>;
}

const FUZZY_TYPES = new Set<Entity['type']>(['person', 'organisation', 'mission', 'operation', 'agreement']);
// Long names a translation renders word for word in another order (`Multidimensional Integrated Mission of the
// United Nations for Stabilization in Mali`, `Agreement for Peace and Reconciliation in Mali`).
const RENAMED_TYPES = new Set<Entity['type']>(['organisation', 'mission', 'body', 'agreement']);
/** Small words a name holds that say nothing of it (`of`, `the`, `de`…). */
export const STOP = new Set([
  'of',
  'the',
  'de',
  'des',
  'du',
  'la',
  'le',
  'l',
  'd',
  'for',
  'and',
  'et',
  'in',
  'on',
  'au',
  'aux',
  'en',
  'pour',
]);
// One word alone is a name's misspelling only when long: `Micron` and `Macaron` are words, not Macron.
const MIN_SINGLE = 7;

// A name a translation may reorder: the entity's own names, or an alias written as a name, every word capitalised
// but the small ones (`UN Security Council`); not the press's descriptions (`UN peacekeeping mission in Mali`).
function isOfficial(entity: Entity, alias: string): boolean {
  if (alias === entity.name || alias === entity.names.en || alias === entity.names.fr) return true;
  return alias.split(/[\s'’-]+/).every((word) => STOP.has(foldWord(word)) || word[0] !== word[0]?.toLowerCase());
}

/** Indexes the person and organisation names that may appear misspelled. */
export function buildFuzzyIndex(entities: readonly Entity[]): FuzzyIndex {
  const all = entities.flatMap((entity) =>
    [...new Set([entity.name, ...entity.aliases])].map((alias) => {
      const tokens = words(foldWord(alias));
      const content = tokens.filter((t) => !STOP.has(t));
      return { entityId: entity.id, type: entity.type, canonical: entity.name, tokens, content, official: isOfficial(entity, alias) };
    }),
  );
  // A misspelt ordinary word is another ordinary word (`Platforms` is no Plateforme).
  const forms = all.filter(({ type, tokens: [single = '', ...rest] }) => {
    return FUZZY_TYPES.has(type) && (rest.length > 0 || (single.length >= MIN_SINGLE && !ORDINARY.has(single)));
  });
  const byFirst = new Map<string, NameForm[]>();
  for (const form of forms) byFirst.set(form.tokens[0] ?? '', [...(byFirst.get(form.tokens[0] ?? '') ?? []), form]);
  const orgs = all.filter((f) => RENAMED_TYPES.has(f.type) && f.content.length >= 3 && f.official);
  const heads = [...new Set(forms.filter((f) => f.type === 'operation' && f.tokens.length > 1).map((f) => f.tokens[0] ?? ''))].map((head) =>
    wordHash(head, 0, head.length),
  );
  const shortHeads = [...byFirst.keys()].filter((head) => head.length === 2).map((head) => wordHash(head, 0, 2));
  return { forms, byFirst, heads, shortHeads, orgs, candidates: new Map() };
}
