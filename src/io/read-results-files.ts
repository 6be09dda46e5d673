import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/resolve-options.js';
import type { TestResult } from '../model.js';
import { readResults } from '../results/read-results.js';
import { readText } from './read-text.js';
import { toReportPath } from './paths.js';

const RESULTS_FILE = /\.(?:xml|json|ndjson|jsonl)$/i;

/** The files a `--results` value names: the file itself, or the results files of a folder (behave's JUnit folder). */
async function filesOf(root: string, given: string): Promise<string[]> {
  const absolute = path.resolve(root, given);
  const info = await stat(absolute).catch(() => null);
  if (!info) throw new ConfigError(`Cannot read results ${given}: no such file or folder under ${root}`);
  if (!info.isDirectory()) return [absolute];
  const names = (await readdir(absolute)).filter((name) => RESULTS_FILE.test(name)).sort();
  if (names.length === 0) throw new ConfigError(`Unexpected results folder ${given} without .xml, .json or .ndjson files, expected the runner's reports`);
  return names.map((name) => path.join(absolute, name));
}

/** Every test case of the results files and folders given (relative to `root`); a bad one is a ConfigError naming it. */
export async function readResultsFiles(root: string, given: readonly string[]): Promise<{ files: string[]; tests: TestResult[] }> {
  const files: string[] = [];
  const tests: TestResult[] = [];
  for (const value of given) {
    for (const absolute of await filesOf(root, value)) {
      const shown = toReportPath(root, absolute);
      const read = await readText(shown, absolute);
      if (!read.ok) throw new ConfigError(`${read.diagnostic.message}: ${shown}`);
      files.push(shown);
      tests.push(...readResults(read.text, shown));
    }
  }
  return { files, tests };
}
