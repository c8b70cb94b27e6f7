import { defineExtensionMessaging } from '@webext-core/messaging';
import type { HighlightName } from './page/highlight';

/** One entity or figure on the page, as the popup lists it. */
export interface SummaryItem {
  index: number;
  kind: 'entity' | 'figure';
  status: string;
  text: string;
  factId?: string;
  explanation: string;
}

/** What the content script found on its page. */
export interface PageSummary {
  coverage: boolean;
  confidence: number;
  signals: string[];
  entities: number;
  figures: number;
  byHighlight: Partial<Record<HighlightName, number>>;
  items: SummaryItem[];
}

/** The one message protocol between the popup, the content script and the background worker. */
export interface ProtocolMap {
  /** Popup → content script: what did you find on this page? */
  getPageSummary(): PageSummary;
  /** Content script → background: the page's highlight count, for the badge. */
  reportHighlights(count: number): void;
}

/** Typed send and receive for the protocol. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
