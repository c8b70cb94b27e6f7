import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Findings } from '../engine/read-text';
import type { PageReport } from '../messaging';
import { disabledSites, factOverlay } from '../storage';
import { type CardControl, createCardControl } from './card-control';
import { onNavigation } from './context-guard';
import { bringsTrigger, detectPage, type Found } from './detect-page';
import { extendReading, outermost } from './extend-reading';
import { buildHitIndex, type HitIndex } from './hit-test';
import { watchHover } from './hover';
import { NamePass } from './name-pass';
import { badgeCount, buildReport } from './page-report';
import type { PageText } from './page-text';
import { collectTextInSlices } from './page-text';
import { createPainter, type Painter } from './painter';
import { addUnknownNames, annotatePage, type Reading } from './reader';
import type { ReaderSession } from './reader-loader';
import { isExcluded } from './skipped';
import { UI_TAG } from './ui-tag';
import { watchChanges } from './watch-changes';
import { yieldToPage } from './yield-to-page';

const isOurs = (target: EventTarget | null) => target instanceof Element && target.tagName.toLowerCase() === UI_TAG;

const EMPTY: Reading = { items: [], spots: [], starts: [] };

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
  const session = new Session(ctx, doc, found, onBadge);
  await session.start();
  return session;
}

class Session implements ReaderSession {
  readonly #controller = new AbortController();
  readonly #host = location.hostname;
  readonly #cards: CardControl;
  readonly #painter: Painter;
  #found: Found;
  #reading = EMPTY;
  // The first pass's results: the names a tagger finds later are merged against them.
  #findings: Findings | undefined;
  #hits: HitIndex | undefined;
  #disabled = false;
  #report: PageReport | undefined;
  readonly #names = new NamePass();
  #hovering = false;
  // Passes run one after another: an edit, the switch and new text never paint over a pass half-done.
  #queue: Promise<unknown> = Promise.resolve();
  #unwatch: (() => void)[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    found: Found,
    private readonly onBadge: (count: number) => void,
  ) {
    this.#found = found;
    this.#cards = createCardControl(
      ctx,
      () => this.#reading,
      () => this.#found.detection.french,
    );
    this.#painter = createPainter(doc, this.#controller.signal);
  }

  /** Starts following the page and paints its first pass. */
  async start(): Promise<void> {
    const { signal } = this.#controller;
    watchChanges(this.doc.documentElement, isExcluded, (nodes) => void this.#schedule(() => this.#addText(nodes)), signal);
    onNavigation(this.ctx, () => void this.#schedule(() => this.#startOver()));
    const repaint = () => void this.#schedule(() => this.#paintAll());
    this.#unwatch = [factOverlay.watch(repaint), disabledSites.watch(repaint)];
    await this.#schedule(() => this.#paintAll());
  }

  // The popup's report is built when asked: a list of 17,000 rows is not rebuilt on every change.
  report(): PageReport {
    this.#report ??= buildReport(this.#host, this.#found.detection, this.#reading.items, this.#disabled);
    return this.#report;
  }

  reveal(index: number): Promise<boolean> {
    return this.#cards.reveal(index);
  }

  step(delta: number): Promise<void> {
    return this.#cards.step(delta);
  }

  destroy(): void {
    this.#controller.abort();
    for (const stop of this.#unwatch) stop();
    this.#cards.destroy();
    this.#painter.clear();
  }

  #schedule(task: () => Promise<unknown>): Promise<unknown> {
    this.#queue = this.#queue.then(task).catch(() => undefined);
    return this.#queue;
  }

  // Every change of the reading is painted and published here; a pass records how long it took.
  #commit(next: Reading, start?: number): void {
    this.#reading = next;
    this.#painter.show(next);
    // How many results the pass holds, for whoever reads the measure (the bench reports it beside the times).
    if (start !== undefined)
      performance.measure('minusma:annotate', { start, end: performance.now(), detail: { results: next.items.length } });
    // Indexed on the first hover after a change: most readings are never hovered at all.
    this.#hits = undefined;
    this.#publish();
  }

  #publish(): void {
    this.#report = undefined;
    this.onBadge(badgeCount(this.#reading.items, this.#found.detection.coverage, this.#disabled));
  }

  async #paintAll(): Promise<void> {
    const { detection, page } = this.#found;
    if (this.#controller.signal.aborted || !detection.coverage || !page) return;
    this.#disabled = (await disabledSites.getValue()).includes(this.#host);
    if (this.#disabled) return this.#clear();
    const read = await this.#wholeText(page);
    const start = performance.now();
    const next = await annotatePage(this.doc, read, detection.french, this.#names.spansFor(read));
    this.#findings = next.findings;
    this.#commit(next, start);
    if (this.#names.unasked(read)) void this.#addNames(read);
    this.#watchHover();
  }

  // Painting nothing deletes every highlight.
  #clear(): void {
    const start = performance.now();
    this.#cards.close();
    this.#commit(EMPTY);
    performance.measure('minusma:clear', { start, end: performance.now() });
  }

  // Detection may have read only the start of a long page: the rest is collected a slice per task.
  async #wholeText(page: PageText): Promise<PageText> {
    const { root } = this.#found;
    if (page.complete !== false || !root) return page;
    const whole = await collectTextInSlices(root, yieldToPage);
    this.#found = { ...this.#found, page: whole };
    await yieldToPage();
    return whole;
  }

  // Pointer tracking starts on the first coverage pass: other pages never pay for it.
  #watchHover(): void {
    if (this.#hovering) return;
    this.#hovering = true;
    const target = {
      hits: () => {
        this.#hits ??= buildHitIndex(this.#reading.spots);
        return this.#hits;
      },
      open: (i: number) => void this.#cards.open(i, false),
      close: () => this.#cards.close(),
      onCard: isOurs,
    };
    watchHover(this.doc, target, this.#controller.signal);
  }

  // Names no fact covers come from the background's tagger after the first paint, then paint once more.
  async #addNames(read: PageText): Promise<void> {
    const start = performance.now();
    const spans = await this.#names.tag(read, this.#controller.signal);
    if (!spans || read !== this.#found.page) return;
    await this.#schedule(async () => {
      const first = this.#findings;
      if (read !== this.#found.page || this.#disabled || !first) return;
      this.#commit(addUnknownNames(read, first, spans, this.#reading));
      performance.measure('minusma:names', { start, end: performance.now() });
    });
  }

  async #addText(changed: Node[]): Promise<void> {
    const { detection, root } = this.#found;
    if (!detection.coverage) return bringsTrigger(changed) ? this.#rereadIfCoverage() : undefined;
    // The article (or the whole body, as Turbo swaps it) was replaced: what was read is gone with it.
    if (root && !root.isConnected) return this.#startOver();
    const nodes = outermost(changed.filter((n) => root?.contains(n)));
    if (this.#disabled || nodes.length === 0) return;
    const start = performance.now();
    this.#commit(await extendReading(this.doc, nodes, this.#reading, detection.french), start);
  }

  async #rereadIfCoverage(): Promise<void> {
    this.#found = detectPage(this.doc);
    if (this.#found.detection.coverage) await this.#paintAll();
    else this.#publish();
  }

  // A new page in the same document (a single-page app's navigation, a swapped body) is read from the start.
  async #startOver(): Promise<void> {
    this.#painter.clear();
    this.#cards.close();
    this.#reading = EMPTY;
    await this.#rereadIfCoverage();
  }
}
