import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/coverage/compute-coverage.js';
import { indexFeature } from '../../src/features/index-feature.js';
import type { Design, TestResult } from '../../src/model.js';
import { matchResults } from '../../src/results/match-results.js';
import { readResults } from '../../src/results/read-results.js';
import { tagSelector, toTagExpression } from '../../src/config/tag-expression.js';

const FEATURE = `@design:shop
Feature: Basket

  @R1
  Scenario: Adding an item
    Given an empty basket

  Scenario Outline: Totals <first>
    Given I add "<first>"

    @R1
    Examples: adding works
      | first |
      | apple |

    @R2 @skip
    Examples: later
      | first |
      | pear  |

    @R3
    Examples: sums
      | first |
      | plum  |
      | fig   |
`;
// Lines: Adding an item 5; Outline 8; rows: apple 14, pear 19, plum 24, fig 25.

const SKELETON = `@design:shop
Feature: Skeleton

  @R4
  Scenario: R4 something
    Given TODO: set up the preconditions for R4
`;

const shop: Design = {
  path: 'docs/design/shop/shop.md',
  slug: 'shop',
  title: 'Shop',
  feature: null,
  spike: null,
  requirements: ['R1', 'R2', 'R3', 'R4', 'R5'].map((id, i) => ({ id, text: `${id} text`, line: 5 + i })),
  useCases: [],
  surface: ['R1', 'R2', 'R3', 'R4', 'R5'].map((id, i) => ({
    requirements: [id], behavior: id, verifiedBy: 'e2e', levels: ['e2e' as const], line: 20 + i, extra: {},
  })),
  surfaceLine: 18,
  diagnostics: [],
};

const features = [indexFeature(FEATURE, 'features/basket.feature'), indexFeature(SKELETON, 'features/skeleton.feature')];

function statuses(results: TestResult[] | null, extra: { selects?: ((tags: readonly string[]) => boolean) | null } = {}) {
  const matched = results ? { ...matchResults(results, features, '/repo'), files: ['r'], total: results.length, root: '/repo' } : null;
  const report = computeCoverage([shop], features, { levels: ['e2e'], severity: {}, skipTag: '@skip', results: matched, ...extra });
  return { report, status: Object.fromEntries(report.designs[0]!.requirements.map((r) => [r.id, r.status])) };
}

function messages(cases: { uri: string; line: number; name: string; status: string; message?: string }[], finished = true): string {
  const lines = cases.flatMap((c, i) => [
    { pickle: { id: `p${i}`, uri: c.uri, name: c.name, location: { line: c.line } } },
    { testCase: { id: `t${i}`, pickleId: `p${i}` } },
    { testCaseStarted: { id: `s${i}`, testCaseId: `t${i}` } },
    { testStepFinished: { testCaseStartedId: `s${i}`, testStepResult: { status: c.status, message: c.message } } },
    { testCaseFinished: { testCaseStartedId: `s${i}`, willBeRetried: false } },
  ]);
  if (finished) lines.push({ testRunFinished: {} } as never);
  return lines.map((line) => JSON.stringify(line)).join('\n');
}

describe('index: Outline rows and pending markers', () => {
  it('lists each Examples row with the tags of its block, and marks TODO steps', () => {
    const outline = features[0]!.scenarios[1]!;
    expect(outline.rows?.map((row) => [row.line, row.block, row.row, row.requirements, row.tags.includes('@skip')])).toEqual([
      [14, 1, 1, ['R1'], false],
      [19, 2, 1, ['R2'], true],
      [24, 3, 1, ['R3'], false],
      [25, 3, 2, ['R3'], false],
    ]);
    expect(features[0]!.scenarios[0]!.todo).toBeUndefined();
    expect(features[1]!.scenarios[0]!.todo).toBe(true);
  });
});

describe('requirement status rules', () => {
  it('without results: covered, pending by an inherited skip tag or a TODO step, uncovered', () => {
    expect(statuses(null).status).toEqual({ R1: 'covered', R2: 'pending', R3: 'covered', R4: 'pending', R5: 'uncovered' });
  });

  it('a tag expression that excludes every scenario of a requirement makes it not-run', () => {
    const { status, report } = statuses(null, { selects: tagSelector(['not @R3']) });
    expect(status.R3).toBe('not-run');
    expect(report.findings.filter((f) => f.kind === 'not-run').map((f) => f.line)).toEqual([24, 25]);
    expect(report.summary).toMatchObject({ expected: 5, covered: 1, pending: 2, notRun: 1, uncovered: 1, coverage: 20 });
  });

  it('with results: passed, failed (one failing row is enough), not-run when nothing executed', () => {
    const results = readResults(messages([
      { uri: 'features/basket.feature', line: 5, name: 'Adding an item', status: 'PASSED' },
      { uri: 'features/basket.feature', line: 14, name: 'Totals apple', status: 'PASSED' },
      { uri: 'features/basket.feature', line: 24, name: 'Totals plum', status: 'PASSED' },
      { uri: 'features/basket.feature', line: 25, name: 'Totals fig', status: 'UNDEFINED' },
    ]), 'm.ndjson');
    const { status, report } = statuses(results);
    expect(status).toEqual({ R1: 'passed', R2: 'pending', R3: 'failed', R4: 'pending', R5: 'uncovered' });
    expect(report.summary).toMatchObject({ passed: 1, failed: 1, coverage: 40, verified: 20 });
    const failed = report.findings.filter((f) => f.kind === 'failed');
    expect(failed.map((f) => [f.file, f.line])).toEqual([['features/basket.feature', 25]]);
    const onlyR1 = statuses(results.slice(0, 1)).status;
    expect(onlyR1.R3).toBe('not-run');
  });
});

describe('results formats', () => {
  it('Cucumber JSON of cucumber-js: uri, element line, status from the steps', () => {
    const json = JSON.stringify([{ uri: 'features/basket.feature', elements: [
      { type: 'scenario', line: 5, name: 'Adding an item', steps: [{ result: { status: 'passed' } }] },
      { type: 'scenario', line: 25, name: 'Totals fig', steps: [{ keyword: 'Given ', name: 'x', result: { status: 'failed', error_message: 'Boom\nstack' } }] },
    ] }]);
    const results = readResults(json, 'c.json');
    expect(results.map((r) => [r.uri, r.line, r.status, r.message])).toEqual([
      ['features/basket.feature', 5, 'passed', null],
      ['features/basket.feature', 25, 'failed', 'Boom'],
    ]);
  });

  it("behave's JSON: location file:line and status on the element", () => {
    const json = JSON.stringify([{ location: 'features/basket.feature:2', elements: [
      { type: 'scenario', location: 'features/basket.feature:24', name: 'Totals plum -- @3.1 sums', status: 'passed', steps: [] },
      { type: 'scenario', location: 'features/basket.feature:25', name: 'Totals fig -- @3.2 sums', status: 'failed', steps: [{ keyword: 'When', name: 'I pay', result: { status: 'undefined' } }] },
    ] }]);
    const results = readResults(json, 'b.json');
    expect(results.map((r) => [r.line, r.status, r.message])).toEqual([[24, 'passed', null], [25, 'failed', 'undefined step: When I pay']]);
    expect(matchResults(results, features, '/repo').byKey.size).toBe(2);
  });

  it("JUnit of behave (classname stem.Feature, rows -- @b.r) and of cucumber-js (rows - examples - #b.r)", () => {
    const behave = `<testsuite name="basket.Basket"><testcase classname="basket.Basket" name="Totals fig -- @3.2 sums" status="failed"><failure message="None">Failing step: When I pay ... undefined</failure></testcase>
<testcase classname="basket.Basket" name="Totals pear -- @2.1 later" status="skipped"><skipped /></testcase></testsuite>`;
    const matched = matchResults(readResults(behave, 'TESTS-basket.xml'), features, '/repo');
    expect([...matched.byKey.entries()].map(([key, r]) => [key, r.status, r.message])).toEqual([
      ['features/basket.feature:25', 'failed', 'Failing step: When I pay ... undefined'],
      ['features/basket.feature:19', 'skipped', null],
    ]);
    const cucumber = `<?xml version="1.0"?><testsuite name="Cucumber"><testcase classname="Basket" name="Totals - sums - #3.1"/><testcase classname="Basket" name="Adding an item"><failure/></testcase></testsuite>`;
    const second = matchResults(readResults(cucumber, 'junit.xml'), features, '/repo');
    expect([...second.byKey.entries()].map(([key, r]) => [key, r.status])).toEqual([
      ['features/basket.feature:24', 'passed'],
      ['features/basket.feature:5', 'failed'],
    ]);
  });

  it('a renamed scenario is still found by its line; by name alone it is an unknown result', () => {
    const byLine = readResults(messages([{ uri: 'features/basket.feature', line: 5, name: 'Adding one item', status: 'PASSED' }]), 'm');
    // The line holds a scenario of another name: not trusted blindly, reported as unknown.
    expect(matchResults(byLine, features, '/repo').unmatched).toHaveLength(1);
    const junit = readResults('<testsuite><testcase classname="Basket" name="Adding one item"/><testcase classname="Basket" name="Adding an item"/></testsuite>', 'j.xml');
    const matched = matchResults(junit, features, '/repo');
    expect(matched.unmatched.map((r) => r.name)).toEqual(['Adding one item']);
    expect(matched.byKey.has('features/basket.feature:5')).toBe(true);
  });

  it('a stale results file (lines moved) still maps by name; results of another folder give one finding', () => {
    const stale = readResults(messages([{ uri: 'features/basket.feature', line: 3, name: 'Adding an item', status: 'PASSED' }]), 'm');
    expect([...matchResults(stale, features, '/repo').byKey.keys()]).toEqual(['features/basket.feature:5']);
    const elsewhere = readResults(messages([
      { uri: 'other/a.feature', line: 5, name: 'A', status: 'PASSED' },
      { uri: 'other/b.feature', line: 5, name: 'B', status: 'PASSED' },
    ]), 'm.ndjson');
    const { report } = statuses(elsewhere);
    const unknown = report.findings.filter((f) => f.kind === 'unknown-result');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toContain('none of the 2 test cases');
  });

  it('paths under another folder match by their ending; absolute paths are made relative', () => {
    const results = readResults(messages([
      { uri: 'repo/features/basket.feature', line: 5, name: 'Adding an item', status: 'PASSED' },
      { uri: '/repo/features/skeleton.feature', line: 5, name: 'R4 something', status: 'PASSED' },
    ]), 'm');
    expect([...matchResults(results, features, '/repo').byKey.keys()]).toEqual(['features/basket.feature:5', 'features/skeleton.feature:5']);
  });

  it('a cut-off file, or one in no known format, is one clear usage error', () => {
    const full = messages([{ uri: 'features/basket.feature', line: 5, name: 'Adding an item', status: 'PASSED' }]);
    expect(() => readResults(full.slice(0, full.length - 30), 'm.ndjson')).toThrow(/cut off\?\) in results file m\.ndjson:5/);
    expect(() => readResults(messages([], false) || '{"meta":{}}', 'm.ndjson')).toThrow(/testRunFinished/);
    expect(() => readResults('[{"uri":"a.feature","elements":[', 'c.json')).toThrow(/cut off or not JSON\) in results file c\.json/);
    expect(() => readResults('<testsuite><testcase name="a">', 'j.xml')).toThrow(/cut off\?\) in results file j\.xml/);
    expect(() => readResults('hello', 'x.txt')).toThrow(/Unexpected text "hello" in results file x\.txt, expected Cucumber Messages/);
    expect(() => readResults('', 'x.txt')).toThrow(/empty file/);
  });
});

describe('tag expressions', () => {
  it("turns behave 1.2.6's old forms into Cucumber expressions", () => {
    expect(toTagExpression('-skip')).toBe('not @skip');
    expect(toTagExpression('~@wip')).toBe('not @wip');
    expect(toTagExpression('@a,@b')).toBe('(@a or @b)');
    expect(toTagExpression('not @skip and (@a or @b)')).toBe('not @skip and (@a or @b)');
  });

  it('ANDs repeated values and evaluates inherited tags', () => {
    const select = tagSelector(['-skip', '@a,@b'])!;
    expect(select(['@a'])).toBe(true);
    expect(select(['@b', '@skip'])).toBe(false);
    expect(select(['@c'])).toBe(false);
    expect(tagSelector([])).toBeNull();
    expect(() => tagSelector(['@a and'])).toThrow(/Unexpected tag expression "@a and"/);
  });
});
