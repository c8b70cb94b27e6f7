import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { tabIdOf, waitForAnnotation } from '../support/browser';
import { cardText, exposeCardRoot } from '../support/card';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite();

describe('accessibility (axe-core, serious and critical)', () => {
  it('the popup, with its drift report, has no violations', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('seed-retranslated.html'));
    await waitForAnnotation(page);
    const popup = await suite.browser.openPopup(await tabIdOf(suite.browser.worker, page));
    await popup.getByTestId('drift').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the options page, with the form open, has no violations', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByTestId('fact-list').waitFor();
    await options.getByRole('button', { name: 'Figure' }).click();
    await options.getByTestId('fact-form').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('an open card has no violations, and the keyboard reaches its source link', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('seed-original.html'));
    await waitForAnnotation(page);
    const tabId = await tabIdOf(suite.browser.worker, page);
    await suite.browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 1, type: 'revealItem', data: 3, timestamp: Date.now() }),
      tabId,
    );
    await expect.poll(() => cardText(page)).not.toBeNull();
    expect(await seriousViolations(page, 'minusma-reader-ui')).toEqual([]);
    await page.keyboard.press('Tab');
    await exposeCardRoot(page);
    const focused = await page.evaluate(() => document.querySelector('minusma-reader-ui')?.shadowRoot?.activeElement?.tagName);
    expect(['A', 'BUTTON']).toContain(focused);
    await page.close();
  });
});
