import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport } from '../messaging';
import type { Found } from './detect-page';
import { injected, provide } from './injected';

/** What the content script holds for a coverage page. */
export interface ReaderSession {
  report(): PageReport;
  reveal(index: number): Promise<boolean>;
  step(delta: number): Promise<void>;
  destroy(): void;
}

/** Starts reading a page that detection judged coverage. */
export type StartReader = (
  ctx: ContentScriptContext,
  doc: Document,
  found: Found,
  /** Called on every change with the number for the action badge. */
  onBadge: (count: number) => void,
) => Promise<ReaderSession>;

const KEY = Symbol.for('minusma-reader.start');

/** Called by the reader script once the background has injected it. */
export function registerReader(start: StartReader): void {
  provide(KEY, start);
}

/**
 * The reader (highlights, hover, changes), asking the background to inject it on first use: only
 * coverage pages parse it. Undefined where it cannot load.
 */
export function loadReader(): Promise<StartReader | undefined> {
  return injected<StartReader>(KEY, 'loadReader');
}
