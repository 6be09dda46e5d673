import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageOptions } from '../../src/coverage/compute-coverage.js';
import { fingerprint } from '../../src/shared/provenance.js';
import type { Design, FeatureIndex, Level, ScenarioEntry, SurfaceRow } from '../../src/model.js';

function row(ids: string[], behavior: string, levels: Level[], line: number): SurfaceRow {
  return { requirements: ids, behavior, verifiedBy: levels.join(' + '), levels, line, extra: {} };
}

function design(slug: string, surface: SurfaceRow[], ids = ['R1', 'R2', 'R3']): Design {
  return {
    path: `docs/design/${slug}/${slug}.md`,
    slug,
    title: slug.toUpperCase(),
    feature: null,
    spike: null,
    requirements: ids.map((id, i) => ({ id, text: `${id} text`, line: 10 + i })),
    useCases: [],
    surface,
    surfaceLine: 30,
    diagnostics: [],
  };
}

function scenario(name: string, line: number, designSlug: string | null, ids: string[], extra: Partial<ScenarioEntry> = {}): ScenarioEntry {
  return {
    name,
    keyword: 'Scenario',
    line,
    design: designSlug,
    designLine: designSlug ? 1 : null,
    requirements: ids.map((id) => ({ id, line: line - 1 })),
    tags: ids.map((id) => `@${id}`),
    provenance: null,
    ...extra,
  };
}

function feature(path: string, scenarios: ScenarioEntry[]): FeatureIndex {
  return { path, name: 'F', line: 2, designTags: [], scenarios, diagnostics: [] };
}

const options: CoverageOptions = { levels: ['e2e'], severity: {} };

const pay = design('pay', [
  row(['R1'], 'Paying works', ['e2e'], 32),
  row(['R2', 'R3'], 'Refunds work', ['unit', 'e2e'], 33),
  row(['R3'], 'Receipts', ['unit'], 34),
]);

describe('computeCoverage', () => {
  it('counts a requirement as covered by a tagged scenario in a linked file', () => {
    const report = computeCoverage([pay], [feature('f/pay.feature', [scenario('Pay', 5, 'pay', ['R1', 'R2'])])], options);
    const byId = Object.fromEntries(report.designs[0]!.requirements.map((r) => [r.id, r]));
    expect(byId.R1!.status).toBe('covered');
    expect(byId.R1!.scenarios).toEqual([{ file: 'f/pay.feature', line: 5, name: 'Pay', status: 'covered' }]);
    expect(byId.R2!.status).toBe('covered');
    expect(byId.R3!.status).toBe('uncovered');
    expect(report.summary).toMatchObject({ expected: 3, covered: 2, uncovered: 1, coverage: 66.6 });
    expect(report.findings.filter((f) => f.kind === 'uncovered')).toEqual([
      expect.objectContaining({ file: 'docs/design/pay/pay.md', line: 33, requirement: 'R3', severity: 'error' }),
    ]);
  });

  it('expects only requirements with a row at the selected levels', () => {
    const report = computeCoverage([pay], [], { ...options, levels: ['unit'] });
    expect(report.designs[0]!.requirements.filter((r) => r.expected).map((r) => r.id)).toEqual(['R2', 'R3']);
    const e2e = computeCoverage([pay], [], options);
    expect(e2e.designs[0]!.requirements.find((r) => r.id === 'R3')!.expected).toBe(true);
  });

  it('never counts R1 of one design for R1 of another, nor a tag in an unlinked file', () => {
    const other = design('other', [row(['R1'], 'Other', ['e2e'], 12)], ['R1']);
    const report = computeCoverage(
      [pay, other],
      [feature('a.feature', [scenario('x', 3, 'other', ['R1'])]), feature('b.feature', [scenario('y', 3, null, ['R1'])])],
      options,
    );
    expect(report.designs.find((d) => d.slug === 'pay')!.covered).toBe(0);
    expect(report.designs.find((d) => d.slug === 'other')!.covered).toBe(1);
  });

  it('reports orphaned tags and design slugs once per tag line, and untraced scenarios', () => {
    const report = computeCoverage(
      [pay],
      [
        feature('a.feature', [
          scenario('Has R9', 8, 'pay', ['R9']),
          scenario('Also R9 from the same Feature tag', 12, 'pay', ['R9'], { requirements: [{ id: 'R9', line: 7 }] }),
          scenario('Untagged', 20, 'pay', []),
        ]),
        feature('b.feature', [scenario('A', 4, 'nope', ['R1']), scenario('B', 8, 'nope', ['R1'])]),
      ],
      options,
    );
    const kinds = report.findings.map((f) => `${f.kind} ${f.file}:${f.line}`);
    expect(kinds).toContain('orphaned a.feature:7');
    expect(kinds.filter((k) => k === 'orphaned a.feature:7')).toHaveLength(1);
    expect(kinds).toContain('untraced a.feature:20');
    expect(kinds.filter((k) => k.startsWith('orphaned b.feature'))).toEqual(['orphaned b.feature:1']);
  });

  it('reports undefined and unmapped requirements at their lines', () => {
    const d = design('d', [row(['R1', 'R8'], 'x', ['e2e'], 40)], ['R1', 'R2']);
    const report = computeCoverage([d], [], { ...options, severity: {} });
    const found = report.findings.map((f) => `${f.kind} ${f.requirement} ${f.line}`);
    expect(found).toContain('undefined-requirement R8 40');
    expect(found).toContain('unmapped-requirement R2 11');
  });

  it('does not report unmapped requirements for derived rows of a design without a table', () => {
    const d = design('d', [{ ...row(['R1'], 'R1 text', ['unknown'], 10), derived: true }], ['R1']);
    const report = computeCoverage([d], [], { ...options, levels: ['unknown'] });
    expect(report.findings.map((f) => f.kind)).toEqual(['uncovered']);
  });

  it('reports a duplicate slug and keeps the first design', () => {
    const twin = { ...design('pay', []), path: 'docs/design/z/pay.md' };
    const report = computeCoverage([pay, twin], [], options);
    expect(report.designs).toHaveLength(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: 'duplicate', file: 'docs/design/z/pay.md' }));
  });

  it('reports a stale scenario when the row behavior changed, and not when it matches', () => {
    const entry = (behavior: string): ScenarioEntry =>
      scenario('Pay', 6, 'pay', ['R1'], {
        provenance: { design: 'pay', row: ['R1'], fingerprint: fingerprint(behavior), behavior, line: 4 },
      });
    const fresh = computeCoverage([pay], [feature('a.feature', [entry('Paying   works')])], options);
    expect(fresh.findings.filter((f) => f.kind === 'stale')).toEqual([]);
    const stale = computeCoverage([pay], [feature('a.feature', [entry('Paying used to work')])], options);
    const finding = stale.findings.find((f) => f.kind === 'stale');
    expect(finding).toMatchObject({ file: 'a.feature', line: 4, severity: 'warning', requirement: 'R1' });
    expect(finding!.data).toEqual({ newBehavior: 'Paying works', oldBehavior: 'Paying used to work', designLine: '32' });
  });

  it('treats scenarios outside the runner list as not run', () => {
    const features = [feature('listed.feature', [scenario('A', 3, 'pay', ['R1'])]), feature('other.feature', [scenario('B', 3, 'pay', ['R2'])])];
    const report = computeCoverage([pay], features, { ...options, runnable: new Set(['listed.feature']), runnerListName: 'list.txt' });
    const byId = Object.fromEntries(report.designs[0]!.requirements.map((r) => [r.id, r.status]));
    expect(byId).toMatchObject({ R1: 'covered', R2: 'not-run', R3: 'uncovered' });
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: 'not-run', file: 'other.feature', line: 3 }));
    expect(report.summary.covered).toBe(1);
  });

  it('applies configured severities and drops kinds set to off', () => {
    const report = computeCoverage([pay], [feature('a.feature', [scenario('U', 3, 'pay', [])])], {
      ...options,
      severity: { uncovered: 'warning', untraced: 'off' },
    });
    expect(report.findings.some((f) => f.kind === 'untraced')).toBe(false);
    expect(report.findings.filter((f) => f.kind === 'uncovered').every((f) => f.severity === 'warning')).toBe(true);
    expect(report.summary.errors).toBe(0);
  });

  it('names a requirement tag hidden by an invisible character in the untraced finding', () => {
    const hidden = scenario('Z', 3, 'pay', [], { tags: ['@R1\u200b', '@smoke'] });
    const plain = scenario('Y', 9, 'pay', [], { tags: ['@smoke'] });
    const untraced = computeCoverage([pay], [feature('a.feature', [hidden, plain])], options).findings.filter((f) => f.kind === 'untraced');
    expect(untraced.map((f) => f.message)).toEqual([
      'Scenario "Z" has no requirement tag (for example @R1) of design pay; its tag @R1\u200b holds an invisible character',
      'Scenario "Y" has no requirement tag (for example @R1) of design pay',
    ]);
  });

  it('passes parse errors through and sorts findings by file and line', () => {
    const broken: FeatureIndex = {
      path: 'a.feature',
      name: null,
      line: null,
      designTags: [],
      scenarios: [],
      diagnostics: [{ kind: 'parse-error', severity: 'error', file: 'a.feature', line: 5, message: 'bad' }],
    };
    const report = computeCoverage([pay], [broken], options);
    expect(report.findings[0]).toMatchObject({ kind: 'parse-error', file: 'a.feature', line: 5 });
    const files = report.findings.map((f) => `${f.file}:${String(f.line).padStart(4, '0')}`);
    expect(files).toEqual([...files].sort());
  });
});
