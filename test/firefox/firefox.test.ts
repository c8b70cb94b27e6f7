import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageServer, servePages } from '../support/server';

let firefox: Browser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages('test/pages');
  firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
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

describe('in Firefox', () => {
  it('highlights the seed article with the contract’s highlight names', async () => {
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
  }, 60_000);

  it('leaves a page that is not coverage alone', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('not-coverage.html'));
    await page.waitForFunction(() => performance.getEntriesByName('minusma:detect').length > 0, { timeout: 20_000 });
    expect(await highlightCounts(page)).toEqual({});
  }, 30_000);
});
