import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { doc } from './doc.js';

const TABLE = ['| Req | Observable behavior | Verified by |', '|-----|---------------------|-------------|'];

describe('finding the Acceptance test surface section', () => {
  it.each([1, 2, 3, 4])('finds the heading at level %i, case-insensitively', (depth) => {
    const text = doc(
      '# Title', // 1
      '', // 2
      `${'#'.repeat(depth)} ACCEPTANCE Test Surface`, // 3
      '', // 4
      ...TABLE, // 5, 6
      '| R1 | Works | e2e |', // 7
    );
    const design = extractDesign(text, 'x.md');
    expect(design.surfaceLine).toBe(3);
    expect(design.surface).toHaveLength(1);
    expect(design.surface[0]?.line).toBe(7);
  });

  it('accepts a numbered heading with a trailing colon and inline markup', () => {
    const text = doc('## 5. *Acceptance* test `surface`:', '', ...TABLE, '| R1 | Works | e2e |');
    expect(extractDesign(text, 'x.md').surface.map((row) => row.requirements)).toEqual([['R1']]);
  });

  it('ignores a table with the same header outside the section', () => {
    const text = doc(
      '## Requirements', // 1
      '', // 2
      '- **R1:** One', // 3
      '', // 4
      ...TABLE, // 5, 6
      '| R9 | Before the section | e2e |', // 7
      '', // 8
      '## Acceptance test surface', // 9
      '', // 10
      ...TABLE, // 11, 12
      '| R1 | Inside | unit |', // 13
      '', // 14
      '## Appendix', // 15
      '', // 16
      ...TABLE, // 17, 18
      '| R8 | After the section | e2e |', // 19
    );
    const design = extractDesign(text, 'x.md');
    expect(design.surface.map((row) => [row.requirements, row.behavior, row.line])).toEqual([[['R1'], 'Inside', 13]]);
    expect(design.diagnostics).toEqual([]);
  });

  it('runs the section until the next heading of the same or a higher level, including subsections', () => {
    const text = doc(
      '# Acceptance test surface', // 1
      '', // 2
      '## Phase one', // 3
      '', // 4
      ...TABLE, // 5, 6
      '| R1 | First phase | e2e |', // 7
      '', // 8
      '### Details', // 9
      '', // 10
      ...TABLE, // 11, 12
      '| R2 | Detail | unit |', // 13
      '', // 14
      '# Next section', // 15
      '', // 16
      ...TABLE, // 17, 18
      '| R3 | Not surface | unit |', // 19
    );
    const design = extractDesign(text, 'x.md');
    expect(design.surfaceLine).toBe(1);
    expect(design.surface.map((row) => row.requirements[0])).toEqual(['R1', 'R2']);
  });

  it('ends a level-2 section at a level-1 heading', () => {
    const text = doc('## Acceptance test surface', '', '# Other', '', ...TABLE, '| R1 | Outside | e2e |');
    const design = extractDesign(text, 'x.md');
    expect(design.surfaceLine).toBe(1);
    expect(design.surface).toEqual([]);
  });

  it('warns when the section has no table', () => {
    const text = doc('# T', '', '## Acceptance test surface', '', 'To be written.');
    const design = extractDesign(text, 'docs/x.md');
    expect(design.surface).toEqual([]);
    expect(design.diagnostics).toEqual([
      expect.objectContaining({ kind: 'invalid-surface', severity: 'warning', line: 3, file: 'docs/x.md' }),
    ]);
  });

  it('uses only the first section when the heading appears twice', () => {
    const text = doc(
      '## Acceptance test surface', // 1
      '', // 2
      ...TABLE, // 3, 4
      '| R1 | First | e2e |', // 5
      '', // 6
      '## Acceptance test surface', // 7
      '', // 8
      ...TABLE, // 9, 10
      '| R2 | Second | e2e |', // 11
    );
    const design = extractDesign(text, 'x.md');
    expect(design.surfaceLine).toBe(1);
    expect(design.surface.map((row) => row.behavior)).toEqual(['First']);
  });
});
