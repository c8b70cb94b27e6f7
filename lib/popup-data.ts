import { browser } from 'wxt/browser';
import { type PageSummary, sendMessage } from './messaging';

/** The tab a popup reports on: `?tab=ID` when given (tests, deep links), else the active tab. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const asked = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** Asks the tab's content script for its summary; undefined where no content script runs (browser pages, the store). */
export async function loadPageSummary(search: string): Promise<PageSummary | undefined> {
  const tabId = await resolveTabId(search);
  if (tabId === undefined) return undefined;
  try {
    return await sendMessage('getPageSummary', undefined, tabId);
  } catch {
    return undefined;
  }
}
