/**
 * Regenerates the screenshots of the demo report in docs/images/ (npm run
 * screenshots): the top of the page on a desktop, a chart on a phone, and a
 * page as printed on A4. Needs Chromium (Debian's `chromium`, or
 * `CHROMIUM_PATH`); opens the page with the network blocked, as the browser
 * tests do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, openReport } from '../test/report/browser/chromium.js';
import { demoReportHtml } from '../test/report/browser/reportPages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'images');

/** A4 at 96 px per inch, and the report's `@page` margins (16 mm × 14 mm). */
const A4 = { width: 794, height: 1123 };
const MARGINS = 'padding: 16mm 14mm';

/** The top of `selector` in page pixels, less `above`. */
async function topOf(page: Page, selector: string, above: number): Promise<number> {
  const y = (await page.evaluate(
    `Math.round(document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top + window.scrollY)`,
  )) as number;
  return Math.max(0, y - above);
}

async function save(name: string, png: Uint8Array): Promise<void> {
  const path = join(out, name);
  writeFileSync(path, png);
  process.stdout.write(`wrote ${relative(root, path)} (${Math.round(png.length / 1024)} kB)\n`);
}

const html = demoReportHtml();
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  {
    const { page, close } = await openReport(browser, html, 1280);
    await save(
      'report-desktop.png',
      await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 1000 } }),
    );
    await close();
  }
  {
    const { page, close } = await openReport(browser, html, 390);
    const y = await topOf(page, 'figure', 16);
    await save(
      'report-phone.png',
      await page.screenshot({ clip: { x: 0, y, width: 390, height: 760 }, fullPage: true }),
    );
    await close();
  }
  {
    // One A4 page of the printed report: print media, the page's margins as padding.
    const { page, close } = await openReport(browser, html, A4.width);
    await page.emulateMedia({ media: 'print' });
    await page.addStyleTag({ content: `body { ${MARGINS}; }` });
    const y = await topOf(page, 'section#health', 0);
    await save(
      'report-print-a4.png',
      await page.screenshot({ clip: { x: 0, y, width: A4.width, height: A4.height }, fullPage: true }),
    );
    await close();
  }
} finally {
  await browser.close();
}
