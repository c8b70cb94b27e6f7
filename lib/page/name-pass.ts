import type { NameSpan } from '../engine/name-spans';
import { findNames } from './name-finder';
import type { PageText } from './page-text';

/**
 * The names the background's tagger finds in a page's text, asked once per text (a new page's, not each
 * repaint's) and kept for the passes that read that text again.
 */
export class NamePass {
  #asked: PageText | undefined;
  #found: { page: PageText; spans: NameSpan[] } | undefined;

  /** The names found in this text, once they are. */
  spansFor(page: PageText): NameSpan[] | undefined {
    return this.#found?.page === page ? this.#found.spans : undefined;
  }

  /** Whether this text has not been sent to the tagger yet. */
  unasked(page: PageText): boolean {
    return this.#asked !== page;
  }

  /** Tags the text; undefined when the session ended first. */
  async tag(page: PageText, signal: AbortSignal): Promise<NameSpan[] | undefined> {
    this.#asked = page;
    const spans = await findNames(page.text, signal);
    if (signal.aborted) return undefined;
    this.#found = { page, spans };
    return spans;
  }
}
