import loadCompromise from './compromise-lazy.cjs';
import type { TaggedTerm } from './engine/name-spans';

/** The people and organisations an NLP tagger found in one piece of text. */
export interface TaggedNames {
  people: TaggedTerm[];
  organisations: TaggedTerm[];
}

/** The longest text one message may ask to tag: the content script sends pieces of about 8,000 characters. */
export const TAG_LIMIT = 12_000;

/**
 * Tags people and organisations with compromise. It runs in the background, so the page's main
 * thread never pays for loading the tagger (about 300 ms) or for tagging. Anything that is not a
 * string of bounded length is refused with an empty result.
 */
export function tagNames(text: unknown): TaggedNames {
  if (typeof text !== 'string' || text.length > TAG_LIMIT) return { people: [], organisations: [] };
  const doc = loadCompromise()(text);
  return { people: doc.people().json({ offset: true }), organisations: doc.organizations().json({ offset: true }) };
}
