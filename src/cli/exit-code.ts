import type { CoverageReport } from '../model.js';
import type { Options } from '../config/resolve-options.js';
import { gate } from '../coverage/gate.js';
import { EXIT } from './cli-io.js';

/** 1 when the gating policy fails (a `failOn` finding, or coverage below a minimum), else 0; with the reasons. */
export function exitCodeFor(report: CoverageReport, options: Options): { code: number; reasons: string[] } {
  const result = gate(report, options);
  return { code: result.failed ? EXIT.findings : EXIT.ok, reasons: result.reasons };
}
