import type { CoverageReport } from '../model.js';

/** What every reporter may use besides the report. */
export interface ReportOptions {
  /** Working directory the report's relative paths are relative to. */
  cwd: string;
  /** gherkin-bridge version, for formats that record the producing tool. */
  toolVersion: string;
  /** List what was skipped (Markdown files that are not designs), for formats written for people. */
  verbose?: boolean;
}

/** A reporter turns a coverage report into the text of one output format. */
export type Reporter = (report: CoverageReport, options: ReportOptions) => string;
