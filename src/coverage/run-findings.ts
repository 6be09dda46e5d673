import type { Design, Finding, TestResult } from '../model.js';
import { finding } from './finding.js';
import type { TestCase } from './test-cases.js';

/** `pending`: every scenario of an expected requirement is pending (skip tag or to-do steps). */
export function pendingFinding(design: Design, id: string, line: number, cases: readonly TestCase[], skipTag: string | null): Finding {
  const names = [...new Set(cases.map((c) => `"${c.name}" (${c.file}:${c.scenarioLine})`))].join(', ');
  const remove = skipTag ? `remove ${skipTag} and ` : '';
  return finding('pending', {
    file: design.path,
    line,
    design: design.slug,
    requirement: id,
    message: `Unexpected pending scenarios only for ${id}: ${names}, expected one that runs (${remove}write its TODO steps)`,
  });
}

const BECAUSE = {
  'runner-list': (file: string, list?: string) => `${file} is not in the runner list${list ? ` ${list}` : ''}, so the suite never runs it`,
  tags: (_file: string, _list?: string, tags?: string) => `the tag expression${tags ? ` "${tags}"` : ''} does not select it`,
  'no-result': () => 'the results hold no executed test case for it',
} as const;

/** `not-run`: a requirement's non-pending scenarios, none of which the run selects or executed. */
export function notRunFindings(design: Design, id: string, cases: readonly TestCase[], list?: string, tags?: string): Finding[] {
  const notRun = cases.filter((c) => c.status === 'not-run' && c.reason);
  const scenarios = new Set(notRun.map((c) => `${c.file}:${c.scenarioLine}`)).size;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const testCase of notRun) {
    const where = `${testCase.file}:${testCase.line}`;
    if (!testCase.reason || seen.has(where)) continue;
    seen.add(where);
    const which = scenarios === 1 ? `is the only one for ${id}, but` : `is one of the scenarios for ${id}, none of which runs:`;
    findings.push(finding('not-run', {
      file: testCase.file,
      line: testCase.line,
      design: design.slug,
      requirement: id,
      message: `Scenario "${testCase.name}" ${which} ${BECAUSE[testCase.reason](testCase.file, list, tags)}`,
    }));
  }
  return findings;
}

/** `failed`: a test case that failed (or was undefined, ambiguous or pending) in the results. */
export function failedFinding(testCase: TestCase, design: string): Finding {
  return finding('failed', {
    file: testCase.file,
    line: testCase.line,
    design,
    requirement: testCase.requirements[0],
    data: { message: testCase.message ?? 'failed' },
    message: `Unexpected failure of scenario "${testCase.name}" (${testCase.requirements.join(', ')}), expected it to pass: ${testCase.message ?? 'failed'}`,
  });
}

/** `unknown-result`: one finding when no result matches (wrong folder or results), else one per results and feature file. */
export function unknownResultFindings(unmatched: readonly TestResult[], total: number, root: string): Finding[] {
  const first = unmatched[0];
  if (!first) return [];
  if (unmatched.length === total) {
    const sources = [...new Set(unmatched.map((r) => r.source))].join(', ');
    return [
      finding('unknown-result', {
        file: first.source,
        line: first.sourceLine,
        message: `Unexpected results: none of the ${total} test cases in ${sources} matches a scenario of the feature files read, expected paths relative to ${root} (run coverage where the runner ran, or with --cwd) or the results of this suite`,
      }),
    ];
  }
  const groups = new Map<string, TestResult[]>();
  for (const result of unmatched) {
    const key = `${result.source}\0${result.uri ?? result.classname ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.values()].map((group) => {
    const one = group[0] as TestResult;
    const names = group.slice(0, 3).map((r) => `"${r.name}"`).join(', ') + (group.length > 3 ? `, and ${group.length - 3} more` : '');
    return finding('unknown-result', {
      file: one.source,
      line: one.sourceLine,
      message: `Unexpected result${group.length > 1 ? 's' : ''} ${names} for ${one.uri ?? one.classname ?? 'an unnamed feature'}, expected a scenario of the feature files (renamed, moved or deleted since the run?)`,
    });
  });
}
