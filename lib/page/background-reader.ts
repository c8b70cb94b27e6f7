import { moveBy, pieceEnd, spansWithin } from '../engine/chunks';
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

function readPiece(text: string, from: number, to: number, how: ReadHow): Promise<Findings> {
  const piece = text.slice(from, to);
  const names = how.names && spansWithin(how.names, from, to);
  const request = { text: piece, french: how.french, articleDate: how.articleDate, names };
  return sendMessage('readText', request).then(
    (packed) => {
      const found = unpackFindings(packed, piece);
      return { entities: moveBy(found.entities, from), figures: moveBy(found.figures, from) };
    },
    // A background that cannot answer (the extension was reloaded) finds nothing rather than failing the page.
    () => ({ entities: [], figures: [] }),
  );
}

/**
 * Has the background's engine read a text, a piece at a time in text order, always one piece ahead
 * of the caller: the page places one piece's results while the background reads the next.
 */
export async function* readInBackground(text: string, how: ReadHow): AsyncGenerator<Findings> {
  let to = pieceEnd(text, 0, PIECE_CHARS);
  let next: Promise<Findings> | undefined = text ? readPiece(text, 0, to, how) : undefined;
  while (next) {
    const current = next;
    const from = to;
    to = pieceEnd(text, from, PIECE_CHARS);
    next = from < text.length ? readPiece(text, from, to, how) : undefined;
    yield await current;
  }
}
