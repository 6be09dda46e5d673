import { githubReport } from './github.js';
import { htmlReport } from './html.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { markdownReport } from './markdown.js';
import { sarifReport } from './sarif.js';
import { textReport } from './text.js';
import type { Reporter } from './types.js';

/** Every output format of `coverage`, by the name `--format` and `--report` take. */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  text: textReport,
  json: jsonReport,
  markdown: markdownReport,
  junit: junitReport,
  github: githubReport,
  sarif: sarifReport,
  html: htmlReport,
};

/** The reporter for a format name, or undefined when there is none. */
export function getReporter(name: string): Reporter | undefined {
  return Object.hasOwn(REPORTERS, name) ? REPORTERS[name] : undefined;
}
