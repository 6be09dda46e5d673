/** The HTML report's inline stylesheet: a card per requirement on narrow screens; print shows every row, no filters. */
export const HTML_REPORT_STYLE = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 80rem; padding: 1rem;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
  color: #1f2328; background: #fff;
}
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 0; }
h1, h2, p, td, th, li, label, .count-label { overflow-wrap: anywhere; word-break: break-word; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
.meta, .muted { color: #59636e; }
.meta { margin: 0 0 1rem; }
.counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr)); gap: .5rem; margin: 0 0 .75rem; }
.count { border: 1px solid #d1d9e0; border-radius: .5rem; padding: .5rem .75rem; display: flex; flex-direction: column; }
.count-value { font-size: 1.35rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.count-label { font-size: .8rem; color: #59636e; }
.count-covered .count-value { color: #1a7f37; }
.count-uncovered .count-value, .count-errors .count-value { color: #cf222e; }
.count-warnings .count-value { color: #9a6700; }
.bar { height: .6rem; border-radius: .3rem; background: #ffebe9; overflow: hidden; margin: .35rem 0; }
.bar-fill { height: 100%; background: #2da44e; }
.bar, .bar-fill, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 1rem 0; padding: .75rem;
  border: 1px solid #d1d9e0; border-radius: .5rem; background: #f6f8fa; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: #59636e; gap: .2rem; min-width: 0; }
.filters select, .filters input, .filters button { font: inherit; font-size: .95rem; padding: .3rem .45rem; max-width: 100%;
  border: 1px solid #d1d9e0; border-radius: .35rem; background: #fff; color: inherit; }
.filters select, .filters input { width: 16rem; }
.filters .visible { margin: 0; font-size: .85rem; color: #59636e; }
.design { margin: 1.5rem 0; }
.design-facts { margin: .25rem 0; font-size: .85rem; }
.design-coverage { margin: .25rem 0 0; font-size: .9rem; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #d1d9e0; }
th { font-size: .8rem; color: #59636e; font-weight: 600; }
.col-id { width: 5.5rem; } .col-levels { width: 8rem; } .col-status { width: 8rem; } .col-scenarios { width: 34%; }
.col-severity { width: 6.5rem; } .col-kind { width: 12rem; } .col-location { width: 30%; }
td ul { margin: 0; padding-left: 1rem; }
.loc { display: block; font-size: .8rem; color: #59636e; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.badge-covered, .badge-passed { background: #dafbe1; color: #116329; }
.badge-uncovered, .badge-failed, .badge-error { background: #ffebe9; color: #a40e26; }
.badge-not-run, .badge-pending, .badge-warning { background: #fff8c5; color: #7d4e00; }
.failure { display: block; font-size: .8rem; color: #a40e26; white-space: pre-wrap; }
.badge-not-expected, .badge-info { background: #eaeef2; color: #424a53; }
.empty { color: #59636e; font-style: italic; }
@media screen {
  .is-filtered-out { display: none !important; }
}
@media (max-width: 700px) {
  body { padding: .75rem; }
  .counts { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .count { padding: .4rem .5rem; }
  .filters { flex-direction: column; align-items: stretch; }
  .filters label { width: 100%; }
  .filters select, .filters input { width: 100%; min-width: 0; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack tr { border: 1px solid #d1d9e0; border-radius: .5rem; margin: 0 0 .5rem; padding: .35rem 0; }
  table.stack td { border: 0; padding: .15rem .65rem; }
  table.stack td::before { content: attr(data-label); display: block; font-size: .72rem; font-weight: 600; color: #59636e; }
}
@media print {
  .filters, noscript { display: none !important; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  tr { break-inside: avoid; }
  .design { break-before: auto; }
}
`;
