import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/model.js';
import { junitReport, JUNIT_NO_DESIGN_SUITE } from '../../src/report/junit.js';
import { stripXmlForbidden } from '../../src/report/escape-xml.js';
import { EMPTY, HOSTILE, ORDINARY, OPTIONS } from './fixtures.js';

interface Case {
  classname: string;
  name: string;
  file: string;
  failure?: { type: string; message: string; '#text'?: string };
  skipped?: { message: string };
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  skipped: string;
  testcase?: Case[];
}
interface Parsed {
  testsuites: { tests: string; failures: string; errors: string; skipped: string; testsuite?: Suite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

function parse(report: CoverageReport): Parsed {
  const xml = junitReport(report, OPTIONS);
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
}

describe('junitReport', () => {
  it('is valid XML for every fixture', () => {
    for (const report of [ORDINARY, HOSTILE, EMPTY]) {
      expect(XMLValidator.validate(junitReport(report, OPTIONS))).toBe(true);
    }
  });

  it('has one suite per design plus one for findings tied to no known design', () => {
    const suites = parse(ORDINARY).testsuites.testsuite ?? [];
    expect(suites.map((s) => s.name)).toEqual(['conversation-export', 'rate-limits', JUNIT_NO_DESIGN_SUITE]);
  });

  it('has one testcase per expected requirement, failing when uncovered or stale, skipped when not run', () => {
    const suite = (parse(ORDINARY).testsuites.testsuite ?? [])[0] as Suite;
    const requirementCases = (suite.testcase ?? []).filter((c) => /^R\d+:/.test(c.name));
    const expected = ORDINARY.designs[0]!.requirements.filter((r) => r.expected);
    expect(requirementCases.map((c) => c.name)).toEqual(expected.map((r) => `${r.id}: ${r.text}`));
    const failing = Object.fromEntries(requirementCases.map((c) => [c.name.split(':')[0], c.failure?.type ?? null]));
    expect(failing).toEqual({ R1: 'stale', R2: null, R3: 'uncovered', R5: null });
    const r5 = requirementCases.find((c) => c.name.startsWith('R5:'))!;
    expect(JSON.stringify(r5.skipped)).toContain('not-run: ');
    const r3 = requirementCases.find((c) => c.name.startsWith('R3:'))!;
    expect(r3.classname).toBe('conversation-export');
    expect(r3.failure?.['#text']).toContain('docs/design/conversation-export/conversation-export.md:120');
  });

  it('makes every orphaned finding a failing testcase, and warnings skipped ones', () => {
    const cases = (parse(ORDINARY).testsuites.testsuite ?? []).flatMap((s) => s.testcase ?? []);
    const orphaned = cases.filter((c) => c.failure?.type === 'orphaned');
    expect(orphaned).toHaveLength(ORDINARY.findings.filter((f) => f.kind === 'orphaned').length);
    expect(cases.filter((c) => c.skipped).map((c) => c.name)).toEqual([
      'R5: Exports are audited.',
      'untraced: tests/e2e/features/conversation_export.feature:40',
      'unmapped-requirement R2: docs/design/rate-limits/rate-limits.md:18',
    ]);
  });

  it('counts tests, failures and skipped consistently at every level', () => {
    for (const report of [ORDINARY, HOSTILE, EMPTY]) {
      const root = parse(report).testsuites;
      const suites = root.testsuite ?? [];
      let tests = 0;
      let failures = 0;
      let skipped = 0;
      for (const suite of suites) {
        const cases = suite.testcase ?? [];
        expect(Number(suite.tests)).toBe(cases.length);
        expect(Number(suite.failures)).toBe(cases.filter((c) => c.failure).length);
        expect(Number(suite.skipped)).toBe(cases.filter((c) => c.skipped).length);
        tests += cases.length;
        failures += Number(suite.failures);
        skipped += Number(suite.skipped);
      }
      expect([Number(root.tests), Number(root.failures), Number(root.skipped), root.errors]).toEqual([
        tests,
        failures,
        skipped,
        '0',
      ]);
    }
    expect(Number(parse(ORDINARY).testsuites.tests)).toBe(10);
    expect(Number(parse(ORDINARY).testsuites.failures)).toBe(5);
  });

  it('carries hostile text through escaped, minus the characters XML forbids', () => {
    const cases = (parse(HOSTILE).testsuites.testsuite ?? []).flatMap((s) => s.testcase ?? []);
    const uncovered = cases.find((c) => c.failure?.type === 'uncovered')!;
    expect(uncovered.failure?.message).toBe(stripXmlForbidden(HOSTILE.findings[0]!.message));
    const parseError = cases.find((c) => c.failure?.type === 'parse-error')!;
    expect(parseError.file).toBe(HOSTILE.findings[2]!.file);
    const xml = junitReport(HOSTILE, OPTIONS);
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).toBe(stripXmlForbidden(xml));
    expect([...xml].filter((char) => char < ' ' && !'\t\n\r'.includes(char))).toEqual([]);
    expect(xml).not.toContain('<script>');
  });

  it('fails a requirement on its status even when its finding was turned off', () => {
    const report: CoverageReport = { ...ORDINARY, findings: [] };
    const cases = (parse(report).testsuites.testsuite ?? []).flatMap((s) => s.testcase ?? []);
    expect(cases.filter((c) => c.failure).map((c) => [c.name.split(':')[0], c.failure?.type])).toEqual([
      ['R3', 'uncovered'],
    ]);
    expect(cases.filter((c) => c.skipped).map((c) => c.name.split(':')[0])).toContain('R5');
  });
});
