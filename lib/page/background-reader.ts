import { pieceEnd, spansWithin } from '../engine/chunks';
import type { NameSpan } from '../engine/name-spans';
import { unpackFindings } from '../engine/packed-findings';
import type { Findings } from '../engine/read-text';
import { sendMessage } from '../messaging';

/** How a page's text is to be read: its language and publication date, and names a tagger found in it. */
export interface ReadHow {
  french: boolean;
  articleDate?: string | undefined;
  names?: readonly NameSpan[] | undefined;
}

// Small enough that the background reads the next piece while the page places this one's results,
// large enough that messages stay few: a 1 MB page is 10 round trips.
const PIECE_CHARS = 100_000;
// Requests in flight: with one, the worker sat idle while each answer and the next request crossed
// (the sparse 1 MB page took 193 ms instead of 157, median of 12 loads).
const AHEAD = 4;

function readPiece(text: string, from: number, to: number, how: ReadHow): Promise<Findings> {
  const piece = text.slice(from, to);
  const names = how.names && spansWithin(how.names, from, to);
  const request = { text: piece, french: how.french, articleDate: how.articleDate, names };
  return sendMessage('readText', request).then(
    (packed) => unpackFindings(packed, piece, from),
    // A background that cannot answer (the extension was reloaded) finds nothing rather than failing the page.
    () => ({ entities: [], figures: [] }),
  );
}

/**
 * Has the background's engine read a text, a piece at a time in text order, a few pieces ahead of
 * the caller: the page places one piece's results while the background reads the next ones.
 */
export async function* readInBackground(text: string, how: ReadHow): AsyncGenerator<Findings> {
  const queue: Promise<Findings>[] = [];
  let to = 0;
  const ask = () => {
    const from = to;
    to = pieceEnd(text, from, PIECE_CHARS);
    queue.push(readPiece(text, from, to, how));
  };
  while (to < text.length && queue.length < AHEAD) ask();
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (to < text.length) ask();
    yield await next;
  }
}
