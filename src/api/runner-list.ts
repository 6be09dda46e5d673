import path from 'node:path';
import { ConfigError } from '../config/resolve-options.js';
import { readText } from '../io/read-text.js';
import { toReportPath } from '../io/paths.js';
import { parseRunnerList } from '../sync/runner-list.js';

/** The feature files a runner list names, as paths relative to the working directory. */
export interface Runnable {
  list: string;
  files: Set<string>;
}

/**
 * Read a runner list (one feature file per line, relative to the list's own
 * folder, like Lightspeed's `tests/e2e/test_list.txt`). A missing list is a
 * usage error.
 */
export async function readRunnable(root: string, list: string): Promise<Runnable> {
  const absolute = path.resolve(root, list);
  const read = await readText(toReportPath(root, list), absolute);
  if (!read.ok) throw new ConfigError(`${list}: runner list: ${read.diagnostic.message}`);
  const dir = path.dirname(absolute);
  const files = new Set(parseRunnerList(read.text).entries.map((entry) => toReportPath(root, path.resolve(dir, entry))));
  return { list: toReportPath(root, list), files };
}
