import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HTML_REPORT_SCRIPT } from '../../src/report/html-client.js';
import { HTML_REPORT_STYLE } from '../../src/report/html-style.js';
import { htmlReport } from '../../src/report/html.js';
import { HOSTILE, ORDINARY, OPTIONS } from './fixtures.js';
import { htmlDataBlock } from './html-parts.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

describe('htmlReport (static checks; the browser test renders it)', () => {
  const html = htmlReport(HOSTILE, OPTIONS);

  it('is one file with a viewport, inline style and script, and no external reference', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const start = html.indexOf('<script type="application/json"');
    const outsideData = html.slice(0, start) + html.slice(html.indexOf('</script>', start));
    expect(outsideData).not.toMatch(/\s(src|href|action|srcset|poster)=/i);
    expect(outsideData).not.toMatch(/@import|url\(|https?:|fetch\(|XMLHttpRequest|WebSocket/i);
  });

  it('has exactly two script elements: the data block and the app', () => {
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
  });

  it('embeds the report as JSON that parses back to the report', () => {
    const block = htmlDataBlock(html);
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(block) as { version: string; report: unknown };
    expect(data.version).toBe(OPTIONS.toolVersion);
    expect(data.report).toEqual(JSON.parse(JSON.stringify(HOSTILE)));
  });

  it('allows only its own style and script by hash in the Content-Security-Policy', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha256(HTML_REPORT_STYLE)}`);
    expect(csp).toContain(`script-src ${sha256(HTML_REPORT_SCRIPT)}`);
    expect(html).toContain(`<style>${HTML_REPORT_STYLE}</style>`);
    expect(html).toContain(`<script>${HTML_REPORT_SCRIPT}</script>`);
  });

  it('puts data into the DOM with textContent only, and hides filtered rows on screen only', () => {
    expect(HTML_REPORT_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(HTML_REPORT_STYLE).toMatch(/@media screen \{\s*\.is-filtered-out \{ display: none !important; \}/);
    expect(HTML_REPORT_STYLE).toMatch(/@media print \{\s*\.filters/);
  });

  it('depends only on its input', () => {
    expect(htmlReport(ORDINARY, OPTIONS)).toBe(htmlReport(ORDINARY, OPTIONS));
    expect(htmlReport(ORDINARY, OPTIONS)).not.toBe(htmlReport(ORDINARY, { ...OPTIONS, toolVersion: '9.9.9' }));
  });
});
