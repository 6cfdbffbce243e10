/**
 * Headless Chromium for the report's browser tests, driven by playwright-core
 * through the system's Chromium (Debian's `chromium` package, which .ci/run
 * installs): no browser is downloaded. Every page is opened with every
 * request that is not `data:` or `about:` blocked and recorded, and with its
 * console errors and page errors recorded.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Where Chromium is: `$CHROMIUM_PATH` when set (only there), else Debian's or
 * Ubuntu's path; undefined when it is not installed.
 */
export const CHROMIUM_PATH: string | undefined = (
  process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
).find((p) => existsSync(p));

/** Time for one browser test: launching, rendering a 200 kB page, printing it. */
export const BROWSER_TEST_TIMEOUT = 120_000;

/** The widths the report must fit: a desktop window and a phone. */
export const WIDTHS = { desktop: 1280, phone: 390 } as const;

export function launchChromium(): Promise<Browser> {
  if (CHROMIUM_PATH === undefined)
    throw new Error('Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Root in CI has no user namespace sandbox; the page is our own file, opened offline.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  });
}

/** What a page did while it was open. */
export interface PageLog {
  /** Every request the page tried that was not `data:` or `about:` (all were blocked). */
  requests: string[];
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
}

/** Opens `html` in a new page `width` px wide (light scheme unless told), with the network blocked. */
export async function openReport(
  browser: Browser,
  html: string,
  width: number,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: true,
    offline: true,
  });
  const log: PageLog = { requests: [], errors: [] };
  await context.route('**/*', (route) => {
    log.requests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    const url = req.url();
    if (!/^(data|about):/.test(url) && !log.requests.includes(url)) log.requests.push(url);
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, log, close: () => context.close() };
}
