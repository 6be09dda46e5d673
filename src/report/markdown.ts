import type { CoverageReport, DesignCoverage, Finding, Severity } from '../model.js';
import { plural } from '../shared/plural.js';
import { escapeMarkdown, markdownCode } from './escape-markdown.js';
import { formatLocation, formatPercent, withTest } from './text-cleanup.js';
import type { ReportOptions } from './types.js';

const SECTIONS: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** Status columns: the runner's outcome columns only when results were read. */
function statusColumns(withResults: boolean): [string, (d: DesignCoverage) => number][] {
  const outcomes: [string, (d: DesignCoverage) => number][] = withResults
    ? [['Passed', (d) => d.passed ?? 0], ['Failed', (d) => d.failed ?? 0]]
    : [['Covered', (d) => d.covered]];
  return [['Uncovered', (d) => d.uncovered], ['Pending', (d) => d.pending], ['Not run', (d) => d.notRun], ...outcomes];
}

function designRow(design: DesignCoverage, withResults: boolean): string {
  const slug = escapeMarkdown(design.slug);
  const cells = [
    design.title ? `${escapeMarkdown(design.title)} (${slug})` : slug,
    String(design.expected),
    ...statusColumns(withResults).map(([, count]) => String(count(design))),
    formatPercent(design.coverage),
    ...(withResults ? [formatPercent(design.verified)] : []),
  ];
  return `| ${cells.join(' | ')} |`;
}

function findingItem(finding: Finding): string {
  const requirement = finding.requirement ? ` ${escapeMarkdown(finding.requirement)}` : '';
  return (
    `- ${markdownCode(formatLocation(finding.file, finding.line))} ` +
    `**${finding.kind}**${requirement}: ${escapeMarkdown(finding.message)}`
  );
}

/** Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a row per design, an overall line, the findings by severity. */
export function markdownReport(report: CoverageReport, options: ReportOptions): string {
  const s = report.summary;
  const lines: string[] = ['## gherkin-bridge coverage', ''];

  if (report.designs.length > 0) {
    const withResults = report.results !== undefined;
    const heads = ['Design', 'Expected', ...statusColumns(withResults).map(([head]) => head), 'Coverage'];
    if (withResults) heads.push('Verified');
    lines.push(`| ${heads.join(' | ')} |`);
    lines.push(`| --- |${' ---: |'.repeat(heads.length - 1)}`);
    for (const design of report.designs) lines.push(designRow(design, withResults));
    lines.push('');
  } else {
    lines.push('No design docs were found.', '');
  }

  lines.push(
    `**Overall:** ${withTest(s)} of ${s.expected} expected requirements covered (${formatPercent(s.coverage)}` +
      `${s.verified !== undefined ? `, verified ${formatPercent(s.verified)}` : ''}) ` +
      `in ${plural(s.designs, 'design')} at ${report.levels.length === 1 ? 'level' : 'levels'} ` +
      `${report.levels.map((level) => escapeMarkdown(level)).join(', ') || 'none'}; ` +
      `${plural(s.featureFiles, 'feature file')}, ${plural(s.scenarios, 'scenario')}; ` +
      `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}.`,
    '',
  );

  if (report.findings.length === 0) {
    lines.push('No gaps: every expected requirement is covered and nothing needs attention.', '');
  } else {
    lines.push('### Gaps', '');
    for (const [severity, heading] of Object.entries(SECTIONS)) {
      const findings = report.findings.filter((finding) => finding.severity === severity);
      if (findings.length === 0) continue;
      lines.push(`#### ${heading} (${findings.length})`, '');
      for (const finding of findings) lines.push(findingItem(finding));
      lines.push('');
    }
  }

  lines.push(`<sub>gherkin-bridge ${escapeMarkdown(options.toolVersion)}</sub>`);
  return `${lines.join('\n')}\n`;
}
