import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Findings } from '../engine/read-text';
import type { PageReport } from '../messaging';
import { disabledSites, factOverlay } from '../storage';
import { type CardControl, createCardControl } from './card-control';
import { onNavigation } from './context-guard';
import { bringsTrigger, detectPage, type Found } from './detect-page';
import { extendReading, outermost } from './extend-reading';
import { watchHover } from './hover';
import { NamePass } from './name-pass';
import type { PageText } from './page-text';
import { collectTextInSlices } from './page-text';
import { addUnknownNames, annotatePage } from './reader';
import type { ReaderSession } from './reader-loader';
import { ShownReading } from './shown-reading';
import { isExcluded } from './skipped';
import { UI_TAG } from './ui-tag';
import { watchChanges } from './watch-changes';
import { yieldToPage } from './yield-to-page';

const isOurs = (target: EventTarget | null) => target instanceof Element && target.tagName.toLowerCase() === UI_TAG;

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
  readonly #shown: ShownReading;
  #found: Found;
  // The first pass's results: the names a tagger finds later are merged against them.
  #findings: Findings | undefined;
  #disabled = false;
  readonly #names = new NamePass();
  #hovering = false;
  // Passes run one after another: an edit, the switch and new text never paint over a pass half-done.
  #queue: Promise<unknown> = Promise.resolve();
  #unwatch: (() => void)[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    found: Found,
    onBadge: (count: number) => void,
  ) {
    this.#found = found;
    this.#cards = createCardControl(
      ctx,
      () => this.#shown.current,
      () => this.#found.detection.french,
    );
    const state = () => ({ host: this.#host, detection: this.#found.detection, disabled: this.#disabled });
    this.#shown = new ShownReading(doc, this.#controller.signal, state, onBadge);
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

  report(): PageReport {
    return this.#shown.report();
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
    this.#shown.destroy();
  }

  #schedule(task: () => Promise<unknown>): Promise<unknown> {
    this.#queue = this.#queue.then(task).catch(() => undefined);
    return this.#queue;
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
    this.#shown.commit(next, start);
    if (this.#names.unasked(read)) void this.#addNames(read);
    this.#watchHover();
  }

  #clear(): void {
    const start = performance.now();
    this.#cards.close();
    this.#shown.clear();
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
      hits: () => this.#shown.hits(),
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
      this.#shown.commit(addUnknownNames(read, first, spans, this.#shown.current));
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
    this.#shown.commit(await extendReading(this.doc, nodes, this.#shown.current, detection.french), start);
  }

  async #rereadIfCoverage(): Promise<void> {
    this.#found = await detectPage(this.doc);
    if (this.#found.detection.coverage) await this.#paintAll();
    else this.#shown.publish();
  }

  // A new page in the same document (a single-page app's navigation, a swapped body) is read from the start.
  async #startOver(): Promise<void> {
    this.#shown.forget();
    this.#cards.close();
    await this.#rereadIfCoverage();
  }
}
