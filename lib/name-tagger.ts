import loadCompromise from './compromise-lazy.cjs';
import type { TaggedTerm } from './engine/name-spans';

/** The people and organisations an NLP tagger found in one piece of text. */
export interface TaggedNames {
  people: TaggedTerm[];
  organisations: TaggedTerm[];
}

/** The longest text one message may ask to tag: the content script sends pieces of about 8,000 characters. */
export const TAG_LIMIT = 12_000;

interface Offset {
  start: number;
  length: number;
}

/** The part of compromise's `json({ offset: true })` read here: a match and its words with their tags. */
interface TaggedJson {
  offset: Offset;
  terms?: { offset: Offset; tags?: string[] }[];
}

const NAME_TAGS = new Set(['FirstName', 'LastName']);

// A Title Case headline glues words to a name (`Star Alan Thicke Dead`): a person runs from the first
// to the last of its words the tagger knows as a first or last name. One known word alone says too
// little to cut at (`Riz Ahmed`: only Ahmed is known).
function trimmedPerson(person: TaggedJson): Offset {
  const named = (person.terms ?? []).filter((term) => term.tags?.some((tag) => NAME_TAGS.has(tag)));
  const first = named[0]?.offset;
  const last = named[named.length - 1]?.offset;
  if (named.length < 2 || !first || !last) return person.offset;
  return { start: first.start, length: last.start + last.length - first.start };
}

function asTerm(text: string, offset: Offset): TaggedTerm {
  return { text: text.slice(offset.start, offset.start + offset.length), offset };
}

// Tagging costs about 7 ms a kilobyte: a page read again (reloaded, opened in another tab) reuses its
// pieces' names. At most this many pieces of about 8,000 characters are kept.
const KEPT = 64;
const recent = new Map<string, TaggedNames>();

/**
 * Tags people and organisations with compromise. It runs in the background, so the page's main
 * thread never pays for loading the tagger (about 300 ms) or for tagging. Anything that is not a
 * string of bounded length is refused with an empty result.
 */
export function tagNames(text: unknown): TaggedNames {
  if (typeof text !== 'string' || text.length > TAG_LIMIT) return { people: [], organisations: [] };
  let names = recent.get(text);
  // Read again, a piece moves to the end: the least recently read is the first let go.
  if (names) recent.delete(text);
  else names = tagged(text);
  recent.set(text, names);
  if (recent.size > KEPT) recent.delete(recent.keys().next().value as string);
  return names;
}

function tagged(text: string): TaggedNames {
  const doc = loadCompromise()(text);
  const people: TaggedJson[] = doc.people().json({ offset: true });
  const organisations: TaggedJson[] = doc.organizations().json({ offset: true });
  return {
    people: people.map((person) => asTerm(text, trimmedPerson(person))),
    organisations: organisations.map((organisation) => asTerm(text, organisation.offset)),
  };
}
