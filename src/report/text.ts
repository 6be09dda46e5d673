import type { CoverageReport } from '../model.js';
import { plural } from '../shared/plural.js';
import type { ReportOptions } from './types.js';
import { countsSentence, diagnosticLine, findingsByDesign, visible } from './text-cleanup.js';

/** The default human-readable report: findings by design, then those tied to no design, then a summary line. */
export function textReport(report: CoverageReport, options?: ReportOptions): string {
  const lines: string[] = [];
  const { byDesign, loose } = findingsByDesign(report);
  for (const design of report.designs) {
    const title = design.title ? ` — ${visible(design.title)}` : '';
    lines.push(`${visible(design.path)} (@design:${visible(design.slug)})${title}`);
    lines.push(
      `  ${countsSentence(design)}` +
        (design.featureFiles.length > 0 ? `, in ${visible(design.featureFiles.join(', '))}` : ', no linked feature file'),
    );
    for (const finding of byDesign.get(design.slug) ?? []) lines.push(`  ${diagnosticLine(finding)}`);
    lines.push('');
  }
  if (loose.length > 0) {
    lines.push('Not tied to a design');
    for (const finding of loose) lines.push(`  ${diagnosticLine(finding)}`);
    lines.push('');
  }
  if (options?.verbose && report.skipped?.length) {
    lines.push('Skipped (not feature designs)');
    for (const { file, reason } of report.skipped) lines.push(`  ${file}: ${reason}`);
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
