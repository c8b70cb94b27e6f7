import { engineFor } from '../engine/engine-cache';
import { getMergedFacts } from '../facts/merged-facts';
import type { PageSummary } from '../messaging';
import { factOverlay } from '../storage';
import { annotatePage, clearPage, detectPage, emptySummary } from './reader';

/** What the content script holds for one page. */
export interface ReaderSession {
  summary(): PageSummary;
  destroy(): void;
}

/**
 * Reads the page once: detection always, annotation only on coverage. On coverage pages it also
 * follows the reader's fact edits and paints again when they change.
 */
export async function startSession(doc: Document, onSummary: (summary: PageSummary) => void): Promise<ReaderSession> {
  const { detection, page } = detectPage(doc);
  let summary = emptySummary(detection);
  const cleanups: (() => void)[] = [];
  const session: ReaderSession = {
    summary: () => summary,
    destroy() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      clearPage();
    },
  };
  if (!detection.coverage || !page) return session;
  const paint = async () => {
    summary = annotatePage(doc, page, detection, engineFor(await getMergedFacts()));
    onSummary(summary);
  };
  await paint();
  cleanups.push(factOverlay.watch(() => void paint()));
  return session;
}
