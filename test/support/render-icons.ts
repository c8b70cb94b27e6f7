// Renders assets/icon.svg to the PNG sizes the stores and toolbars ask for, with Debian's Chromium.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser';

const SIZES = [16, 32, 48, 128];

const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await writeFile(`assets/public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
console.log(`Rendered ${SIZES.join(', ')} px icons into assets/public/icon/`);
