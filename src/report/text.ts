import type { CoverageReport, Finding } from '../model.js';
import { countsSentence } from './plain-text.js';
import type { ReportOptions } from './types.js';

function findingLine(finding: Finding): string {
  const message = finding.message.replace(/[\r\n]+/g, ' ');
  return `  ${finding.file}:${finding.line}: ${finding.severity} [${finding.kind}] ${message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The default human-readable report: findings grouped by design, each with its
 * `file:line`, then findings tied to no design, then a summary line.
 */
export function textReport(report: CoverageReport, _options?: ReportOptions): string {
  const lines: string[] = [];
  const byDesign = new Map<string, Finding[]>();
  const loose: Finding[] = [];
  for (const finding of report.findings) {
    const known = finding.design !== undefined && report.designs.some((d) => d.slug === finding.design);
    if (known) {
      const list = byDesign.get(finding.design as string) ?? [];
      list.push(finding);
      byDesign.set(finding.design as string, list);
    } else {
      loose.push(finding);
    }
  }
  for (const design of report.designs) {
    const title = design.title ? ` — ${design.title.replace(/[\r\n]+/g, ' ')}` : '';
    lines.push(`${design.path} (@design:${design.slug})${title}`);
    lines.push(
      `  ${countsSentence(design)}` +
        (design.featureFiles.length > 0 ? `, in ${design.featureFiles.join(', ')}` : ', no linked feature file'),
    );
    for (const finding of byDesign.get(design.slug) ?? []) lines.push(findingLine(finding));
    lines.push('');
  }
  if (loose.length > 0) {
    lines.push('Not tied to a design');
    for (const finding of loose) lines.push(findingLine(finding));
    lines.push('');
  }
  const s = report.summary;
  lines.push(
    `${plural(s.designs, 'design')}, ${plural(s.featureFiles, 'feature file')}, ${plural(s.scenarios, 'scenario')}; ` +
      `${countsSentence(s)} at levels ${report.levels.join(', ')}; ` +
      `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
  );
  return `${lines.join('\n')}\n`;
}
