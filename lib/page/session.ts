import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NameSpan } from '../engine/name-spans';
import type { Findings } from '../engine/read-text';
import type { PageReport } from '../messaging';
import { disabledSites, factOverlay } from '../storage';
import { createCardControl } from './card-control';
import { onNavigation } from './context-guard';
import { bringsTrigger, detectPage, type Found } from './detect-page';
import { extendReading, outermost } from './extend-reading';
import { buildHitIndex, type HitIndex } from './hit-test';
import { watchHover } from './hover';
import { findNames } from './name-finder';
import { badgeCount, buildReport } from './page-report';
import type { PageText } from './page-text';
import { collectTextInSlices, isExcluded } from './page-text';
import { createPainter } from './painter';
import { addUnknownNames, annotatePage, type Reading } from './reader';
import type { ReaderSession } from './reader-loader';
import { UI_TAG } from './ui-tag';
import { watchChanges } from './watch-changes';
import { yieldToPage } from './yield-to-page';

const isOurs = (target: EventTarget | null) => target instanceof Element && target.tagName.toLowerCase() === UI_TAG;

const EMPTY: Reading = { items: [], ranges: [], starts: [] };

/**
 * Reads a page: detection always; on coverage, paints, follows fact edits and the per-site switch,
 * annotates text that arrives later, and serves hover and keyboard cards. Everything it holds is
 * released through one AbortController.
 */
export async function startSession(
  ctx: ContentScriptContext,
  doc: Document,
  found: Found,
  onBadge: (count: number) => void,
): Promise<ReaderSession> {
  const host = location.hostname;
  const controller = new AbortController();
  const { signal } = controller;
  let { detection, page, root } = found;
  let reading = EMPTY;
  // The first pass's results: the names a tagger finds later are merged against them.
  let findings: Findings | undefined;
  let hits: HitIndex | undefined;
  let disabled = false;
  const cards = createCardControl(
    ctx,
    () => reading,
    () => detection.french,
  );
  const painter = createPainter(doc, signal);
  let report: PageReport | undefined;
  let names: { page: PageText; spans: NameSpan[] } | undefined;
  // The text whose names were last sent to the tagger: each new page's once, not each repaint's.
  let tagged: PageText | undefined;
  let hovering = false;

  // Every change of the reading is painted and published here; a pass records how long it took.
  const commit = (next: Reading, start?: number) => {
    reading = next;
    painter.show(reading);
    // How many results the pass holds, for whoever reads the measure (the bench times as many bare ranges).
    if (start !== undefined)
      performance.measure('minusma:annotate', { start, end: performance.now(), detail: { results: next.items.length } });
    // Indexed on the first hover after a change: most readings are never hovered at all.
    hits = undefined;
    publish();
  };
  // The popup's report is built when asked: a list of 17,000 rows is not rebuilt on every change.
  const publish = () => {
    report = undefined;
    onBadge(badgeCount(reading.items, detection.coverage, disabled));
  };
  // Passes run one after another: an edit, the switch and new text never paint over a pass half-done.
  let queue: Promise<unknown> = Promise.resolve();
  const schedule = (task: () => Promise<unknown>) => {
    queue = queue.then(task).catch(() => undefined);
    return queue;
  };
  const paintAll = async () => {
    if (signal.aborted || !detection.coverage || !page) return;
    disabled = (await disabledSites.getValue()).includes(host);
    if (disabled) {
      const start = performance.now();
      cards.close();
      // Painting nothing deletes every highlight.
      commit(EMPTY);
      performance.measure('minusma:clear', { start, end: performance.now() });
      return;
    }
    if (page.complete === false && root) {
      page = await collectTextInSlices(root, yieldToPage);
      await yieldToPage();
    }
    const start = performance.now();
    const next = await annotatePage(doc, page, detection.french, names?.page === page ? names.spans : undefined);
    findings = next.findings;
    commit(next, start);
    if (tagged !== page) void addNames();
    if (!hovering) {
      hovering = true;
      // Pointer tracking starts on the first coverage pass: other pages never pay for it.
      watchHover(
        doc,
        {
          hits: () => (hits ??= buildHitIndex(reading.ranges)),
          open: (i) => void cards.open(i, false),
          close: cards.close,
          onCard: isOurs,
        },
        signal,
      );
    }
  };
  // Names no fact covers come from the background's tagger after the first paint, then paint once more.
  const addNames = async () => {
    const start = performance.now();
    const read = page;
    tagged = read;
    if (!read) return;
    const spans = await findNames(read.text, signal);
    if (signal.aborted || read !== page) return;
    names = { page: read, spans };
    await schedule(async () => {
      const first = findings;
      if (read !== page || disabled || !first) return;
      commit(addUnknownNames(read, first, spans, reading));
      performance.measure('minusma:names', { start, end: performance.now() });
    });
  };
  const addText = async (changed: Node[]) => {
    if (!detection.coverage) return bringsTrigger(changed) ? rereadIfCoverage() : undefined;
    // The article (or the whole body, as Turbo swaps it) was replaced: what was read is gone with it.
    if (root && !root.isConnected) return startOver();
    const nodes = outermost(changed.filter((n) => root?.contains(n)));
    if (disabled || nodes.length === 0) return;
    const start = performance.now();
    commit(await extendReading(doc, nodes, reading, detection.french), start);
  };
  const rereadIfCoverage = async () => {
    ({ detection, page, root } = detectPage(doc));
    if (detection.coverage) await paintAll();
    else publish();
  };
  // A new page in the same document (a single-page app's navigation, a swapped body) is read from the start.
  const startOver = async () => {
    painter.clear();
    cards.close();
    reading = EMPTY;
    await rereadIfCoverage();
  };

  watchChanges(doc.documentElement, isExcluded, (nodes) => void schedule(() => addText(nodes)), signal);
  onNavigation(ctx, () => void schedule(startOver));
  const unwatch = [factOverlay.watch(() => void schedule(paintAll)), disabledSites.watch(() => void schedule(paintAll))];
  await schedule(paintAll);

  return {
    report: () => (report ??= buildReport(host, detection, reading.items, disabled)),
    reveal: cards.reveal,
    step: cards.step,
    destroy() {
      controller.abort();
      for (const stop of unwatch) stop();
      cards.destroy();
      painter.clear();
    },
  };
}
