/**
 * Big and repetitive inputs give the right answer. How their time grows with
 * their size is measured by `npm run bench` (bench/sections/hostile-input.mjs),
 * not here; but a return to quadratic time would show as a timeout: the
 * 50,000-`]` paragraph alone took about 20 seconds when the whole document
 * went through the Markdown parser's GFM footnote syntax.
 */
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { indexFeature } from '../../src/features/index-feature.js';
import { parseBehaviorComment } from '../../src/shared/provenance.js';
import { renderFeature } from '../../src/generate/render-feature.js';
import { isInside } from '../../src/io/paths.js';
import { everyRow, parseStrict } from './support/gherkin.js';

const SURFACE_HEAD = ['# Big', '', '## Acceptance test surface', '', '| Req | Observable behavior | Verified by |', '|---|---|---|'];

describe('large and repetitive inputs', () => {
  it('reads the behavior recorded in a comment, trailing whitespace dropped, inner whitespace kept', () => {
    expect(parseBehaviorComment('  # behavior: pays by card  \t')).toBe('pays by card');
    expect(parseBehaviorComment('#behavior:x')).toBe('x');
    expect(parseBehaviorComment('# behavior:')).toBe('');
    expect(parseBehaviorComment('# behavior:    ')).toBe('');
    expect(parseBehaviorComment('# Behavior: x')).toBeNull();
    expect(parseBehaviorComment('# behaviour: x')).toBeNull();
    const spaces = ' '.repeat(20_000);
    expect(parseBehaviorComment(`# behavior: a${spaces}b${spaces}`)).toBe(`a${spaces}b`);
    expect(parseBehaviorComment(`# behavior: ${spaces}x`)).toBe(`${spaces}x`);
  });

  it('indexes a feature file with a 100,000-pipe table row and a 1,000,000-character line', () => {
    const text = [
      '@design:big',
      'Feature: Big',
      `  # ${'x'.repeat(1_000_000)}`,
      '  @R1',
      `  Scenario: ${'long name '.repeat(10_000)}`,
      '    Given a table',
      `      |${'|'.repeat(100_000)}`,
      '',
    ].join('\n');
    const index = indexFeature(text, 'big.feature');
    expect(index.diagnostics).toEqual([]);
    expect(index.scenarios).toEqual([expect.objectContaining({ line: 5, design: 'big', requirements: [{ id: 'R1', line: 4 }] })]);
  });

  it('reports 100,000 pipes where no table may stand as one parse error, at its line', () => {
    const index = indexFeature(`# a comment\n${'|'.repeat(100_000)}\nFeature: f\n`, 'pipes.feature');
    expect(index.diagnostics.map((d) => [d.kind, d.line, d.column])).toEqual([['parse-error', 2, 1]]);
  });

  it('extracts a cell of 20,000 escaped pipes and a 100,000-character cell, and generates valid Gherkin from them', () => {
    const text = [...SURFACE_HEAD, `| R1 | ${'\\|'.repeat(20_000)} | e2e |`, `| R2 | ${'y'.repeat(100_000)} | e2e |`, ''].join('\n');
    const design = extractDesign(text, 'big.md');
    expect(design.surface.map((row) => row.behavior)).toEqual(['|'.repeat(20_000), 'y'.repeat(100_000)]);
    const output = renderFeature(design, everyRow);
    expect(parseStrict(output).pickles).toHaveLength(2);
    expect(output).toContain(`# behavior: ${'|'.repeat(20_000)}\n`);
  });

  it('extracts a 3,000-row surface table with every row at its line', () => {
    const rows = Array.from({ length: 3_000 }, (_, k) => `| R${k + 1} | Behavior ${k + 1} | e2e |`);
    const design = extractDesign([...SURFACE_HEAD, ...rows, ''].join('\n'), 'rows.md');
    expect(design.surface).toHaveLength(3_000);
    expect(design.surface[2_999]).toMatchObject({ requirements: ['R3000'], behavior: 'Behavior 3000', line: SURFACE_HEAD.length + 3_000 });
    expect(design.diagnostics.filter((d) => d.kind === 'parse-error')).toEqual([]);
  });

  // 5,000 of each: the line of every item and row is what is checked here; how the time grows
  // up to 20,000 rows (and 4 MiB designs) is measured by the bench's hostile-input section.
  it('extracts a 5,000-row surface table and a 5,000-item requirement list, each at its line', () => {
    const items = Array.from({ length: 5_000 }, (_, k) => `- **R${k + 1}:** The service does thing ${k + 1} with \`code\`.`);
    const rows = Array.from({ length: 5_000 }, (_, k) => `| R${k + 1} | Behavior ${k + 1} with \`code\` and a \\| pipe | unit + e2e |`);
    const head = ['# Big', '', '## Requirements', ...items, '', '## Acceptance test surface', '', '| Req | Observable behavior | Verified by |', '|---|---|---|'];
    const design = extractDesign([...head, ...rows, ''].join('\n'), 'big.md');
    expect(design.diagnostics.filter((d) => d.kind === 'parse-error')).toEqual([]);
    expect(design.requirements.map((r) => r.line)).toEqual(items.map((_, k) => k + 4));
    expect(design.requirements[4_999]).toEqual({ id: 'R5000', text: 'The service does thing 5000 with code.', line: 5_003 });
    expect(design.surface.map((row) => row.line)).toEqual(rows.map((_, k) => head.length + k + 1));
    expect(design.surface[4_999]).toEqual({
      requirements: ['R5000'],
      behavior: 'Behavior 5000 with code and a | pipe',
      verifiedBy: 'unit + e2e',
      levels: ['e2e', 'unit'],
      line: head.length + 5_000,
      extra: {},
    });
    // One remark pass over 0.6 MB takes a few seconds on one idle core (see docs/performance.md).
  }, 120_000);

  it('extracts a row of 100,000 pipes: every pipe ends a cell, so the third is empty', () => {
    const design = extractDesign([...SURFACE_HEAD, `| R1 | x ${'|'.repeat(100_000)} | e2e |`, ''].join('\n'), 'pipes.md');
    expect(design.surface).toEqual([{ requirements: ['R1'], behavior: 'x', verifiedBy: '', levels: ['unknown'], line: 7, extra: {} }]);
    expect(design.diagnostics.map((d) => [d.kind, d.line])).toEqual([['unclassified-verification', 7]]);
  });

  it('reads a paragraph of 50,000 `]` (quadratic in the GFM footnote syntax) and the sections after it', () => {
    const text = ['# Brackets', '', `Some text ${']'.repeat(50_000)}`, '', '## Requirements', '', '- **R1:** Still read.', ''].join('\n');
    const design = extractDesign(text, 'brackets.md');
    expect(design.title).toBe('Brackets');
    expect(design.requirements).toEqual([{ id: 'R1', text: 'Still read.', line: 7 }]);
  });

  // Each took minutes before the mark guard (100,000 `]` after `![x `: 91 s; `[a](` 100,000 times: 55 s).
  it.each([
    ['`![x ` then 100,000 `]`', `![x ${']'.repeat(100_000)}`],
    ['`[a](` 25,000 times', '[a]('.repeat(25_000)],
  ])('reads a paragraph of %s as plain text, with one warning at its line, and the sections after it', (_, paragraph) => {
    const text = ['# Marks', '', paragraph, '', '## Requirements', '', '- **R1:** Still read.', ''].join('\n');
    const design = extractDesign(text, 'marks.md');
    expect(design.requirements).toEqual([{ id: 'R1', text: 'Still read.', line: 7 }]);
    expect(design.diagnostics.filter((d) => d.kind === 'parse-error')).toEqual([
      expect.objectContaining({ kind: 'parse-error', severity: 'warning', line: 3, message: expect.stringMatching(/^Unexpected \d+ link, emphasis and code marks in one block, expected at most 256; read as plain text$/) }),
    ]);
  });

  it('keeps the text of a surface cell crowded with marks, literally', () => {
    const cell = 'GET /users/<id> [a]('.repeat(300);
    const design = extractDesign([...SURFACE_HEAD, `| R1 | ${cell} | e2e |`, ''].join('\n'), 'cell.md');
    expect(design.surface.map((row) => row.behavior)).toEqual([cell.trim()]);
  });

  it('treats `..a` as inside a folder and only `..` or `../…` as outside', () => {
    expect(isInside('/p/out', '/p/out/..a.feature')).toBe(true);
    expect(isInside('/p/out', '/p/out/...feature')).toBe(true);
    expect(isInside('/p/out', '/p/out')).toBe(true);
    expect(isInside('/p/out', '/p/out/../x.feature')).toBe(false);
    expect(isInside('/p/out', '/p')).toBe(false);
    expect(isInside('/p/out', '/p/outside/x.feature')).toBe(false);
    expect(isInside('/p/out', '/etc/passwd')).toBe(false);
  });
});
