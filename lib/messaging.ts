import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardInput } from './engine/card-data';
import type { Signal } from './engine/detect';
import type { PackedFindings } from './engine/packed-findings';
import type { TaggedNames } from './name-tagger';
import type { HighlightName } from './page/highlight';
import type { ReadRequest } from './read-service';

/** One highlight as the content script reports it; the popup words its card. */
export interface ReportItem extends CardInput {
  start: number;
  end: number;
  /** Its place in the page's highlights, for scrolling to it. */
  index: number;
}

/** What the content script found on its page. */
export interface PageReport {
  /** The page's hostname: the key of the per-site switch. */
  host: string;
  coverage: boolean;
  /** The reader turned the extension off for this site. */
  disabled: boolean;
  confidence: number;
  signals: Signal[];
  /** The article is French: its canonical names are the French ones. */
  french: boolean;
  entities: number;
  figures: number;
  byHighlight: Partial<Record<HighlightName, number>>;
  items: ReportItem[];
}

/** The one message protocol between the popup, the content script and the background worker. */
export interface ProtocolMap {
  /** Popup → content script: what did you find on this page? */
  getPageReport(): PageReport;
  /** Popup → content script: scroll to a highlight and open its card. */
  revealItem(index: number): boolean;
  /** Background (keyboard command) → content script: open the next (1) or previous (-1) highlight. */
  stepHighlight(delta: number): void;
  /** Content script → background: inject the reader (highlights, hover, changes) into this coverage page. */
  loadReader(): boolean;
  /** Content script → background: inject the cards (their UI and the facts they show) on the first card opened. */
  loadCards(): boolean;
  /** Content script → background: every entity and figure in a coverage page's article text. */
  readText(request: ReadRequest): PackedFindings;
  /** Content script → background: the people and organisations in a piece of a coverage page's text. */
  tagNames(text: string): TaggedNames;
  /** Content script → background: the number for the action badge (conflicts and variants). */
  reportBadge(count: number): void;
}

/** Typed send and receive for the protocol. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
