import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import type { SurfaceRow } from '../../src/model.js';
import { doc } from './doc.js';

/** A design whose surface section starts at line 1; the header row is line 3, body rows start at line 5. */
function surface(header: string, ...rows: string[]) {
  const separator = `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`;
  return extractDesign(doc('## Acceptance test surface', '', header, separator, ...rows), 'docs/design/x.md');
}

describe('surface table columns', () => {
  it('finds columns by header name in any order and keeps extra columns', () => {
    const design = surface(
      '| Verified by | Notes | Observable behaviour | Requirements | Owner |',
      '| unit | flaky on CI | Saves the file | R2 | Ana |',
    );
    expect(design.surface).toEqual<SurfaceRow[]>([
      {
        requirements: ['R2'],
        behavior: 'Saves the file',
        verifiedBy: 'unit',
        levels: ['unit'],
        line: 5,
        extra: { Notes: 'flaky on CI', Owner: 'Ana' },
      },
    ]);
    expect(design.diagnostics).toEqual([]);
  });

  it('keeps an extra column named `__proto__` as an ordinary key', () => {
    const design = surface('| Req | Observable behavior | Verified by | `__proto__` |', '| R1 | Saves | unit | polluted |');
    const extra = design.surface[0]?.extra ?? {};
    expect(Object.keys(extra)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(extra, '__proto__')?.value).toBe('polluted');
  });

  it.each([
    ['| Req | Observable behavior | Verified by |'],
    ['| requirement | BEHAVIOR | verification |'],
    ['| ID | Behaviour | Verified By |'],
    ['| Req ID | Observable Behaviour | Verification |'],
    ['| **Req** | *Observable behavior* | Verified by: |'],
  ])('accepts the header %s', (header) => {
    const design = surface(header, '| R1 | Works | e2e |');
    expect(design.surface.map((row) => [row.requirements, row.behavior, row.verifiedBy])).toEqual([
      [['R1'], 'Works', 'e2e'],
    ]);
    expect(design.diagnostics).toEqual([]);
  });

  it('reports a table missing a required column at its header line', () => {
    const design = surface('| Req | Observable behavior | Notes |', '| R1 | Works | e2e |');
    expect(design.surface).toEqual([]);
    expect(design.diagnostics).toEqual([
      {
        kind: 'invalid-surface',
        severity: 'error',
        message: 'Unexpected table header `Req | Observable behavior | Notes`, expected a `Verified by` column',
        file: 'docs/design/x.md',
        line: 3,
      },
    ]);
  });

  it('names every missing column', () => {
    const design = surface('| File | What to do |', '| a.ts | edit |');
    expect(design.diagnostics.map((d) => d.message)).toEqual([
      'Unexpected table header `File | What to do`, expected `Req`, `Observable behavior` and `Verified by` columns',
    ]);
  });

  it('reads a second valid table in the section after an invalid one', () => {
    const text = doc(
      '## Acceptance test surface', // 1
      '', // 2
      '| Legend | Meaning |', // 3
      '|---|---|', // 4
      '| e2e | end to end |', // 5
      '', // 6
      '| Req | Observable behavior | Verified by |', // 7
      '|---|---|---|', // 8
      '| R1 | Works | e2e |', // 9
    );
    const design = extractDesign(text, 'x.md');
    expect(design.surface.map((row) => row.line)).toEqual([9]);
    expect(design.diagnostics.map((d) => [d.kind, d.severity, d.line])).toEqual([['invalid-surface', 'error', 3]]);
  });

  it('reads missing trailing cells as empty', () => {
    const design = surface('| Req | Observable behavior | Verified by | Notes |', '| R1 | Works |');
    expect(design.surface[0]).toMatchObject({ behavior: 'Works', verifiedBy: '', levels: ['unknown'], extra: { Notes: '' } });
  });
});

describe('surface rows', () => {
  const HEADER = '| Req | Observable behavior | Verified by |';

  it('expands multi-id and range rows in order', () => {
    const design = surface(
      HEADER,
      '| R4, R4a | A | e2e |', // 5
      '| R1, R6, R8 | B | e2e |', // 6
      '| R1–R3 | C | e2e |', // 7
      '| R1-R3 | D | e2e |', // 8
      '| R1—R3 | E | e2e |', // 9
      '| R1..R3 | F | e2e |', // 10
      '| R4a–R4c | G | e2e |', // 11
    );
    expect(design.surface.map((row) => [row.line, row.requirements])).toEqual([
      [5, ['R4', 'R4a']],
      [6, ['R1', 'R6', 'R8']],
      [7, ['R1', 'R2', 'R3']],
      [8, ['R1', 'R2', 'R3']],
      [9, ['R1', 'R2', 'R3']],
      [10, ['R1', 'R2', 'R3']],
      [11, ['R4a', 'R4b', 'R4c']],
    ]);
    expect(design.diagnostics).toEqual([]);
  });

  it('keeps several rows for one requirement', () => {
    const design = surface(HEADER, '| R1 | Happy path | e2e |', '| R1 | Error path | unit |');
    expect(design.surface.map((row) => [row.requirements, row.behavior, row.levels])).toEqual([
      [['R1'], 'Happy path', ['e2e']],
      [['R1'], 'Error path', ['unit']],
    ]);
  });

  it('warns about a row without an id and drops it', () => {
    const design = surface(HEADER, '| R1 | Kept | e2e |', '| TODO | Dropped | e2e |', '|  | Also dropped | e2e |');
    expect(design.surface.map((row) => row.behavior)).toEqual(['Kept']);
    expect(design.diagnostics.map((d) => [d.kind, d.severity, d.line, d.file])).toEqual([
      ['invalid-surface', 'warning', 6, 'docs/design/x.md'],
      ['invalid-surface', 'warning', 7, 'docs/design/x.md'],
    ]);
    expect(design.diagnostics[0]?.message).toBe('Unexpected requirement cell `TODO`, expected a requirement id such as `R1`');
  });

  it('warns about a reversed range at its row', () => {
    const design = surface(HEADER, '| R3–R1 | Backwards | e2e |', '| R2, R9..R7 | Partly | e2e |');
    expect(design.surface.map((row) => [row.line, row.requirements])).toEqual([[6, ['R2']]]);
    expect(design.diagnostics.map((d) => [d.kind, d.severity, d.line, d.message])).toEqual([
      ['invalid-surface', 'warning', 5, 'Unexpected reversed range `R3–R1`, expected the lower id first'],
      ['invalid-surface', 'warning', 6, 'Unexpected reversed range `R9..R7`, expected the lower id first'],
    ]);
  });

  it('turns cell markup into plain readable text', () => {
    const design = surface(
      HEADER,
      '| **R1** | Reads `config.yaml` from **the** [docs page](https://example.com/docs) and _logs_ it | [e2e](https://ci.example.com) |',
    );
    expect(design.surface[0]).toMatchObject({
      requirements: ['R1'],
      behavior: 'Reads config.yaml from the docs page and logs it',
      verifiedBy: 'e2e',
      levels: ['e2e'],
    });
  });

  it('reads an escaped pipe as a literal pipe, also inside inline code', () => {
    const design = surface(HEADER, '| R1 | Runs `a \\| b` and prints x \\| y | unit |');
    expect(design.surface[0]?.behavior).toBe('Runs a | b and prints x | y');
  });

  it('turns <br> into a space and collapses whitespace', () => {
    const design = surface(HEADER, '| R1 | First line<br>second<br/>third <BR />fourth   and  <b>bold</b> | e2e<br>unit |');
    expect(design.surface[0]?.behavior).toBe('First line second third fourth and bold');
    expect(design.surface[0]?.verifiedBy).toBe('e2e unit');
    expect(design.surface[0]?.levels).toEqual(['e2e', 'unit']);
  });

  it('keeps the verification text and classifies it', () => {
    const design = surface(HEADER, '| R1 | A | e2e (kind/CRC) or documented manual verification |');
    expect(design.surface[0]?.verifiedBy).toBe('e2e (kind/CRC) or documented manual verification');
    expect(design.surface[0]?.levels).toEqual(['e2e', 'manual']);
  });

  it('warns about verification text that names no level', () => {
    const design = surface(HEADER, '| R1 | A | TODO |', '| R2 | B |  |', '| R3 | C | e2e |');
    expect(design.surface.map((row) => row.levels)).toEqual([['unknown'], ['unknown'], ['e2e']]);
    expect(design.diagnostics).toEqual([
      {
        kind: 'unclassified-verification',
        severity: 'warning',
        message: 'Unexpected verification `TODO`, expected it to name e2e, integration, unit or manual',
        file: 'docs/design/x.md',
        line: 5,
      },
      {
        kind: 'unclassified-verification',
        severity: 'warning',
        message: 'Unexpected empty `Verified by` cell, expected it to name e2e, integration, unit or manual',
        file: 'docs/design/x.md',
        line: 6,
      },
    ]);
  });
});
