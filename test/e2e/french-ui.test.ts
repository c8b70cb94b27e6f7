import { describe, expect, it } from 'vitest';
import { tabIdOf, waitForAnnotation } from '../support/browser';
import { cardText } from '../support/card';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite({ locale: 'fr' });

describe('with a French browser', () => {
  it('speaks French in the popup, the card and the options page', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('seed-retranslated.html'));
    await waitForAnnotation(page);
    const tabId = await tabIdOf(suite.browser.worker, page);
    const popup = await suite.browser.openPopup(tabId);
    await expect.poll(() => popup.getByTestId('verdict').textContent()).toMatch(/^Article sur la MINUSMA \(confiance \d+ %\)$/);
    expect(await popup.getByTestId('drift').textContent()).toContain('Écarts avec les faits de référence');
    expect(await popup.locator('.signals').textContent()).toMatch(/^Indices : sigle MINUSMA \(\d+×\), .*casques bleus/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    await popup
      .getByRole('button', { name: /Asimi Goita/ })
      .first()
      .click();
    await expect
      .poll(() => cardText(page))
      .toMatch(/^Variante orthographique Asimi Goita.*Écrit « Asimi Goita » ; l’orthographe de référence est Assimi Goïta/);
    // The facts have French words too, with French dates, periods and numbers around them.
    await popup.getByRole('button', { name: /2,250/ }).first().click();
    await expect.poll(() => cardText(page)).toContain('plus de 2\u202f250 militaires des pays contributeurs qui se retirent');
    // The background's explanation too: its service worker words the facts in the same language as the card.
    expect(await cardText(page)).toContain(
      'Conforme au chiffre de référence : plus de 2\u202f250 militaires des pays contributeurs qui se retirent.',
    );
    // Its period on a line of its own, said once.
    expect(await cardText(page)).toContain('Valable : janvier 2023');
    expect(await cardText(page)).not.toContain('(janvier 2023)');
    // In the reader's language on an English page: screen readers read it out in French.
    const cardLanguage = await page.evaluate(
      () => document.querySelector('minusma-reader-ui')?.shadowRoot?.querySelector('.card')?.getAttribute('lang') ?? null,
    );
    expect(cardLanguage).toBe('fr');
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').textContent()).toBe('Faits de référence');
    const diop = options.locator('[data-fact-id="person.diop"]');
    expect(await diop.locator('.tag').first().textContent()).toBe('personne');
    expect(await diop.textContent()).toContain('Ministre des Affaires étrangères du Mali');
    expect(await diop.locator('.sources').textContent()).toMatch(/\(lu le \d{1,2}(?:er)? [a-zéû]+ \d{4}\)/);
    // Named as French names it, with a period open at one end as French says it.
    const council = options.locator('[data-fact-id="body.security-council"]');
    expect(await council.textContent()).toContain('Conseil de sécurité des Nations unies');
    expect(await options.locator('[data-fact-id="mission.minusca"]').textContent()).toContain('depuis le 10 avril 2014');
    await options.close();
    await popup.close();
    await page.close();
  });
});
