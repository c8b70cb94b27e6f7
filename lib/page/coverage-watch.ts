import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterNextPaint } from './after-paint';
import { onNavigation } from './context-guard';
import { bringsTrigger, detectPage, type Found } from './detect-page';
import { isExcluded } from './skipped';
import { watchChanges } from './watch-changes';

/** What the watcher reports. */
export interface CoverageEvents {
  /** After every detection, coverage or not. */
  detected(found: Found): void;
  /** Once, the first time the page is coverage; the watcher has stopped by then. */
  coverage(found: Found): void;
}

/**
 * Runs detection, which is all most pages ever get: once the page has painted, then again when text with
 * a trigger word arrives or a single-page app navigates, until the page turns out to be coverage.
 */
export function watchForCoverage(ctx: ContentScriptContext, doc: Document, on: CoverageEvents): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const { signal } = controller;
  // Detection spans a few tasks: changes arriving meanwhile ask for one more pass, not one each.
  let running = false;
  let again = false;
  const check = async () => {
    // Once coverage is found the session reads the page: navigations no longer detect here.
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const found = await detectPage(doc);
        if (signal.aborted) break;
        on.detected(found);
        if (!found.detection.coverage) continue;
        controller.abort();
        on.coverage(found);
      } while (again && !signal.aborted);
    } finally {
      running = false;
    }
  };
  afterNextPaint(
    doc,
    () => {
      void check();
      // The whole document, not the body: some sites (Turbo, for one) replace the body itself.
      watchChanges(doc.documentElement, isExcluded, (nodes) => bringsTrigger(nodes) && void check(), signal);
      onNavigation(ctx, () => void check());
    },
    signal,
  );
}
