import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightTexts, waitForAnnotation } from '../support/browser';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite();

function storedOverlay(): Promise<unknown> {
  return suite.browser.worker.evaluate(async () => (await chrome.storage.local.get('factOverlay')).factOverlay ?? null);
}

// With 165 killed edited to 156, the seed article shows its 165 as a conflict until the facts are reset.
async function expectConflictUntilReset(options: Page): Promise<void> {
  const article = await suite.browser.context.newPage();
  await article.goto(suite.server.url('seed-original.html'));
  await waitForAnnotation(article);
  expect(await highlightTexts(article, 'minusma-figure-conflict')).toEqual(['165']);
  await options.bringToFront();
  await options.getByRole('button', { name: 'Reset to shipped facts…' }).click();
  await options.getByTestId('confirm-reset').click();
  await expect.poll(() => storedOverlay()).toEqual({ upserts: {}, deletions: [] });
  await expect.poll(() => highlightTexts(article, 'minusma-figure-conflict')).toEqual([]);
  await article.close();
  await options.close();
}

describe('the options page', () => {
  it('rejects a bad import whole, lists each problem, and changes nothing', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    const count = await options.getByTestId('fact-count').textContent();
    const bad = { version: '1.0.0', entities: [], dates: [], figures: [{ id: 'x.y', value: 'lots' }] };
    await options
      .getByTestId('import')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => options.getByTestId('issues').textContent()).toContain('figures[0].value: expected a number');
    expect(await options.getByTestId('import-status').textContent()).toBe('bad.json was not imported; your facts are unchanged.');
    expect(await options.getByTestId('fact-count').textContent()).toBe(count);
    expect(await storedOverlay()).toBeNull();
    await options.close();
  });

  it('edits a figure, and the article then shows the conflict', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByTestId('search').fill('killed by hostile acts since');
    await options.getByRole('button', { name: /^Edit 165 peacekeepers killed/ }).click();
    const value = options.getByLabel('Value');
    await value.fill('many');
    await expect.poll(() => options.getByText('Value: expected a number').count()).toBe(1);
    await value.fill('156');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => JSON.stringify(await storedOverlay())).toContain('"value":156');
    await expect.poll(() => options.locator('[data-fact-id="minusma.casualties.killed-2023"] .status-edited').count()).toBe(1);

    await expectConflictUntilReset(options);
  });

  it('exports the facts as a file that imports back, and an edit made in that file reaches the article', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    const count = await options.getByTestId('fact-count').textContent();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('minusma-facts.json');
    const pack = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { figures: { id: string; value: number }[] };
    const killed = pack.figures.find((f) => f.id === 'minusma.casualties.killed-2023');
    expect(killed?.value).toBe(165);
    if (killed) killed.value = 156;
    await options
      .getByTestId('import')
      .setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect.poll(() => options.getByTestId('import-status').textContent()).toBe('Imported edited.json.');
    expect(await options.getByTestId('fact-count').textContent()).toBe(count);
    await expect.poll(async () => JSON.stringify(await storedOverlay())).toContain('"value":156');

    await expectConflictUntilReset(options);
  });
});
