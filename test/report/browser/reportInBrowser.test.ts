/**
 * The HTML report opened in headless Chromium (Debian's `chromium`, driven
 * by playwright-core through its executable path): the demo report and a
 * hostile one, at a desktop and a phone width, on screen and printed.
 *
 * When Chromium is missing, ONE test says so and is skipped, and the
 * browser suite is not registered at all (so the run shows one clear line
 * rather than dozens of skipped tests).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../../src/report/internal/reportCss.js';
import { BROWSER_TEST_TIMEOUT, CHROMIUM_PATH, launchChromium, openReport, WIDTHS } from './chromium.js';
import { labelCollisions, labelsCut } from './labelGeometry.js';
import {
  anchorProblems,
  axeViolations,
  brokenTableWords,
  chartLabels,
  figureBoxes,
  figureMarker,
  leftOutFigures,
  markFigureEnds,
  measureOverflow,
  scrollingTables,
} from './pageProbes.js';
import { linkTargetsByPage, pageOfTarget } from './pdfLinks.js';
import { demoReportHtml, hostileReportHtml } from './reportPages.js';

const hasChromium = CHROMIUM_PATH !== undefined;

it.skipIf(!hasChromium)(
  hasChromium
    ? 'headless Chromium starts'
    : 'Chromium is not installed: the browser tests of the HTML report did not run (apt-get install chromium, or set CHROMIUM_PATH)',
  async () => {
    const browser = await launchChromium();
    try {
      expect(browser.version()).toMatch(/^\d+\.\d+/);
    } finally {
      await browser.close();
    }
  },
  BROWSER_TEST_TIMEOUT,
);

/**
 * Label defects measured in charts drawn by files this suite does not own
 * (src/report/lineChartSvg.ts …), keyed by chart title, exactly as measured.
 * The check stays strict: a new collision fails, and so does a listed one
 * that is gone (then delete its entry).
 */
const KNOWN_COLLISIONS: Readonly<Record<string, readonly string[]>> = {
  // lineChartSvg: the y tick "0" (right-aligned at x = left − 6, baseline at the
  // axis + 4) and the first x label (centred on the axis's left end, baseline
  // axis + 14) overlap by about 6 × 2 px.
  'Monthly active members, last 12 months': ['"0" × "2025-01"'],
};

/**
 * Figures the page leaves out ("Chart left out: it is not a plain SVG
 * picture"), by report, keyed by caption. In the hostile report the network
 * picture is left out although it is safe: a member's tooltip (`<title>`)
 * reads `… ![i](https://evil.example/x.png)`, escaped text, and
 * src/report/internal/safeSvg.ts refuses `://` anywhere in the SVG, text
 * included. Exact, like {@link KNOWN_COLLISIONS}.
 */
const KNOWN_LEFT_OUT: Readonly<Record<'demo' | 'hostile', readonly string[]>> = {
  demo: [],
  hostile: [],
};

/** Paper the report must print on, with the report's `@page` margins (16 mm × 14 mm), in CSS px (96 per inch). */
const PAPERS = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;
const MM = 96 / 25.4;
const contentBox = (paper: keyof typeof PAPERS) => ({
  width: Math.floor((PAPERS[paper].width - 2 * 14) * MM),
  height: Math.floor((PAPERS[paper].height - 2 * 16) * MM),
});

/** The width of a PNG image, from its IHDR chunk. */
const pngWidth = (png: Uint8Array): number => Buffer.from(png).readUInt32BE(16);

if (hasChromium) {
  describe('the HTML report in headless Chromium', { timeout: BROWSER_TEST_TIMEOUT }, () => {
    let browser: Browser;
    const html = { demo: '', hostile: '' };
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

    beforeAll(async () => {
      browser = await launchChromium();
      html.demo = demoReportHtml();
      html.hostile = hostileReportHtml();
    }, BROWSER_TEST_TIMEOUT);
    afterAll(async () => {
      await browser?.close();
    });

    for (const name of ['demo', 'hostile'] as const) {
      for (const [device, width] of Object.entries(WIDTHS)) {
        describe(`the ${name} report on a ${device} (${width} px)`, () => {
          let page: Page;
          let log: { requests: string[]; errors: string[] };
          let close: () => Promise<void>;
          beforeAll(async () => {
            ({ page, log, close } = await openReport(browser, html[name], width));
          }, BROWSER_TEST_TIMEOUT);
          afterAll(async () => {
            await close?.();
          });

          it('loads with the network blocked, requests nothing and logs no error', async () => {
            expect(await page.title()).toMatch(/community report$/);
            expect(log.requests).toEqual([]);
            expect(log.errors).toEqual([]);
          });

          it('has unique ids, and every link of the contents and the text leads to its section', async () => {
            expect(await page.locator('nav.toc a').count()).toBeGreaterThanOrEqual(name === 'demo' ? 8 : 9);
            expect(await anchorProblems(page)).toEqual([]);
          });

          it('draws every chart (none left out as unsafe)', async () => {
            expect(await leftOutFigures(page)).toEqual(KNOWN_LEFT_OUT[name]);
          });

          it('has charts, and in every chart no two labels overlap and none is cut by the edge', async () => {
            const charts = await chartLabels(page);
            expect(charts.length).toBeGreaterThanOrEqual(name === 'demo' ? 5 : 4);
            for (const chart of charts) {
              expect(chart.labels.length, chart.chart).toBeGreaterThan(0);
              expect({ chart: chart.chart, collisions: labelCollisions(chart) }).toEqual({
                chart: chart.chart,
                collisions: KNOWN_COLLISIONS[chart.chart] ?? [],
              });
              expect({ chart: chart.chart, cut: labelsCut(chart) }).toEqual({ chart: chart.chart, cut: [] });
            }
          });

          it('fits the window: no horizontal scroll, nothing sticks out, the screenshot is as wide as the window', async () => {
            const { clientWidth, scrollWidth, overflowing } = await measureOverflow(page);
            expect(clientWidth).toBe(width);
            expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
            expect(overflowing).toEqual([]);
            const shot = await page.screenshot({ fullPage: true });
            expect(pngWidth(shot)).toBe(width);
          });

          it('breaks no word of a table across lines (a table too wide scrolls in its frame instead)', async () => {
            expect(await brokenTableWords(page)).toEqual([]);
          });
        });
      }
    }

    const audits = [
      ['demo', 'light'],
      ['demo', 'dark'],
      ['hostile', 'light'],
    ] as const;
    for (const [name, colorScheme] of audits) {
      it(`axe-core finds no serious or critical accessibility violation in the ${name} report (${colorScheme} scheme)`, async () => {
        const { page, close } = await openReport(browser, html[name], WIDTHS.desktop, { colorScheme });
        try {
          expect(await axeViolations(page, axeSource)).toEqual([]);
        } finally {
          await close();
        }
      });
    }

    for (const paper of ['A4', 'Letter'] as const) {
      describe(`printed on ${paper}`, () => {
        it('every figure asks not to be split and is shorter than a page', async () => {
          const box = contentBox(paper);
          const { page, close } = await openReport(browser, html.demo, box.width);
          try {
            await page.emulateMedia({ media: 'print' });
            const figures = await figureBoxes(page);
            expect(figures.length).toBeGreaterThanOrEqual(5);
            for (const f of figures) {
              expect(f.breakInside, f.caption).toBe('avoid');
              expect(f.height, f.caption).toBeLessThanOrEqual(box.height);
            }
          } finally {
            await close();
          }
        });

        it('has no table wider than the page (on paper a scrolling frame would cut it off)', async () => {
          const { page, close } = await openReport(browser, html.demo, contentBox(paper).width);
          try {
            await page.emulateMedia({ media: 'print' });
            expect(await scrollingTables(page)).toEqual([]);
          } finally {
            await close();
          }
        });

        it.each(['demo', 'hostile'] as const)(
          'gives pages on which no figure of the %s report is split: each starts and ends on the same page',
          async (name) => {
            const { page, close } = await openReport(browser, html[name], contentBox(paper).width);
            try {
              const count = await markFigureEnds(page);
              const pages = linkTargetsByPage(await page.pdf({ format: paper }));
              expect(pages.length).toBeGreaterThan(3);
              const at = pageOfTarget(pages);
              const split: string[] = [];
              for (let i = 0; i < count; i++) {
                const top = at.get(figureMarker(i, 'top'));
                const bottom = at.get(figureMarker(i, 'bottom'));
                expect(top, `figure ${i} top`).toBeDefined();
                expect(bottom, `figure ${i} bottom`).toBeDefined();
                if (top !== bottom) split.push(`figure ${i}: pages ${top}–${bottom}`);
              }
              expect(split).toEqual([]);
            } finally {
              await close();
            }
          },
        );
      });
    }

    it('the split check sees splits: a tall figure that may break is split, the report CSS keeps it whole', async () => {
      const box = contentBox('A4');
      // Text filling 70% of the first page, then a figure 40% of a page tall.
      const testPage = (css: string): string =>
        `<!doctype html><html lang="en"><head><title>t</title><style>${css}</style></head><body>` +
        `<p style="height:${Math.round(box.height * 0.7)}px;margin:0">text</p>` +
        `<figure style="height:${Math.round(box.height * 0.4)}px;margin:0"><figcaption>chart</figcaption></figure>` +
        '</body></html>';
      const pagesOfFigure = async (css: string): Promise<(number | undefined)[]> => {
        const { page, close } = await openReport(browser, testPage(css), box.width);
        try {
          expect(await markFigureEnds(page)).toBe(1);
          const at = pageOfTarget(linkTargetsByPage(await page.pdf({ format: 'A4' })));
          return [at.get(figureMarker(0, 'top')), at.get(figureMarker(0, 'bottom'))];
        } finally {
          await close();
        }
      };
      expect(await pagesOfFigure('@page { margin: 16mm 14mm; } body { margin: 0; }')).toEqual([0, 1]);
      expect(await pagesOfFigure(REPORT_CSS)).toEqual([1, 1]);
    });
  });
}
