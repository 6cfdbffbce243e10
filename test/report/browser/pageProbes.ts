/**
 * Measurements taken inside the page. Each in-page function is plain
 * JavaScript source (not a TypeScript function handed to `page.evaluate`),
 * so a transpiler's helpers (tsx's `__name`) never end up in the browser.
 */
import type { Page } from 'playwright-core';

/** An element wider than the page, or sticking out of it. */
export interface Overflowing {
  element: string;
  left: number;
  right: number;
}

/** How wide the document is against the window, and which elements stick out (outside a scroll container). */
export interface OverflowReport {
  clientWidth: number;
  scrollWidth: number;
  overflowing: Overflowing[];
}

const OVERFLOW_SOURCE = `(() => {
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
    }
    return parts.join(' > ');
  };
  // Inside an element that clips or scrolls sideways, an element may be wider: the container is checked itself.
  const clippedByAncestor = (el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      if (getComputedStyle(e).overflowX !== 'visible') return true;
    }
    return false;
  };
  const overflowing = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left >= -0.5 && r.right <= clientWidth + 0.5) continue;
    if (clippedByAncestor(el)) continue;
    overflowing.push({ element: describe(el), left: Math.round(r.left), right: Math.round(r.right) });
  }
  return { clientWidth, scrollWidth: root.scrollWidth, overflowing };
})()`;

/** Opens every `<details>`, so the tables of the charts are laid out and measured too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
}

/** Opens every `<details>` and measures horizontal overflow. */
export async function measureOverflow(page: Page): Promise<OverflowReport> {
  await openAllDetails(page);
  return (await page.evaluate(OVERFLOW_SOURCE)) as OverflowReport;
}

/** A text label of a chart: its text and the corners of its box in page pixels. */
export interface ChartLabel {
  text: string;
  corners: [number, number][];
}

/** One inline chart: its name, its box, its labels. */
export interface ChartLabels {
  chart: string;
  box: { left: number; top: number; right: number; bottom: number };
  labels: ChartLabel[];
}

const LABELS_SOURCE = `(() => {
  const charts = [];
  // Every outermost inline <svg> of the page.
  for (const svg of document.querySelectorAll('svg')) {
    if (svg.parentElement && svg.parentElement.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    const labels = [];
    for (const t of svg.querySelectorAll('text')) {
      const text = (t.textContent || '').trim();
      if (text === '') continue;
      const style = getComputedStyle(t);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const b = t.getBBox();
      if (b.width === 0 || b.height === 0) continue;
      // The label's own box, through every transform (rotation included), in page pixels.
      const m = t.getScreenCTM();
      const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]].map(
        ([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f],
      );
      labels.push({ text, corners });
    }
    charts.push({
      chart: svg.getAttribute('aria-label') || (svg.querySelector('text') || {}).textContent || '(untitled chart)',
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      labels,
    });
  }
  return charts;
})()`;

/** The text labels of every inline chart of the page. */
export async function chartLabels(page: Page): Promise<ChartLabels[]> {
  return (await page.evaluate(LABELS_SOURCE)) as ChartLabels[];
}

/** Serious and critical accessibility violations that axe-core finds on the page. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core (its source injected into the page) and returns its serious and critical violations. */
export async function axeViolations(page: Page, axeSource: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return (await page.evaluate(String.raw`(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
      }));
  })()`)) as AxeViolation[];
}

/** The address of the marker link at one end of figure `i`. */
export const figureMarker = (i: number, end: 'top' | 'bottom'): string =>
  `https://marker.invalid/figure-${i}-${end}`;

/**
 * Puts a tiny link at the top and at the bottom of every figure (inside it,
 * so the figure's layout does not change): printed, each becomes a link
 * annotation on the page where that end of the figure is. Returns the number of figures.
 */
export async function markFigureEnds(page: Page): Promise<number> {
  return (await page.evaluate(`(() => {
    const figures = [...document.querySelectorAll('figure')];
    figures.forEach((f, i) => {
      f.style.position = 'relative';
      for (const end of ['top', 'bottom']) {
        const a = document.createElement('a');
        a.href = 'https://marker.invalid/figure-' + i + '-' + end;
        a.textContent = '.';
        a.style.cssText = 'position:absolute;left:0;width:3px;height:3px;overflow:hidden;font-size:3px;line-height:3px;color:transparent;' + end + ':0';
        f.appendChild(a);
      }
    });
    return figures.length;
  })()`)) as number;
}

/** Each figure's height (px) and its computed `break-inside`, in the media the page emulates. */
export async function figureBoxes(
  page: Page,
): Promise<{ caption: string; height: number; breakInside: string }[]> {
  return (await page.evaluate(`[...document.querySelectorAll('figure')].map((f) => ({
    caption: (f.querySelector('figcaption') || {}).textContent || '',
    height: f.getBoundingClientRect().height,
    breakInside: getComputedStyle(f).breakInside,
  }))`)) as { caption: string; height: number; breakInside: string }[];
}

const BROKEN_WORDS_SOURCE = `(() => {
  const broken = [];
  for (const cell of document.querySelectorAll('table th, table td, table caption')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Runs of letters and digits: the line-breaking rules never break inside one, only overflow-wrap does.
      for (const m of node.data.matchAll(/[\\p{L}\\p{N}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(JSON.stringify(m[0]) + ' in ' + JSON.stringify(cell.textContent.trim().slice(0, 40)));
      }
    }
  }
  return broken;
})()`;

/** The words (runs of letters and digits) of table cells broken across lines, with every `<details>` open. */
export async function brokenTableWords(page: Page): Promise<string[]> {
  await openAllDetails(page);
  return (await page.evaluate(BROKEN_WORDS_SOURCE)) as string[];
}

/** The tables whose frame must scroll sideways to show them (on paper, their right side would be cut off). */
export async function scrollingTables(page: Page): Promise<string[]> {
  await openAllDetails(page);
  return (await page.evaluate(`[...document.querySelectorAll('.table-wrap')]
    .filter((d) => d.scrollWidth > d.clientWidth + 0.5)
    .map((d) => d.scrollWidth + ' px in ' + d.clientWidth + ' px: ' + d.textContent.trim().slice(0, 60))`)) as string[];
}

/** The captions of the figures whose chart the page left out as not a plain SVG picture. */
export async function leftOutFigures(page: Page): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelectorAll('figure')]
    .filter((f) => f.querySelector('.figure-left-out') !== null)
    .map((f) => (f.querySelector('figcaption') || {}).textContent || '')`)) as string[];
}

/** In-page links that lead nowhere, and ids used twice (either would send the reader to the wrong place). */
export async function anchorProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const problems = [];
    const seen = new Set();
    for (const el of document.querySelectorAll('[id]')) {
      if (seen.has(el.id)) problems.push('id used twice: ' + el.id);
      seen.add(el.id);
    }
    for (const a of document.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute('href').slice(1));
      if (document.getElementById(id) === null) problems.push('link to nowhere: #' + id);
    }
    return problems;
  })()`)) as string[];
}
