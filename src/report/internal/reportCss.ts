/**
 * The stylesheet of the HTML report: system fonts only (nothing fetched),
 * light and dark schemes, the Okabe–Ito colour-blind-safe palette as CSS
 * variables, and print rules — page margins that fit both A4 and US Letter
 * (`size: auto` keeps the reader's paper), no figure or table split across
 * pages, no chart taller than a page. Words in tables are never broken
 * (the body's `overflow-wrap: anywhere` would let a table squeeze "Records"
 * into "Re/cor/ds"); a table too wide scrolls in its frame instead.
 */
export const REPORT_CSS = `:root {
  color-scheme: light dark;
  --okabe-ito-blue: #0072b2;
  --okabe-ito-orange: #e69f00;
  --okabe-ito-green: #009e73;
  --okabe-ito-purple: #cc79a7;
  --okabe-ito-sky: #56b4e9;
  --okabe-ito-vermillion: #d55e00;
  --okabe-ito-yellow: #f0e442;
  --okabe-ito-black: #000000;
  --bg: #ffffff;
  --fg: #1b1d21;
  --muted: #4d535c;
  --rule: #d3d7dd;
  --panel: #f4f6f8;
  --accent: var(--okabe-ito-blue);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171a;
    --fg: #e9ebee;
    --muted: #b4bac3;
    --rule: #3b4048;
    --panel: #1f2226;
    --accent: var(--okabe-ito-sky);
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  margin: 0 auto;
  max-width: 54rem;
  padding: 1.5rem 1rem 3rem;
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: anywhere;
}
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.25rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid var(--accent); }
h3, h4, h5, h6 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--accent); }
.window { color: var(--muted); margin: 0 0 1.5rem; }
nav.toc { background: var(--panel); border-radius: 8px; padding: 0.75rem 1.25rem; }
nav.toc h2 { border: 0; margin: 0 0 0.25rem; padding: 0; font-size: 1.05rem; }
nav.toc ol { margin: 0; padding-left: 1.25rem; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0; }
table { border-collapse: collapse; font-size: 0.92rem; overflow-wrap: normal; break-inside: avoid; page-break-inside: avoid; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--rule); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1.75rem 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 0.25rem; }
.reading { margin: 0 0 0.5rem; color: var(--muted); }
.chart { background: #ffffff; border: 1px solid var(--rule); border-radius: 8px; padding: 0.5rem; }
.chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
details { margin-top: 0.5rem; }
summary { cursor: pointer; color: var(--accent); }
.figure-left-out { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
@page { size: auto; margin: 16mm 14mm; }
@media print {
  html, body { background: #ffffff; color: #000000; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; }
  nav.toc { break-after: page; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure, table, .chart { break-inside: avoid; page-break-inside: avoid; }
  .chart svg { max-height: 200mm; width: auto; }
  tr { break-inside: avoid; }
}
`;
