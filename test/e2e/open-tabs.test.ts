import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR } from '../support/browser';
import { type PageServer, servePages } from '../support/server';

// Playwright loads an extension only at launch; puppeteer can install one into a running Chromium.
let chromium: Browser;
let server: PageServer;
let profile: string;

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

describe('installing the extension', () => {
  it('reads the articles already open, into which Chrome injects no content script', async () => {
    const page = await chromium.newPage();
    await page.goto(server.url('seed-original.html'));
    const extensionId = await chromium.installExtension(EXTENSION_DIR);
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
  });
});
