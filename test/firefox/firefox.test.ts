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

async function openPopupFor(origin: string): Promise<Page> {
  const popup = await firefox.newPage();
  await popup.goto(`moz-extension://${UUID}/popup.html`);
  const tabId = await popup.evaluate(async (o) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((t) => t.url?.startsWith(o))?.id;
  }, origin);
  await popup.goto(`moz-extension://${UUID}/popup.html?tab=${tabId}`);
  return popup;
}

describe('in Firefox', () => {
  it('highlights the seed article, the popup counts it, and the per-site switch clears it', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('seed-original.html'));
    await page.waitForFunction(() => performance.getEntriesByName('minusma:annotate').length > 0, { timeout: 20_000 });
    const counts = await highlightCounts(page);
    expect(counts['minusma-figure-match']).toBeGreaterThanOrEqual(18);
    expect(counts['minusma-entity-match']).toBeGreaterThan(40);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);

    const popup = await openPopupFor(server.origin);
    await popup.waitForSelector('[data-testid="entity-count"]');
    const numbers = await popup.evaluate(() =>
      ['entity-count', 'figure-count'].map((id) => Number(document.querySelector(`[data-testid="${id}"]`)?.textContent)),
    );
    expect((numbers[0] ?? 0) + (numbers[1] ?? 0)).toBe(total);

    await popup.click('[data-testid="site-switch"]');
    await page.bringToFront();
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => !name.startsWith('minusma-')), { timeout: 10_000 });
    await popup.bringToFront();
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
