import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAINT_SPAN } from '../../lib/page/painter';
import { highlightCounts, highlightTexts, tabIdOf, waitForAnnotation } from '../support/browser';
import { cardText } from '../support/card';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite();

const COVERAGE = 'MINUSMA, the UN force in Mali, said 165 peacekeepers had been killed since July 2013.';

/** Serves generated HTML at a path of the test server, with a page script that counts its own ticks. */
async function openGenerated(path: string, body: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.route(suite.server.url(path), (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stress</title>
<script>window.ticks = 0; setInterval(() => window.ticks++, 20);</script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(suite.server.url(path));
  return page;
}

async function pageStillRuns(page: Page): Promise<boolean> {
  const before = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
  await page.waitForTimeout(200);
  return (await page.evaluate(() => (window as unknown as { ticks: number }).ticks)) > before;
}

describe('pages built to strain the extension', () => {
  it('50,000 text nodes of coverage: annotated, and the page keeps running', async () => {
    const spans = Array.from({ length: 25_000 }, (_, i) => `<span>Update:</span> ${i % 50 === 0 ? COVERAGE : 'more news'}`).join('<br>');
    const page = await openGenerated('many-nodes.html', `<article><p>${COVERAGE}</p>${spans}</article>`);
    await waitForAnnotation(page);
    // Every copy is read (two figures each), though only those around the viewport are painted at a time.
    const popup = await suite.browser.openPopup(await tabIdOf(suite.browser.worker, page));
    await expect.poll(() => popup.getByTestId('figure-count').textContent()).toBe(String(501 * 2));
    await popup.close();
    expect(await highlightTexts(page, 'minusma-figure-match')).toContain('165');
    expect(await pageStillRuns(page)).toBe(true);
    await page.close();
  });

  it('a single 2 MB text node and 3,000 levels of nesting', async () => {
    const huge = `${COVERAGE} ${'Lorem ipsum dolor sit amet. '.repeat(70_000)} ${COVERAGE}`;
    const deep = `${'<div>'.repeat(3000)}${COVERAGE}${'</div>'.repeat(3000)}`;
    const page = await openGenerated('huge.html', `<article><p>${huge}</p>${deep}</article>`);
    await waitForAnnotation(page);
    expect((await highlightTexts(page, 'minusma-entity-match')).filter((t) => t === 'MINUSMA').length).toBe(3);
    expect(await pageStillRuns(page)).toBe(true);
    await page.close();
  });

  it('20,000 highlights: paints the ones around the viewport, follows the scroll, and the popup counts them all', async () => {
    const paragraphs = Array.from({ length: 4_000 }, (_, i) => `<p id="p${i}">${COVERAGE}</p>`).join('');
    const page = await openGenerated('many-highlights.html', `<article>${paragraphs}</article>`);
    await waitForAnnotation(page);
    const painted = () => page.evaluate(() => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0));
    const paintedIn = (id: string) =>
      page.evaluate(
        (p) => [...CSS.highlights].some(([, h]) => [...h].some((r) => (r as Range).startContainer.parentElement?.id === p)),
        id,
      );
    // Chrome repaints every registered range on each change: only a window of them is registered at a time.
    expect(await painted()).toBeGreaterThanOrEqual(PAINT_SPAN);
    expect(await painted()).toBeLessThanOrEqual(2 * PAINT_SPAN);
    expect(await paintedIn('p0')).toBe(true);
    expect(await paintedIn('p3999')).toBe(false);
    await page.evaluate(() => document.getElementById('p3999')?.scrollIntoView());
    await expect.poll(() => paintedIn('p3999')).toBe(true);
    expect(await paintedIn('p0')).toBe(false);
    // Back at the top, the first paragraph's highlights are painted again, over the same words.
    await page.evaluate(() => document.getElementById('p0')?.scrollIntoView());
    await expect.poll(() => paintedIn('p0')).toBe(true);
    const first = await page.evaluate(() =>
      [...CSS.highlights]
        .flatMap(([, h]) => [...h].filter((r) => (r as Range).startContainer.parentElement?.id === 'p0').map(String))
        .sort(),
    );
    expect(first).toEqual(['165', 'July 2013', 'MINUSMA', 'Mali', 'UN']);
    const popup = await suite.browser.openPopup(await tabIdOf(suite.browser.worker, page));
    await expect.poll(() => popup.getByTestId('figure-count').textContent()).toBe('8000');
    await popup.close();
    await page.close();
  });

  it('20,000 highlights: a card far down the page opens, and text edited where nothing was painted is read again', async () => {
    const paragraphs = Array.from({ length: 4_000 }, (_, i) => `<p id="p${i}">${COVERAGE}</p>`).join('');
    const page = await openGenerated('many-highlights-edit.html', `<article>${paragraphs}</article>`);
    await waitForAnnotation(page);
    const tabId = await tabIdOf(suite.browser.worker, page);
    await suite.browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 1, type: 'revealItem', data: 19_998, timestamp: Date.now() }),
      tabId,
    );
    await expect.poll(() => cardText(page)).toMatch(/^Matches 165/);
    expect(await page.evaluate(() => document.getElementById('p3999')?.getBoundingClientRect().top ?? -1)).toBeGreaterThanOrEqual(0);
    // The middle of the page was never painted: its text is edited, and the new figure is read where it stands.
    await page.evaluate(() => {
      const p = document.getElementById('p2000')?.firstChild as Text;
      p.data = p.data.replace('165', '166');
    });
    await page.evaluate(() => document.getElementById('p2000')?.scrollIntoView());
    const conflicts = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('minusma-figure-conflict') ?? [])].map((r) => `${(r as Range).startContainer.parentElement?.id} ${r}`),
      );
    await expect.poll(conflicts).toEqual(['p2000 166']);
    const popup = await suite.browser.openPopup(tabId);
    await expect.poll(() => popup.getByTestId('figure-count').textContent()).toBe('8000');
    await popup.close();
    await page.close();
  });

  it('leaves shadow roots and iframes of a coverage page alone', async () => {
    const page = await openGenerated(
      'shadow.html',
      `<article><p>${COVERAGE}</p><div id="host"></div><iframe srcdoc="<p>${COVERAGE}</p>"></iframe></article>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>MINUSMA in a shadow root, 687 injured.</p>';</script>`,
    );
    await waitForAnnotation(page);
    const texts = Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0);
    expect(texts).toBe(5);
    expect(await highlightTexts(page, 'minusma-figure-match')).not.toContain('687');
    const frameHighlights = await page.frames()[1]?.evaluate(() => CSS.highlights.size);
    expect(frameHighlights).toBe(0);
    await page.close();
  });
});
