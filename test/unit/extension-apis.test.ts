import { describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText } from '../../lib/badge';
import { resolveTabId } from '../../lib/popup-data';

describe('extension APIs in unit tests', () => {
  it('gives the fake browser for wxt/browser', () => {
    expect(browser).toBe(fakeBrowser);
  });

  it('lets the popup report on the tab it is told, else the active one', async () => {
    fakeBrowser.reset();
    expect(await resolveTabId('?tab=42')).toBe(42);
    // The fake browser does not track the active tab, so answer the query the way Chrome would.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as Browser.tabs.Tab]);
    expect(await resolveTabId('')).toBe(7);
    expect(await resolveTabId('?tab=nonsense')).toBe(7);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('the badge', () => {
  it('shows the count, nothing for zero or for anything that is not a count', () => {
    expect(badgeText(12)).toBe('12');
    expect(badgeText(0)).toBe('');
    expect(badgeText(-3)).toBe('');
    expect(badgeText('7')).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(12345)).toBe('999+');
  });
});
