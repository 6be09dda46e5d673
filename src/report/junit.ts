import type { CoverageReport, DesignCoverage, Finding, FindingKind, RequirementCoverage } from '../model.js';
import { escapeXmlAttribute, escapeXmlText } from './escape-xml.js';
import { findingsByDesign, formatLocation, singleLine } from './text-cleanup.js';
import type { ReportOptions } from './types.js';

/** Name (and classname) of the suite that holds findings tied to no known design. */
export const JUNIT_NO_DESIGN_SUITE = '(no design)';

/** Kinds that make a requirement's own testcase fail, most telling first. */
const REQUIREMENT_KINDS: readonly FindingKind[] = ['failed', 'uncovered', 'not-run', 'pending', 'stale'];

/** Requirement statuses shown as `<skipped>` with the reason: the test exists but did not count. */
const SKIPPED_STATUSES: ReadonlySet<string> = new Set(['pending', 'not-run']);

/** Kinds whose findings fail their testcase whatever their configured severity. */
const ALWAYS_FAILING: ReadonlySet<FindingKind> = new Set(['uncovered', 'not-run', 'stale', 'orphaned']);

interface TestCase {
  classname: string;
  name: string;
  file: string;
  line: number;
  failure?: { type: string; message: string; body: string };
  skipped?: string;
}

function findingText(finding: Finding): string {
  return `${formatLocation(finding.file, finding.line)}: ${finding.severity} [${finding.kind}] ${finding.message}`;
}

function requirementCase(
  design: DesignCoverage,
  requirement: RequirementCoverage,
  attached: readonly Finding[],
): TestCase {
  const name = singleLine(requirement.text === null ? requirement.id : `${requirement.id}: ${requirement.text}`);
  const testCase: TestCase = { classname: design.slug, name, file: design.path, line: requirement.line };
  const ranked = [...attached].sort(
    (a, b) => REQUIREMENT_KINDS.indexOf(a.kind) - REQUIREMENT_KINDS.indexOf(b.kind),
  );
  const first = ranked[0];
  if (SKIPPED_STATUSES.has(requirement.status)) {
    testCase.skipped = `${requirement.status}: ${first ? first.message : `Requirement ${requirement.id} is ${requirement.status}`}`;
  } else if (first && first.kind !== 'pending' && first.kind !== 'not-run') {
    testCase.failure = { type: first.kind, message: first.message, body: ranked.map(findingText).join('\n') };
  } else if (requirement.status === 'uncovered' || requirement.status === 'failed') {
    // The finding may have been turned off by configuration; the status still says what is missing.
    const message = `Requirement ${requirement.id} is ${requirement.status}`;
    testCase.failure = { type: requirement.status, message, body: `${formatLocation(design.path, requirement.line)}: ${message}` };
  }
  return testCase;
}

function findingCase(classname: string, finding: Finding): TestCase {
  const requirement = finding.requirement ? ` ${finding.requirement}` : '';
  const testCase: TestCase = {
    classname,
    name: singleLine(`${finding.kind}${requirement}: ${formatLocation(finding.file, finding.line)}`),
    file: finding.file,
    line: finding.line,
  };
  if (finding.severity === 'error' || ALWAYS_FAILING.has(finding.kind)) {
    testCase.failure = { type: finding.kind, message: finding.message, body: findingText(finding) };
  } else {
    testCase.skipped = `${finding.severity}: ${finding.message}`;
  }
  return testCase;
}

function buildSuites(report: CoverageReport) {
  const { byDesign, loose } = findingsByDesign(report);
  const suites = report.designs.map((design) => {
    const expected = new Map(design.requirements.filter((r) => r.expected).map((r) => [r.id, r]));
    const own = byDesign.get(design.slug) ?? [];
    const attached = (finding: Finding): boolean =>
      finding.requirement !== undefined && expected.has(finding.requirement) && REQUIREMENT_KINDS.includes(finding.kind);
    // Grouped in one pass: a filter per requirement is quadratic on a design of 20,000 rows.
    const byRequirement = new Map<string, Finding[]>();
    for (const finding of own.filter(attached)) {
      const id = finding.requirement as string;
      byRequirement.set(id, [...(byRequirement.get(id) ?? []), finding]);
    }
    const cases = [...expected.values()].map((r) => requirementCase(design, r, byRequirement.get(r.id) ?? []));
    for (const finding of own) if (!attached(finding)) cases.push(findingCase(design.slug, finding));
    return { name: design.slug, cases };
  });
  if (loose.length > 0) {
    suites.push({
      name: JUNIT_NO_DESIGN_SUITE,
      cases: loose.map((finding) => findingCase(JUNIT_NO_DESIGN_SUITE, finding)),
    });
  }
  return suites;
}

function counts(cases: readonly TestCase[]): string {
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

function caseXml(testCase: TestCase): string[] {
  const line = testCase.line >= 1 ? ` line="${testCase.line}"` : '';
  const open =
    `    <testcase classname="${escapeXmlAttribute(testCase.classname)}" name="${escapeXmlAttribute(testCase.name)}"` +
    ` file="${escapeXmlAttribute(testCase.file)}"${line}`;
  const { failure, skipped } = testCase;
  const child = failure
    ? `<failure type="${escapeXmlAttribute(failure.type)}" message="${escapeXmlAttribute(failure.message)}">${escapeXmlText(failure.body)}</failure>`
    : skipped !== undefined
      ? `<skipped message="${escapeXmlAttribute(skipped)}"/>`
      : undefined;
  return child === undefined ? [`${open}/>`] : [`${open}>`, `      ${child}`, '    </testcase>'];
}

/**
 * JUnit XML: a `<testsuite>` per design (then {@link JUNIT_NO_DESIGN_SUITE}), a `<testcase>` per expected
 * requirement and per other finding (errors fail, warnings are `<skipped>`). Any text yields well-formed XML 1.0.
 */
export function junitReport(report: CoverageReport, _options: ReportOptions): string {
  const suites = buildSuites(report);
  const all = suites.flatMap((suite) => suite.cases);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="gherkin-bridge coverage" ${counts(all)}>`];
  for (const suite of suites) {
    const open = `  <testsuite name="${escapeXmlAttribute(suite.name)}" ${counts(suite.cases)}`;
    if (suite.cases.length === 0) lines.push(`${open}/>`);
    else lines.push(`${open}>`, ...suite.cases.flatMap(caseXml), '  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
