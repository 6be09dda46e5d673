import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { doc } from './doc.js';

describe('designs without an Acceptance test surface section', () => {
  it('derive one row per requirement and warn once at line 1', () => {
    const design = extractDesign(
      doc(
        '# Feature design: small', // 1
        '', // 2
        '## Requirements', // 3
        '', // 4
        '- **R1:** Export writes', // 5
        '  one file.', // 6
        '- **R2:** Hidden widgets are skipped.', // 7
        '', // 8
        '## Use Cases', // 9
        '', // 10
        '- **U1:** Not derived.', // 11
      ),
      'docs/small.md',
    );
    expect(design.surfaceLine).toBeNull();
    expect(design.surface).toEqual([
      {
        requirements: ['R1'],
        behavior: 'Export writes one file.',
        verifiedBy: '',
        levels: ['unknown'],
        line: 5,
        extra: {},
        derived: true,
      },
      {
        requirements: ['R2'],
        behavior: 'Hidden widgets are skipped.',
        verifiedBy: '',
        levels: ['unknown'],
        line: 7,
        extra: {},
        derived: true,
      },
    ]);
    expect(design.diagnostics).toEqual([
      {
        kind: 'missing-surface',
        severity: 'warning',
        message:
          'Design has no Acceptance test surface table, so its 2 requirements are not measured (level unknown); add the table, or set perDesign.small in the config ({ "levels": ["e2e"] } or { "measured": false })',
        file: 'docs/small.md',
        line: 1,
      },
    ]);
  });

  it('report a file with neither requirements nor a surface as not a design', () => {
    const design = extractDesign(doc('# Release notes', '', '- Fixed a bug.'), 'CHANGELOG.md');
    expect(design.surface).toEqual([]);
    expect(design.requirements).toEqual([]);
    expect(design.diagnostics).toEqual([
      {
        kind: 'missing-surface',
        severity: 'warning',
        message:
          'Design has no Requirements section and no Acceptance test surface table, so nothing in it is measured; add requirements with ids (**R1:** …) or the table',
        file: 'CHANGELOG.md',
        line: 1,
      },
    ]);
  });

  it('say so when the Requirements section defines nothing', () => {
    const design = extractDesign(doc('## Requirements', '', 'TODO'), 'x.md');
    expect(design.diagnostics.map((d) => [d.kind, d.line, d.message])).toEqual([
      [
        'missing-surface',
        1,
        'Design has no requirement ids (R1, R2, …) and no Acceptance test surface table, so nothing in it is measured; number its requirements **R1:** … or add the table',
      ],
    ]);
  });

  it('do not apply when the surface section exists, even if empty', () => {
    const design = extractDesign(
      doc('## Requirements', '', '- **R1:** One.', '', '## Acceptance test surface', '', 'TBD'),
      'x.md',
    );
    expect(design.surface).toEqual([]);
    expect(design.diagnostics.map((d) => d.kind)).toEqual(['invalid-surface']);
  });
});
