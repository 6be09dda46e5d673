const DATA_OPEN = '<script type="application/json" id="report-data">';

/** The text of the report's data block (the JSON the page renders). */
export function htmlDataBlock(html: string): string {
  const start = html.indexOf(DATA_OPEN);
  if (start < 0) throw new Error('The page has no report-data block');
  return html.slice(start + DATA_OPEN.length, html.indexOf('</script>', start));
}

/** The data the page renders: `{ version, report, kinds }`. */
export function htmlData(html: string): unknown {
  return JSON.parse(htmlDataBlock(html));
}

/**
 * The page around its data, style and script: every element and attribute as
 * written, with the data block, the inline style, the inline script and their
 * hashes in the Content-Security-Policy replaced by placeholders (html.test.ts
 * checks those hashes; html-browser.test.ts runs the script).
 */
export function htmlPage(html: string): string {
  return html
    .replace(htmlDataBlock(html), '{report data}')
    .replace(/<style>[\s\S]*?<\/style>/, '<style>{src/report/html-style.ts}</style>')
    .replace(/<script>[\s\S]*?<\/script>/, '<script>{src/report/html-client.ts}</script>')
    .replaceAll(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-{hash}'");
}
