import { createHash } from 'node:crypto';
import { FINDING_KINDS, type CoverageReport } from '../model.js';
import { HTML_REPORT_SCRIPT } from './html-client.js';
import { HTML_REPORT_STYLE } from './html-style.js';
import type { ReportOptions } from './types.js';

function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

// Only this exact style and script may run: even if some text escaped its
// container, the browser would refuse to load or execute anything else.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${cspHash(HTML_REPORT_STYLE)}`,
  `script-src ${cspHash(HTML_REPORT_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON for a `<script type="application/json">` block: `<>&` and U+2028/9 as `\u` escapes, so no `</script>` or `<!--`. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    SCRIPT_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One self-contained HTML page, filterable, no network access; the report travels as JSON and reaches the page via `textContent` only. */
export function htmlReport(report: CoverageReport, options: ReportOptions): string {
  const kinds = Object.fromEntries(
    Object.entries(FINDING_KINDS).map(([kind, info]) => [kind, { title: info.title, help: info.help }]),
  );
  const data = embedJson({ version: options.toolVersion, report, kinds });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>gherkin-bridge coverage report</title>
<style>${HTML_REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>Requirement coverage</h1>
<p class="meta" id="meta" data-testid="meta"></p>
</header>
<noscript><p>This report builds its tables with JavaScript; enable it to see them. The data is in the report-data block of this file.</p></noscript>
<main>
<section aria-label="Summary">
<div class="counts" id="counts" data-testid="counts"></div>
<div id="overall" data-testid="overall"></div>
</section>
<section class="filters" aria-label="Filters" data-testid="filters">
<label>Status<select id="filter-status" data-testid="filter-status"><option value="">All statuses</option></select></label>
<label>Design<select id="filter-design" data-testid="filter-design"><option value="">All designs</option></select></label>
<label>Search<input id="filter-text" data-testid="filter-text" type="search" placeholder="id, text, scenario, file…" autocomplete="off"></label>
<button type="button" id="filter-reset" data-testid="filter-reset">Reset</button>
<p class="visible" id="visible-count" data-testid="visible-count" aria-live="polite"></p>
</section>
<div id="designs" data-testid="designs"></div>
<section aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<div id="findings" data-testid="findings"></div>
</section>
</main>
<script type="application/json" id="report-data">${data}</script>
<script>${HTML_REPORT_SCRIPT}</script>
</body>
</html>
`;
}
