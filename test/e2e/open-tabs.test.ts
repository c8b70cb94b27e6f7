import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR } from '../support/browser';
import { type PageServer, servePages } from '../support/server';

// Playwright loads an extension only at launch; puppeteer can install one into a running Chromium.
let chromium: Browser;
let server: PageServer;
let profile: string;
let installed: Promise<string> | undefined;

// Installs the extension once, when a test first needs it; the first test opens its article before.
function install(): Promise<string> {
  installed ??= chromium.installExtension(EXTENSION_DIR);
  return installed;
}

beforeAll(async () => {
  server = await servePages('test/pages');
  profile = await mkdtemp(join(tmpdir(), 'minusma-install-'));
  chromium = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

// A page of the test server, once the extension has read it.
async function openRead(path: string): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => performance.getEntriesByName('minusma:annotate').length > 0, { timeout: 10_000 });
  return page;
}

describe('installing the extension', () => {
  it('reads the articles already open, into which Chrome injects no content script', async () => {
    const page = await chromium.newPage();
    await page.goto(server.url('seed-original.html'));
    const extensionId = await install();
    await page.waitForFunction(() => performance.getEntriesByName('minusma:annotate').length > 0, { timeout: 10_000 });
    const texts = (name: string) => page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
    expect(await texts('minusma-entity-match')).toContain('MINUSMA');
    expect(await texts('minusma-figure-match')).toContain('165');
    const popup = await chromium.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.textContent?.startsWith('MINUSMA coverage'), {
      timeout: 10_000,
    });
    await popup.close();
    await page.close();
  });

  it('runs one detector in a page, however many times it is started there', async () => {
    const extensionId = await install();
    const page = await openRead('seed-original.html');
    const target = await chromium.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(extensionId));
    const worker = await target.worker();
    if (!worker) throw new Error('no background worker');
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, page.url());
    // What the background does in the tabs open at install time, here in a page whose detector Chrome started.
    await worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/news.js'] }), tabId);
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { id: 1, type: 'stepHighlight', data: 1, timestamp: Date.now() }), tabId);
    await page.waitForFunction(() => document.querySelector('minusma-reader-ui'), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // One copy answered: one card, and the page was read once.
    expect(await page.evaluate(() => document.querySelectorAll('minusma-reader-ui').length)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('minusma:annotate').length)).toBe(1);
    await page.close();
  });

  it('goes on reading the articles open across an update, which cuts their copy off', async () => {
    const extensionId = await install();
    const page = await openRead('spa.html');
    // Installing the same extension again is an update.
    expect(await chromium.installExtension(EXTENSION_DIR)).toBe(extensionId);
    await page.waitForFunction(() => performance.getEntriesByName('minusma:annotate').length > 1, { timeout: 10_000 });
    // The new copy reads what arrives next: the old one can no longer reach the background.
    await page.evaluate(() => (window as unknown as { loadMore(n: number): void }).loadMore(1));
    const times = () =>
      page.evaluate(() => [...(CSS.highlights.get('minusma-figure-match') ?? [])].filter((r) => (r as Range).toString() === '687').length);
    await expect.poll(times).toBe(1);
    await page.close();
  });
});
