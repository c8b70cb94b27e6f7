import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageServer, servePages } from '../support/server';

// A fixed internal UUID, so the extension's pages have a known moz-extension:// address.
const ADDON_ID = 'minusma-reader@example.org';
const UUID = '5a0f7f0e-6b1f-4c8e-9d7a-2f3e1c0b9a11';

let firefox: Browser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages('test/pages');
  firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await firefox.installExtension(resolve('.output/firefox-mv2'));
}, 60_000);
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('minusma-')) out[name] = highlight.size;
    return out;
  });
}

// Navigation to moz-extension:// pages never reports back over BiDi, so start it and wait for the page
// instead. Now and then the new document answers every poll with an error ("got null"), and on a busy
// machine it went on doing so however often it was loaded again: after two tries the tab is given up
// for a fresh one.
async function openExtensionPage(path: string, current?: Page): Promise<Page> {
  let page = current ?? (await firefox.newPage());
  const deadline = Date.now() + 40_000;
  for (let attempt = 1; ; attempt++) {
    page.goto(`moz-extension://${UUID}/${path}`).catch(() => undefined);
    try {
      const timeout = Math.max(1, Math.min(4_000, deadline - Date.now()));
      await page.waitForFunction((p: string) => location.href.endsWith(p) && document.readyState === 'complete', { timeout }, path);
      return page;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      if (attempt % 2 === 0) {
        await page.close().catch(() => undefined);
        page = await firefox.newPage();
      }
    }
  }
}

async function openPopupFor(origin: string): Promise<Page> {
  const popup = await openExtensionPage('popup.html');
  const tabId = await popup.evaluate(async (o: string) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((t) => t.url?.startsWith(o))?.id;
  }, origin);
  return openExtensionPage(`popup.html?tab=${tabId}`, popup);
}

describe('in Firefox', () => {
  it('highlights the seed article, the popup counts it, and the per-site switch clears and restores it', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('seed-original.html'));
    await page.waitForFunction(() => performance.getEntriesByName('minusma:annotate').length > 0, { timeout: 20_000 });
    const counts = await highlightCounts(page);
    expect(counts['minusma-figure-match']).toBeGreaterThanOrEqual(18);
    expect(counts['minusma-entity-match']).toBeGreaterThan(40);
    const texts = await page.evaluate(() => [...(CSS.highlights.get('minusma-figure-match') ?? [])].map((r) => (r as Range).toString()));
    expect(texts).toEqual(expect.arrayContaining(['17,500', '165', '687', '2,250', '3,680', '2,000']));
    const measures = await page.evaluate(() => performance.getEntriesByName('minusma:detect').length);
    expect(measures).toBe(1);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);

    const popup = await openPopupFor(server.origin);
    await popup.waitForSelector('[data-testid="entity-count"]');
    const numbers = await popup.evaluate(() =>
      ['entity-count', 'figure-count'].map((id) => Number(document.querySelector(`[data-testid="${id}"]`)?.textContent)),
    );
    expect((numbers[0] ?? 0) + (numbers[1] ?? 0)).toBe(total);

    await popup.click('[data-testid="site-switch"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => !name.startsWith('minusma-')), { timeout: 10_000 });
    // The popup redraws with a note above the switch, which moves it: click once it has settled.
    await popup.waitForSelector('[data-testid="disabled-note"]');
    await popup.click('[data-testid="site-switch"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('minusma-')), { timeout: 10_000 });
  }, 60_000);

  it('leaves a page that is not coverage alone', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('not-coverage.html'));
    await page.waitForFunction(() => performance.getEntriesByName('minusma:detect').length > 0, { timeout: 20_000 });
    expect(await highlightCounts(page)).toEqual({});
  }, 30_000);
});
