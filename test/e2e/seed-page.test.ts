import { describe, expect, it } from 'vitest';
import { highlightCounts, highlightTexts, tabIdOf, waitForAnnotation, waitForReading } from '../support/browser';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite();

describe('the original seed article', () => {
  it('highlights the mission, the people and every figure of the report', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('seed-original.html'));
    await waitForAnnotation(page);
    const entities = await highlightTexts(page, 'minusma-entity-match');
    expect(entities).toEqual(
      expect.arrayContaining([
        'MINUSMA',
        'Abdoulaye Diop',
        'Antonio Guterres',
        'Richard Mills',
        'Assimi Goita',
        'Coordination of Movements of Azawad',
      ]),
    );
    const figures = await highlightTexts(page, 'minusma-figure-match');
    expect(figures).toEqual(expect.arrayContaining(['17,500', '165', '687', '2,250', '3,680', '2,000', 'nine', 'July 2013']));
    expect(await highlightTexts(page, 'minusma-figure-conflict')).toEqual([]);
    const measures = await page.evaluate(() =>
      ['minusma:detect', 'minusma:annotate'].map((n) => performance.getEntriesByName(n, 'measure').length),
    );
    // One detection; one annotation pass, and one more once the name finder has read the page.
    expect(measures[0]).toBe(1);
    expect(measures[1]).toBeGreaterThanOrEqual(1);
    // The pass says how many results it holds: every highlight but the names the finder adds later.
    const [results, painted] = await page.evaluate(() => [
      (performance.getEntriesByName('minusma:annotate', 'measure')[0] as PerformanceMeasure).detail?.results,
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('minusma-') && name !== 'minusma-entity-unknown')
        .reduce((n, [, h]) => n + h.size, 0),
    ]);
    expect(results).toBe(painted);
    expect(painted).toBeGreaterThan(20);
    await page.close();
  });

  it('leaves the page chrome, the read-also line and the comment box alone', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('seed-original.html'));
    await waitForAnnotation(page);
    const outside = await page.evaluate(() => {
      const chrome = [...document.querySelectorAll('header, nav, aside, footer, textarea, input, .comments')];
      let count = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('minusma-')) continue;
        for (const range of highlight) if (chrome.some((el) => el.contains((range as Range).startContainer))) count++;
      }
      return count;
    });
    expect(outside).toBe(0);
    const texts = Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0);
    expect(texts).toBeGreaterThan(60);
    await page.close();
  });

  it('shows no badge when nothing drifts, and the popup counts every highlight', async () => {
    const page = await suite.browser.context.newPage();
    const url = suite.server.url('seed-original.html');
    await page.goto(url);
    await waitForAnnotation(page);
    const total = Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0);
    const tabId = await tabIdOf(suite.browser.worker, page);
    await expect.poll(() => suite.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    const popup = await suite.browser.openPopup(tabId);
    await expect.poll(() => popup.getByTestId('verdict').textContent()).toMatch(/^MINUSMA coverage/);
    const entities = Number(await popup.getByTestId('entity-count').textContent());
    const figures = Number(await popup.getByTestId('figure-count').textContent());
    expect(entities + figures).toBe(total);
    expect(figures).toBeGreaterThanOrEqual(18);
    // One row for the minister however the report names him, with every place it does.
    const diop = popup.getByTestId('item-row').filter({ hasText: 'Diop' });
    expect(await diop.allTextContents()).toEqual(['Matches Abdoulaye Diop, Diop ×7 — Abdoulaye Diop — Foreign Minister of Mali']);
    await popup.close();
    await page.close();
  });
});

describe('a page that is not MINUSMA coverage', () => {
  it('leaves coverage in a language it does not read alone, and its popup says why', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('german.html'));
    await waitForReading(page);
    expect(await highlightCounts(page)).toEqual({});
    const popup = await suite.browser.openPopup(await tabIdOf(suite.browser.worker, page));
    await expect.poll(() => popup.getByTestId('verdict').textContent()).toBe('MINUSMA coverage in another language');
    expect(await popup.locator('main').textContent()).toContain('reads articles in English and French');
    await popup.close();
    await page.close();
  });

  it('gets no highlight, no badge, and a popup that says so', async () => {
    const page = await suite.browser.context.newPage();
    const url = suite.server.url('not-coverage.html');
    await page.goto(url);
    await waitForReading(page);
    expect(await highlightCounts(page)).toEqual({});
    expect(await page.evaluate(() => performance.getEntriesByName('minusma:annotate').length)).toBe(0);
    const tabId = await tabIdOf(suite.browser.worker, page);
    expect(await suite.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    const popup = await suite.browser.openPopup(tabId);
    await expect.poll(() => popup.getByTestId('verdict').textContent()).toBe('Not MINUSMA coverage');
    expect(await popup.locator('main').textContent()).toContain('it leaves this page as it is');
    await popup.close();
    await page.close();
  });
});
