import { browser } from 'wxt/browser';

/** The action badge for a count: empty for none or for anything that is not a count, `999+` past 999. */
export function badgeText(count: unknown): string {
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Shows a count on the toolbar button of one tab. */
export function showBadge(tabId: number, count: unknown): void {
  // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeText({ tabId, text: badgeText(count) });
  void action.setBadgeBackgroundColor({ tabId, color: '#a4161a' });
}
