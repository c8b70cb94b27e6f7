import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The built Chrome extension. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** Debian's Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A Chromium profile with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that left for somewhere other than 127.0.0.1 or the extension. */
  foreignRequests: string[];
  openPopup(tabId?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Launches headless Chromium with the built extension in a fresh temporary profile, offline. */
export async function launchWithExtension(options: { headless?: boolean; locale?: string } = {}): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'minusma-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1200, height: 900 },
    ...(options.locale
      ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}_FR.UTF-8` } }
      : {}),
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    foreignRequests,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id Chrome gave a page. The extension holds no `tabs` permission, so it cannot read tab
 * URLs: bring the page to the front and ask for the active tab instead.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Counts of Ranges per `minusma-*` highlight, read in the page's own world. */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('minusma-')) out[name] = highlight.size;
    return out;
  });
}

/** The texts a highlight covers, in document order. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

/** Waits until the content script has finished its pass (the detect measure is recorded). */
export async function waitForReading(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('minusma:detect').length > 0, undefined, { timeout: 10_000 });
}

/** Waits until the content script has painted a coverage page (the annotate measure is recorded). */
export async function waitForAnnotation(page: Page, times = 1): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('minusma:annotate').length >= n, times, { timeout: 10_000 });
}
