import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownReport } from '../../src/report/markdown.js';
import { HOSTILE, ORDINARY, OPTIONS } from './fixtures.js';

function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function nodes(root: Root): RootContent[] {
  const all: RootContent[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type !== 'root') all.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return all;
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|'));
}

describe('markdownReport', () => {
  for (const [name, report] of Object.entries({ ordinary: ORDINARY, hostile: HOSTILE })) {
    it(`${name}: every table row has the same number of pipes, one row per design`, () => {
      const rows = tableRows(markdownReport(report, OPTIONS));
      expect(rows).toHaveLength(report.designs.length + 2);
      const pipes = rows.map((row) => row.split('|').length - 1);
      expect(new Set(pipes)).toEqual(new Set([8]));
    });
  }

  it('lists errors before warnings before notes, each finding once with its file:line and kind', () => {
    const out = markdownReport(HOSTILE, OPTIONS);
    const errors = out.indexOf('#### Errors (2)');
    const warnings = out.indexOf('#### Warnings (1)');
    const notes = out.indexOf('#### Notes (1)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(notes).toBeGreaterThan(warnings);
    const items = out.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(HOSTILE.findings.length);
    for (const finding of HOSTILE.findings) {
      expect(items.some((item) => item.includes(`**${finding.kind}**`) && item.includes(`:${finding.line}\``))).toBe(true);
    }
  });

  it('summarises each design and the whole run with the report numbers', () => {
    const out = markdownReport(ORDINARY, OPTIONS);
    expect(out).toContain('| Conversation export (conversation-export) | 4 | 2 | 0 | 0 | 2 | 50% |');
    expect(out).toContain('| rate-limits | 1 | 0 | 0 | 0 | 1 | 100% |');
    expect(out).toContain('**Overall:** 3 of 5 expected requirements covered (60%)');
    expect(out).toContain('5 errors, 3 warnings');
  });

  it('lets no hostile text become HTML, a link, emphasis or a line break (parsed with remark + GFM)', () => {
    const out = markdownReport(HOSTILE, OPTIONS);
    const all = nodes(parseMarkdown(out));
    // The only HTML is the footer's <sub>; the only strong text is ours: the overall label and each kind.
    expect(all.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value)).toEqual(['<sub>', '</sub>']);
    expect(all.filter((n) => n.type === 'strong').map((n) => toString(n))).toEqual([
      'Overall:',
      'uncovered',
      'parse-error',
      'stale',
      'missing-surface',
    ]);
    expect(all.filter((n) => ['emphasis', 'delete', 'image', 'imageReference', 'linkReference', 'footnoteReference'].includes(n.type))).toEqual([]);
    expect(all.filter((n) => n.type === 'heading').map((n) => toString(n))).toEqual([
      'gherkin-bridge coverage',
      'Gaps',
      'Errors (2)',
      'Warnings (1)',
      'Notes (1)',
    ]);
    // A bare URL may be autolinked by GFM, but only to the text it shows.
    for (const link of all.filter((n) => n.type === 'link')) {
      expect((link as { url: string }).url).toBe(toString(link));
    }
    const table = all.find((n) => n.type === 'table');
    expect(table && 'children' in table ? table.children.map((row) => ('children' in row ? row.children.length : 0)) : []).toEqual([7, 7]);
    const titleCell = table && 'children' in table ? toString(table.children[1]!).split(' (e-vil)')[0] : '';
    expect(titleCell).toContain('<b id="pwn">bold</b> & ]]> 100% %0A::error::x, y | z 2nd line 3rd');
    expect(titleCell).toContain('</script><script>window.__pwned=1</script><!-- *em* _u_ [l](http://x.test) `c`');
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\u0000');
    expect(out).toContain('🚀 שלום עולם');
  });

  it('says so when there is nothing to report', () => {
    const out = markdownReport({ ...ORDINARY, findings: [] }, OPTIONS);
    expect(out).toContain('No gaps');
    expect(out).not.toContain('### Gaps');
  });
});
