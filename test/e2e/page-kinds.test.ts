import { describe, expect, it } from 'vitest';
import { highlightCounts, highlightTexts, tabIdOf, waitForAnnotation } from '../support/browser';
import { cardText } from '../support/card';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite();

async function open(path: string) {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(path));
  return page;
}

function allHighlightTexts(page: Awaited<ReturnType<typeof open>>): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('minusma-') ? [...h].map((r) => (r as Range).toString()) : [])),
  );
}

describe('a French article', () => {
  it('matches French names, separators, number words and dates', async () => {
    const page = await open('french.html');
    await waitForAnnotation(page);
    expect(await highlightTexts(page, 'minusma-figure-match')).toEqual(
      expect.arrayContaining([
        '30 juin 2023',
        '17\u00a0500',
        '2\u00a0250',
        'quatre',
        '165',
        '687',
        'juillet 2013',
        'trois',
        '25 avril 2013',
      ]),
    );
    expect(await highlightTexts(page, 'minusma-entity-match')).toEqual(
      expect.arrayContaining([
        'Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali',
        'Minusma',
        'résolution 2690',
        'El-Ghassim Wane',
      ]),
    );
    expect(await highlightTexts(page, 'minusma-figure-conflict')).toEqual([]);
    // The dateline is the page's own date, not one the article reports; a `<time>` inside a sentence is read.
    expect(await allHighlightTexts(page)).not.toContain('11 décembre 2023');
    // Checked against the facts' French names, which the popup gives even in an English browser.
    const popup = await suite.browser.openPopup(await tabIdOf(suite.browser.worker, page));
    const resolution = popup.getByTestId('item-row').filter({ hasText: 'résolution 2690' });
    await expect.poll(() => resolution.locator('.canonical').textContent()).toMatch(/^ — résolution 2690 du Conseil de sécurité/);
    await resolution.click();
    await expect.poll(() => cardText(page)).toContain('résolution 2690 du Conseil de sécurité');
    await popup.close();
    await page.close();
  });
});

describe('an article laid out as news sites lay them out', () => {
  it('reads its paragraphs and captions, not its lists of related stories, its “read also” lines or its buttons', async () => {
    const page = await open('news-layout.html');
    await waitForAnnotation(page);
    await page.waitForFunction(() => performance.getEntriesByName('minusma:names').length > 0);
    const read = await allHighlightTexts(page);
    // The caption, the paragraphs and a paragraph that only starts with “Related” are the article's.
    expect(read).toEqual(expect.arrayContaining(['Gao', '2019', '13,000', 'Abdoulaye Diop', '300']));
    expect(read.filter((text) => text === 'MINUSMA').length).toBe(5);
    // The related stories, the read-also lines (English and French) and the share buttons are not.
    for (const text of ['165', '1,500', '2025', '2 000', 'Twitter', '17,500']) expect(read).not.toContain(text);
    await page.close();
  });
});

describe('an article split across inline elements, comments and invisible characters', () => {
  it('matches across the splits and skips code, editable boxes and SVG', async () => {
    const page = await open('split-inline.html');
    await waitForAnnotation(page);
    const entities = await highlightTexts(page, 'minusma-entity-match');
    expect(entities).toEqual(
      // Annadif comes after code nested at the end of a paragraph: the walk leaves the code and goes on.
      expect.arrayContaining([
        'Abdoulaye Diop',
        'MINUSMA',
        'Gu\u00adterres',
        'Assimi\u200b Goïta',
        'Richard Mills',
        'Mahamat Saleh Annadif',
      ]),
    );
    expect(await highlightTexts(page, 'minusma-figure-match')).toEqual(expect.arrayContaining(['165', '687', 'July 2013', '17\u202f500']));
    const inside = await page.evaluate(() =>
      [...CSS.highlights].flatMap(([, h]) =>
        [...h].filter((r) => (r as Range).startContainer.parentElement?.closest('pre, code, [contenteditable], svg')),
      ),
    );
    expect(inside).toEqual([]);
    // The composer's surname is his, not the Wagner Group's, once the tagger has found his name.
    await expect.poll(() => highlightTexts(page, 'minusma-entity-unknown')).toEqual(['Martha Pobee', 'Richard Wagner']);
    expect(await highlightTexts(page, 'minusma-entity-match')).toEqual(expect.arrayContaining(['Wagner Group']));
    expect(await highlightTexts(page, 'minusma-entity-match')).not.toContain('Wagner');
    // The name the tagger found later takes its place in text order: stepping reaches it between
    // the figure before it and the UN after it.
    const tabId = await tabIdOf(suite.browser.worker, page);
    const cards: string[] = [];
    for (let i = 0; i < 30 && !cards.some((c) => c.includes('Martha Pobee')); i++) {
      const before = await cardText(page);
      await suite.browser.worker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { id: 1, type: 'stepHighlight', data: 1, timestamp: Date.now() }),
        tabId,
      );
      await expect.poll(() => cardText(page)).not.toBe(before);
      cards.push((await cardText(page)) ?? '');
    }
    expect(cards.at(-2)).toMatch(/17.500/);
    await page.keyboard.press('Escape');
    await suite.browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 1, type: 'stepHighlight', data: 1, timestamp: Date.now() }),
      tabId,
    );
    await expect.poll(() => cardText(page)).toMatch(/^Matches UN/);
    await page.close();
  });
});

describe('a single-page app', () => {
  it('annotates an article that arrives after load while a clock ticks, keeps up as it grows, and re-reads after navigation', async () => {
    const page = await open('spa.html');
    await waitForAnnotation(page);
    expect(await highlightTexts(page, 'minusma-figure-match')).toEqual(expect.arrayContaining(['165', 'July 2013', '17,500', 'three']));
    for (let i = 0; i < 100; i++) await page.evaluate(() => (window as unknown as { loadMore(n: number): void }).loadMore(1));
    await expect
      .poll(async () => (await highlightTexts(page, 'minusma-figure-match')).filter((t) => t === '687').length, { timeout: 10_000 })
      .toBe(100);
    const diop = (await highlightTexts(page, 'minusma-entity-match')).filter((t) => t === 'Abdoulaye Diop');
    expect(diop.length).toBe(100);
    await page.evaluate(() => (window as unknown as { goElsewhere(): void }).goElsewhere());
    await expect.poll(() => highlightCounts(page), { timeout: 5000 }).toEqual({});
    await page.close();
  });

  it('reads a body swapped in whole, as Turbo does, and the text added to it later', async () => {
    const count687 = async (page: Awaited<ReturnType<typeof open>>) =>
      (await highlightTexts(page, 'minusma-figure-match')).filter((t) => t === '687').length;
    // The page is not coverage until its body is swapped for one that is.
    const page = await open('spa.html?swap');
    await waitForAnnotation(page);
    expect(await highlightTexts(page, 'minusma-entity-match')).toContain('El-Ghassim Wane');
    await page.evaluate(() => (window as unknown as { loadMore(n: number): void }).loadMore(2));
    await expect.poll(() => count687(page)).toBe(2);
    // Swapped again while it is read: the old body's highlights go, the new body's text is read as it grows.
    await page.evaluate(() => (window as unknown as { swapBody(): void }).swapBody());
    await expect.poll(() => count687(page)).toBe(0);
    await expect.poll(() => highlightTexts(page, 'minusma-entity-match')).toContain('El-Ghassim Wane');
    // The new body's names no fact covers are tagged too, not only the first body's.
    await expect.poll(() => highlightTexts(page, 'minusma-entity-unknown')).toEqual(['Martha Pobee']);
    await page.evaluate(() => (window as unknown as { loadMore(n: number): void }).loadMore(1));
    await expect.poll(() => count687(page)).toBe(1);
    await page.close();
  });
});

describe('a hostile page', () => {
  it('cannot run script through the extension, read or hide its card, or drive it with postMessage or forged events', async () => {
    const page = await open('hostile.html');
    await waitForAnnotation(page);
    const texts = await allHighlightTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['MINUSMA', 'Abdoulaye Diop', '165', '156']));
    expect(await highlightTexts(page, 'minusma-figure-conflict')).toEqual(['156']);
    // The page has been pointing a synthetic pointer at a highlight: no card opens for it.
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(() => (window as unknown as { __pointed: number }).__pointed)).toBeGreaterThan(3);
    expect(await cardText(page)).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __spoofs: number }).__spoofs)).toBeGreaterThan(0);
    const tabId = await tabIdOf(suite.browser.worker, page);
    await suite.browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 1, type: 'stepHighlight', data: 1, timestamp: Date.now() }),
      tabId,
    );
    await expect.poll(() => cardText(page)).toContain('MINUSMA');
    const visible = await page.evaluate(() => {
      const card = document.querySelector('minusma-reader-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
      const rect = card?.getBoundingClientRect();
      return card ? getComputedStyle(card).display !== 'none' && (rect?.width ?? 0) > 50 : false;
    });
    expect(visible).toBe(true);
    const state = await page.evaluate(() => ({
      cardRoot: (window as unknown as { __cardRoot?: string }).__cardRoot,
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      alive: (window as unknown as { __pageAlive(): boolean }).__pageAlive(),
    }));
    expect(state).toEqual({ cardRoot: 'closed', pwned: undefined, alive: true });
    // The page replayed the extension's start-up notices: the reading is still there.
    expect(await page.evaluate(() => (window as unknown as { __replays: number }).__replays)).toBeGreaterThan(0);
    expect(await highlightTexts(page, 'minusma-figure-conflict')).toEqual(['156']);
    // It also forged a navigation every 50 ms: the page never moved, so it was read once.
    const passes = await page.evaluate(() => ({
      navigations: (window as unknown as { __navigations: number }).__navigations,
      annotated: performance.getEntriesByName('minusma:annotate').length,
    }));
    expect(passes.navigations).toBeGreaterThan(10);
    expect(passes.annotated).toBe(1);
    await page.close();
  });
});
