import type { CoverageReport } from '../model.js';
import type { ReportOptions } from './types.js';

/** The machine-readable report; its shape is `schema/coverage-report.schema.json`. */
export function jsonReport(report: CoverageReport, options: ReportOptions): string {
  return `${JSON.stringify({ version: options.toolVersion, ...report }, null, 2)}\n`;
}
