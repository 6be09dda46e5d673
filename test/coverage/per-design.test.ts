import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/coverage/compute-coverage.js';
import { applyPerDesign } from '../../src/coverage/per-design.js';
import { extractDesign } from '../../src/design/extract-design.js';

const NO_SURFACE = extractDesign('# Feature design for Policy\n\n## Requirements\n\n- **R1:** One.\n- **R2:** Two.\n', 'docs/policy/policy.md');
const TITLED = (path: string) => extractDesign('# Feature design for Same\n\n## Requirements\n\n- **R1:** One.\n', path);

function expected(settings: Parameters<typeof applyPerDesign>[1]) {
  const report = computeCoverage(applyPerDesign([NO_SURFACE], settings), [], { levels: ['e2e'], severity: {} });
  return { expected: report.designs[0]?.expected, kinds: report.findings.map((f) => f.kind) };
}

describe('perDesign', () => {
  it('leaves a design without a surface table unmeasured by default, with one warning', () => {
    expect(expected({})).toEqual({ expected: 0, kinds: ['missing-surface'] });
  });

  it('expects every requirement at the levels given for the design', () => {
    expect(expected({ policy: { levels: ['e2e'] } })).toEqual({ expected: 2, kinds: ['uncovered', 'uncovered'] });
  });

  it('expects nothing and drops the warning for a design measured elsewhere', () => {
    expect(expected({ policy: { measured: false, reason: 'release process' } })).toEqual({ expected: 0, kinds: [] });
  });
});

describe('designs with the same title', () => {
  it('get a duplicate warning at the second', () => {
    const report = computeCoverage([TITLED('docs/a/a.md'), TITLED('docs/b/b.md')], [], { levels: ['unit'], severity: { 'missing-surface': 'off' } });
    expect(report.findings.map((f) => [f.kind, f.file, f.message])).toEqual([
      ['duplicate', 'docs/b/b.md', 'Unexpected title "Feature design for Same" already used by docs/a/a.md, expected each design to have its own title'],
    ]);
  });
});
