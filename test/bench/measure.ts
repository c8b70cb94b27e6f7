import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import { busyDuring, longestTask, traceTasks } from './tasks';

/** Figures of one run on one page, in milliseconds. */
export interface Run {
  /** A walk of the text nodes once the extension has read the page: their strings are warm by then. */
  walkAfterUsMs: number;
  detectMs: number;
  annotateMs: number | null;
  /** How long the page's main thread was busy during annotation. */
  annotateMainMs: number | null;
  /** How many results the first pass holds. */
  results: number | null;
  longestTaskMs: number;
  clearMs: number | null;
  /** The page's own DOM work once annotated (see pageDomWork). */
  domMs: number | null;
}

async function measures(page: Page): Promise<Record<string, [number, number, number | null][]>> {
  return page.evaluate(() => {
    const out: Record<string, [number, number, number | null][]> = {};
    for (const e of performance.getEntriesByType('measure') as PerformanceMeasure[]) {
      if (!e.name.startsWith('minusma:')) continue;
      const results = (e.detail as { results?: number } | null)?.results ?? null;
      out[e.name] = [...(out[e.name] ?? []), [e.startTime, e.duration, results]];
    }
    return out;
  });
}

/** The cost of walking a loaded page's text nodes once, in the page's own world. */
export function walkText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) length += (node as Text).data.length;
    const ms = performance.now() - start;
    return length >= 0 ? ms : -1;
  });
}

/**
 * The page's own DOM work: 3,000 paragraphs added at the top of the article and removed again. Every
 * live Range in the document is updated on each change, so a highlighter that holds many makes the
 * page's own scripts slower.
 */
export function pageDomWork(page: Page): Promise<number> {
  return page.evaluate(() => {
    const story = document.getElementById('story') as HTMLElement;
    const start = performance.now();
    for (let i = 0; i < 3000; i++) {
      const p = document.createElement('p');
      p.textContent = 'Breaking';
      story.prepend(p);
      p.remove();
    }
    return performance.now() - start;
  });
}

/** Loads a page with the extension and reads its measures; on coverage pages also times clearing. */
export async function runOnce(browser: ExtensionBrowser, url: string, coverage: boolean): Promise<Run> {
  const page = await browser.context.newPage();
  const trace = await traceTasks(browser.context, page);
  // Playwright's own script is evaluated in the page on its first call: made at once, before detection,
  // so it is not counted as one of our tasks; polling every 100 ms adds no frame callbacks.
  await page.goto(url, { timeout: 120_000, waitUntil: 'commit' });
  await page.evaluate(() => 0);
  await page.waitForFunction((c) => performance.getEntriesByName(c ? 'minusma:names' : 'minusma:detect').length > 0, coverage, {
    timeout: 120_000,
    polling: 100,
  });
  const events = await trace.stop();
  const longestTaskMs = longestTask(events);
  const m = await measures(page);
  const walkAfterUsMs = await walkText(page);
  let clearMs: number | null = null;
  let domMs: number | null = null;
  if (coverage) {
    domMs = await pageDomWork(page);
    await browser.worker.evaluate(() => chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
    await page.waitForFunction(() => performance.getEntriesByName('minusma:clear').length > 0, undefined, { timeout: 60_000 });
    await browser.worker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
    clearMs = (await measures(page))['minusma:clear']?.[0]?.[1] ?? null;
  }
  const run: Run = {
    walkAfterUsMs,
    detectMs: m['minusma:detect']?.[0]?.[1] ?? Number.NaN,
    annotateMs: m['minusma:annotate']?.[0]?.[1] ?? null,
    annotateMainMs: busyDuring(events, 'minusma:annotate'),
    results: m['minusma:annotate']?.[0]?.[2] ?? null,
    longestTaskMs,
    clearMs,
    domMs,
  };
  await page.close();
  return run;
}

const PEERS = {
  'advanced-mark.js': readFileSync('node_modules/advanced-mark.js/dist/mark.min.js', 'utf8'),
  'mark.js': readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8'),
};

// Each peer as a careful user would call it: advanced-mark.js compiles all names into one pattern
// (one walk of the page); mark.js has no such option and walks the page once per name.
const OPTIONS: Record<keyof typeof PEERS, object> = {
  'advanced-mark.js': { separateWordSearch: false, accuracy: 'exactly', combinePatterns: Number.POSITIVE_INFINITY },
  'mark.js': { separateWordSearch: false, accuracy: 'exactly' },
};

/**
 * Time a peer library takes to highlight the same names on a fresh copy of the page, in a browser
 * without the extension: ours would otherwise read every <mark> the peer inserts.
 */
export async function peerMs(browser: Browser, url: string, peer: keyof typeof PEERS, terms: string[]): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ content: PEERS[peer] });
  const ms = await page.evaluate(
    ([words, options]) =>
      new Promise<number>((resolve) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark(t: string[], o: object): void } }).Mark;
        const start = performance.now();
        new Mark(document.getElementById('story') as Element).mark(words, { ...options, done: () => resolve(performance.now() - start) });
      }),
    [terms, OPTIONS[peer]] as const,
  );
  await page.close();
  return ms;
}

/** Heap growth of the page (with the extension's isolated world) over 100 load-more insertions, after GC. */
export async function heapGrowth(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('minusma:annotate').length > 0, undefined, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  const cdp = await browser.context.newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await used();
  for (let i = 0; i < 100; i++) {
    await page.evaluate(() => (window as unknown as { loadMore(n: number): void }).loadMore(1));
    await page.waitForTimeout(5);
  }
  await page.waitForTimeout(1500);
  const after = await used();
  await page.close();
  return after - before;
}

// A fresh copy of the page in a browser without the extension, measured once.
async function onFreshCopy(browser: Browser, url: string, measure: (page: Page) => Promise<number>): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(url, { timeout: 120_000 });
  const ms = await measure(page);
  await page.close();
  return ms;
}

/**
 * The bare cost of walking the page's text nodes once: a walk of a fresh copy of the page in a browser without the
 * extension, the baseline every figure is compared with. A walk after the extension has read the page is cheaper
 * (its text's strings are already made for script), so it is no bare cost.
 */
export function bareWalk(browser: Browser, url: string): Promise<number> {
  return onFreshCopy(browser, url, walkText);
}

/** The page's own DOM work (see pageDomWork) on a fresh copy of the page in a browser without the extension. */
export function bareDomMs(browser: Browser, url: string): Promise<number> {
  return onFreshCopy(browser, url, pageDomWork);
}
