import { browser } from 'wxt/browser';
import { describeReport, type PageSummary } from './describe-report';
import { getReaderFacts } from './facts/merged-facts';
import { t } from './i18n';
import { sendMessage } from './messaging';
import { disabledSites } from './storage';

/** The tab a popup reports on: `?tab=ID` when given (tests, deep links), else the active tab. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const asked = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/**
 * Asks the tab's content script for its report and words it with the current facts; undefined where
 * no content script runs (browser pages, the store). Whether the site is off is read from storage,
 * where the switch keeps it: the page may not have caught up yet, and a switch drawn from its answer
 * would undo the next click.
 */
export async function loadPageSummary(tabId: number | undefined): Promise<PageSummary | undefined> {
  if (tabId === undefined) return undefined;
  try {
    const report = await sendMessage('getPageReport', undefined, tabId);
    const [sites, facts] = await Promise.all([disabledSites.getValue(), getReaderFacts()]);
    return { ...describeReport(report, facts, t), disabled: sites.includes(report.host) };
  } catch {
    return undefined;
  }
}

/** Turns the extension off (or back on) for a site; the page's content script follows the stored list. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const sites = await disabledSites.getValue();
  const next = enabled ? sites.filter((s) => s !== host) : [...new Set([...sites, host])];
  await disabledSites.setValue(next);
}

/** Scrolls the page to a highlight and opens its card. */
export async function revealItem(tabId: number, index: number): Promise<boolean> {
  try {
    return await sendMessage('revealItem', index, tabId);
  } catch {
    return false;
  }
}

/** Opens the options page, where the facts are managed. */
export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
