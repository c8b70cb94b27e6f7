import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type PageSummary, sendMessage } from '../messaging';
import type { Found } from './detect-page';

/** What the content script holds for a coverage page. */
export interface ReaderSession {
  summary(): PageSummary;
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

// Both scripts run in the extension's isolated world: the page cannot see or set this.
const KEY = Symbol.for('minusma-reader.start');
type Holder = { [KEY]?: StartReader };

/** Called by the reader script once the background has injected it. */
export function registerReader(start: StartReader): void {
  (globalThis as Holder)[KEY] = start;
}

/**
 * The reader (highlights, cards and the facts they show), asking the background to inject it on first use: only
 * coverage pages parse it. Undefined where it cannot load.
 */
export async function loadReader(): Promise<StartReader | undefined> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) await sendMessage('loadReader', undefined).catch(() => false);
  return holder[KEY];
}
