import type { CoverageReport, Finding } from '../model.js';
import type { ReportOptions } from './types.js';

/** Escape the message part of a workflow command (`%`, CR, LF), as the runner unescapes it. */
export function escapeGithubData(text: string): string {
  return text.replace(/[%\r\n]/g, (char) => (char === '%' ? '%25' : char === '\r' ? '%0D' : '%0A'));
}

/** Escape a property value of a workflow command: the data escapes plus `:` and `,`. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/[:,]/g, (char) => (char === ':' ? '%3A' : '%2C'));
}

function command(finding: Finding): string {
  const properties = [`file=${escapeGithubProperty(finding.file)}`];
  if (finding.line >= 1) properties.push(`line=${finding.line}`);
  if (finding.column !== undefined && finding.column >= 1) properties.push(`col=${finding.column}`);
  const requirement = finding.requirement ? ` ${finding.requirement}` : '';
  properties.push(`title=${escapeGithubProperty(`gherkin-bridge ${finding.kind}${requirement}`)}`);
  return `::${finding.severity === 'info' ? 'notice' : finding.severity} ${properties.join(',')}::${escapeGithubData(finding.message)}`;
}

/** GitHub Actions workflow commands (`::error` ...), one a finding, so each is an annotation on its `file:line`. */
export function githubReport(report: CoverageReport, _options: ReportOptions): string {
  return report.findings.map((finding) => `${command(finding)}\n`).join('');
}
