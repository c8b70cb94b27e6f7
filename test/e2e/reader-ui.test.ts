import { describe, expect, it } from 'vitest';
import { highlightCounts, tabIdOf, waitForAnnotation } from '../support/browser';
import { cardText, rangeCentre } from '../support/card';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite();

async function openArticle(path: string) {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(path));
  await waitForAnnotation(page);
  return page;
}

const badge = (tabId: number) => suite.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('cards', () => {
  it('opens on hover with the canonical fact, its date and source, and closes on Escape', async () => {
    const page = await openArticle('seed-original.html');
    const pageSize = () => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    const before = await pageSize();
    const { x, y } = await rangeCentre(page, 'minusma-figure-match', '165');
    await page.mouse.move(x, y);
    await expect.poll(() => cardText(page)).toMatch(/^Matches 165.*165 peacekeepers killed by hostile acts since July 2013/);
    // The card floats over the page: the page is no longer or wider for it.
    expect(await pageSize()).toEqual(before);
    expect(await cardText(page)).toMatch(/From July 2013 to January 2023.*Only one report gives this/);
    await page.mouse.move(x, y + 30);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  it('steps through highlights from the keyboard command and focuses the card', async () => {
    const page = await openArticle('seed-original.html');
    const tabId = await tabIdOf(suite.browser.worker, page);
    const step = (delta: number) =>
      suite.browser.worker.evaluate(
        ([id, d]) => chrome.tabs.sendMessage(id, { id: 1, type: 'stepHighlight', data: d, timestamp: Date.now() }),
        [tabId, delta] as const,
      );
    await step(1);
    await expect.poll(() => cardText(page)).toMatch(/^Matches Mali/);
    await step(1);
    await expect.poll(() => cardText(page)).toMatch(/^Matches UN/);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('minusma-reader-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    // A page that re-renders its whole document (a framework hydrating it) drops the card's host: the next card brings it back.
    await page.evaluate(() => document.querySelector('minusma-reader-ui')?.remove());
    await step(1);
    await expect.poll(() => cardText(page)).toMatch(/^Matches Mali/);
    await page.close();
  });
});

describe('the popup', () => {
  it('reports the copy’s drift first, and the badge counts it', async () => {
    const page = await openArticle('seed-retranslated.html');
    const tabId = await tabIdOf(suite.browser.worker, page);
    await expect.poll(() => badge(tabId)).toBe('4');
    const popup = await suite.browser.openPopup(tabId);
    const drift = popup.getByTestId('drift');
    await expect.poll(() => drift.textContent()).toContain('“Asimi Goita” — canonical: Assimi Goïta');
    const text = await drift.textContent();
    expect(text).toContain('“Nevenzia” — canonical: Vassily Nebenzia');
    expect(text).toContain('Not in this article: 3,680 uniformed personnel added under the first option');
    await popup
      .getByRole('button', { name: /Asimi Goita/ })
      .first()
      .click();
    await expect
      .poll(() => cardText(page))
      .toMatch(/^Variant spelling Asimi Goita.*Written “Asimi Goita”; the canonical spelling is Assimi Goïta/);
    await popup.close();
    await page.close();
  });

  it('turns the extension off for the site and back on', async () => {
    const page = await openArticle('seed-original.html');
    // Once the names no fact covers are painted too: the page's whole reading.
    await page.waitForFunction(() => performance.getEntriesByName('minusma:names').length > 0);
    const painted = await highlightCounts(page);
    const tabId = await tabIdOf(suite.browser.worker, page);
    const popup = await suite.browser.openPopup(tabId);
    const toggle = popup.getByTestId('site-switch');
    await toggle.uncheck();
    await expect.poll(() => highlightCounts(page)).toEqual({});
    await expect.poll(() => popup.getByTestId('disabled-note').count()).toBe(1);
    const again = await suite.browser.context.newPage();
    await again.goto(suite.server.url('seed-retranslated.html'));
    await again.waitForFunction(() => performance.getEntriesByName('minusma:detect').length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await highlightCounts(again)).toEqual({});
    await toggle.check();
    expect(Object.keys(painted).length).toBeGreaterThan(1);
    await expect.poll(() => highlightCounts(page)).toEqual(painted);
    await again.close();
    await popup.close();
    await page.close();
  });
});
