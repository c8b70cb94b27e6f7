import { type NameSpan, type TaggedTerm, toSpans } from '../engine/name-spans';
import { sendMessage } from '../messaging';

/** Tags one chunk of text: people and organisations with their offsets. */
export type Tagger = (text: string) => { people: TaggedTerm[]; organisations: TaggedTerm[] };
/** Finds the names in a whole text, a chunk at a time. */
export type FindNames = (text: string) => Promise<NameSpan[]>;

const KEY = Symbol.for('minusma-reader.find-names');
const CHUNK = 8_000;
const LIMIT = 200_000;

type Holder = { [KEY]?: FindNames };

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Chunks of whole lines, so names are never cut, each small enough to tag in one short task. */
function* chunks(text: string): Generator<[number, string]> {
  let start = 0;
  while (start < Math.min(text.length, LIMIT)) {
    let end = Math.min(text.length, start + CHUNK);
    const newline = text.lastIndexOf('\n', end);
    if (end < text.length && newline > start) end = newline;
    yield [start, text.slice(start, end)];
    start = end;
  }
}

/** Called by the name-finder script: makes the tagger available to the reader in this isolated world. */
export function registerNameFinder(tag: Tagger): void {
  (globalThis as Holder)[KEY] = async (text) => {
    const spans: NameSpan[] = [];
    for (const [base, chunk] of chunks(text)) {
      const { people, organisations } = tag(chunk);
      spans.push(...toSpans(people, 'person', base, text), ...toSpans(organisations, 'organisation', base, text));
      await pause();
    }
    return spans;
  };
}

/** The name finder, asking the background to inject it on first use; undefined where it cannot load. */
export async function loadNameFinder(): Promise<FindNames | undefined> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) await sendMessage('loadNameFinder', undefined).catch(() => false);
  return holder[KEY];
}
