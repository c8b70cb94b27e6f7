import type { Detection } from '../engine/detect';
import type { PageReport } from '../messaging';
import { buildHitIndex, type HitIndex } from './hit-test';
import { badgeCount, buildReport } from './page-report';
import { createPainter, type Painter } from './painter';
import type { Reading } from './reader';

const EMPTY: Reading = { items: [], spots: [], starts: [] };

/** What the page is, as the badge and the popup's report say it. */
export interface PageState {
  host: string;
  detection: Detection;
  disabled: boolean;
}

/**
 * The reading a session shows: painted on each change, with the toolbar badge kept in step, and the popup's
 * report and the hover's hit index built from it only when asked (most readings are never hovered, and a
 * list of 17,000 rows is not rebuilt on every change).
 */
export class ShownReading {
  #reading = EMPTY;
  #hits: HitIndex | undefined;
  #report: PageReport | undefined;
  readonly #painter: Painter;

  constructor(
    doc: Document,
    signal: AbortSignal,
    private readonly state: () => PageState,
    private readonly onBadge: (count: number) => void,
  ) {
    this.#painter = createPainter(doc, signal);
  }

  /** The reading shown now. */
  get current(): Reading {
    return this.#reading;
  }

  /** Shows a new reading; a pass started at `start` records how long it took and how many results it holds. */
  commit(next: Reading, start?: number): void {
    this.#reading = next;
    this.#painter.show(next);
    // How many results the pass holds, for whoever reads the measure (the bench reports it beside the times).
    if (start !== undefined)
      performance.measure('minusma:annotate', { start, end: performance.now(), detail: { results: next.items.length } });
    this.#hits = undefined;
    this.publish();
  }

  /** Shows nothing: every highlight is deleted. */
  clear(): void {
    this.commit(EMPTY);
  }

  /** Forgets the reading without a new one to show (a new page in the same document is read next). */
  forget(): void {
    this.#painter.clear();
    this.#reading = EMPTY;
    this.#hits = undefined;
  }

  /** The badge follows the page's state; the report is built again when next asked. */
  publish(): void {
    const { detection, disabled } = this.state();
    this.#report = undefined;
    this.onBadge(badgeCount(this.#reading.items, detection.coverage, disabled));
  }

  report(): PageReport {
    const { host, detection, disabled } = this.state();
    this.#report ??= buildReport(host, detection, this.#reading.items, disabled);
    return this.#report;
  }

  hits(): HitIndex {
    this.#hits ??= buildHitIndex(this.#reading.spots);
    return this.#hits;
  }

  /** Deletes every highlight for good. */
  destroy(): void {
    this.#painter.clear();
  }
}
