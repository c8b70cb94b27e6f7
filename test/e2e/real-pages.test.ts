import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightCounts, waitForAnnotation, waitForReading } from '../support/browser';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite({ root: 'test/real-pages', offline: false });

const PAGES = readdirSync('test/real-pages').filter((f) => f.endsWith('.html'));

async function ours(page: Page) {
  return page.evaluate(() => ({
    ui: document.querySelectorAll('minusma-reader-ui').length,
    annotate: performance.getEntriesByName('minusma:annotate').length,
  }));
}

describe('saved pages of real sites', () => {
  it(`stay silent on all ${PAGES.length} of them: no highlight, no UI, only the detection scan`, async () => {
    const page = await suite.browser.context.newPage();
    const noisy: string[] = [];
    for (const file of PAGES) {
      await page.goto(suite.server.url(file), { waitUntil: 'domcontentloaded' });
      await waitForReading(page);
      const counts = await highlightCounts(page);
      const state = await ours(page);
      if (Object.keys(counts).length > 0 || state.ui > 0 || state.annotate > 0)
        noisy.push(`${file}: ${JSON.stringify({ counts, ...state })}`);
    }
    expect(noisy).toEqual([]);
    await page.close();
  }, 180_000);
});

const COVERAGE = `<p class="minusma-test-insert">MINUSMA, the UN peacekeeping mission in Mali, lowered its flag in Bamako after ten years. Its head, El-Ghassim Wane, thanked the troops.</p>
<p class="minusma-test-insert">Resolution 2690 ended the mandate on 30 June 2023; the mission had about 17,500 personnel and 165 peacekeepers had been killed by hostile acts since July 2013.</p>`;

const SITES: [file: string, opening: RegExp, container: string][] = [
  ['nytimes-4.html', /<section[^>]*itemprop="articleBody"[^>]*>/, '[itemprop="articleBody"]'],
  ['telegraph.html', /<article itemprop="articleBody"[^>]*>/, 'article[itemprop="articleBody"]'],
  ['citylab-1.html', /<article class="l-article[^>]*>/, 'article.l-article'],
  ['wapo-1.html', /<article>/, 'article'],
];

describe('real layouts with MINUSMA coverage put into their article container', () => {
  it.each(SITES)('%s: annotates the article text only', async (file, opening, container) => {
    const page = await suite.browser.context.newPage();
    await page.route(suite.server.url(file), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const match = opening.exec(html);
      if (!match) throw new Error(`no article container in ${file}`);
      await route.fulfill({ response, body: html.replace(match[0], `${match[0]}${COVERAGE}`) });
    });
    await page.goto(suite.server.url(file), { waitUntil: 'domcontentloaded' });
    await waitForAnnotation(page);
    const placed = await page.evaluate((selector) => {
      const out = { inserted: [] as string[], elsewhere: [] as string[] };
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('minusma-')) continue;
        for (const r of highlight) {
          const el = (r as Range).startContainer.parentElement;
          if (el?.closest('.minusma-test-insert')) out.inserted.push((r as Range).toString());
          else if (!el?.closest(selector) || el.closest('header, nav, footer, aside')) out.elsewhere.push((r as Range).toString());
        }
      }
      return out;
    }, container);
    expect(placed.elsewhere).toEqual([]);
    expect(placed.inserted).toEqual(
      expect.arrayContaining(['MINUSMA', 'El-Ghassim Wane', 'Resolution 2690', '30 June 2023', '17,500', '165', 'July 2013']),
    );
    await page.close();
  });
});
