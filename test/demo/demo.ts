// `npm run demo`: the built extension on the sample article. With a display it opens Chromium and waits until
// you close it; without one (`$DISPLAY` unset) it saves screenshots in demo/ and says where.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { highlightCounts, launchWithExtension, tabIdOf, waitForAnnotation } from '../support/browser';
import { rangeCentre, waitForCard } from '../support/card';
import { servePages } from '../support/server';

const OUT = resolve('demo');

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  const server = await servePages(resolve('test/pages'));
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  await page.goto(server.url('seed-original.html'));
  await waitForAnnotation(page);
  console.log('Highlights on the sample article:', await highlightCounts(page));
  const { x, y } = await rangeCentre(page, 'minusma-figure-match', '165');
  await page.mouse.move(x, y);
  await waitForCard(page);
  console.log('A card is open on “165”.');
  // The same report run through a translator and back: its misspelt names and drifted figures.
  const copy = await browser.context.newPage();
  await copy.goto(server.url('seed-retranslated.html'));
  await waitForAnnotation(copy);
  console.log('Highlights on its machine-translated copy:', await highlightCounts(copy));
  const popup = await browser.openPopup(await tabIdOf(browser.worker, page));
  await page.bringToFront();
  await popup.getByTestId('verdict').waitFor();
  if (headless) {
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}/article.png` });
    await copy.screenshot({ path: `${OUT}/retranslated.png`, fullPage: true });
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
    console.log(`Screenshots: ${OUT}/article.png (a card open), ${OUT}/popup.png, ${OUT}/retranslated.png`);
    await browser.close();
    await server.close();
    return;
  }
  console.log('Chromium shows the article, its copy and the popup (as a tab); close the browser to end the demo.');
  await new Promise((done) => browser.context.on('close', done));
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
