/**
 * Big and repetitive inputs give the right answer. How their time grows with
 * their size is measured by `npm run bench` (bench/sections/hostile-input.mjs),
 * not here: these inputs are small enough to be fast either way.
 */
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { indexFeature } from '../../src/features/index-feature.js';
import { parseBehaviorComment } from '../../src/generate/provenance.js';
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
    expect(design.diagnostics).toEqual([]);
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
