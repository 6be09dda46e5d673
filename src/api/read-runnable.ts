import path from 'node:path';
import { ConfigError } from '../config/resolve-options.js';
import { readText } from '../io/read-text.js';
import { toReportPath } from '../io/paths.js';
import { parseRunnerList } from '../sync/runner-list.js';

/**
 * The feature files a runner list makes the suite run, and the list, relative to the working directory:
 * an entry may carry behave's `:<line>` selector or name a folder (of the discovered `featureFiles`).
 * A missing or unreadable list is a ConfigError.
 */
export async function readRunnable(root: string, list: string, featureFiles: readonly string[]): Promise<{ list: string; files: Set<string> }> {
  const absolute = path.resolve(root, list);
  const read = await readText(toReportPath(root, list), absolute);
  if (!read.ok) throw new ConfigError(`${list}: runner list: ${read.diagnostic.message}`);
  const dir = path.dirname(absolute);
  const files = new Set<string>();
  const folders: string[] = [];
  for (const entry of parseRunnerList(read.text).entries) {
    // `a.feature:12` (behave runs the scenario at that line) counts as `a.feature`.
    const file = toReportPath(root, path.resolve(dir, entry.replace(/^(.*?\.feature)(?::\d+)+$/, '$1')));
    files.add(file);
    if (!file.endsWith('.feature')) folders.push(file === '' ? '' : `${file}/`);
  }
  for (const feature of featureFiles) {
    if (folders.some((folder) => feature.startsWith(folder))) files.add(feature);
  }
  return { list: toReportPath(root, list), files };
}
