import { type NameSpan, toSpans } from '../engine/name-spans';
import { sendMessage } from '../messaging';

const CHUNK = 8_000;
const LIMIT = 200_000;

/** Pieces of whole lines, so names are never cut; each is one message to the background's tagger. */
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

/**
 * The people and organisations in the first 200,000 characters of a text, tagged by the background
 * a piece at a time; the page's thread only waits. Empty where the background cannot answer.
 */
export async function findNames(text: string, signal: AbortSignal): Promise<NameSpan[]> {
  const spans: NameSpan[] = [];
  for (const [base, chunk] of chunks(text)) {
    if (signal.aborted) break;
    const tagged = await sendMessage('tagNames', chunk).catch(() => undefined);
    if (!tagged) break;
    spans.push(...toSpans(tagged.people, 'person', base, text), ...toSpans(tagged.organisations, 'organisation', base, text));
  }
  return spans;
}
