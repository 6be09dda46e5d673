import { parseRunnerList } from '../sync/runner-list.js';

/** A text file that reads as a runner list, with its entries as paths from the repository root. */
export interface RunnerListFact {
  path: string;
  entries: string[];
}

function resolveFrom(listPath: string, entry: string): string {
  const parts = listPath.split('/').slice(0, -1);
  for (const segment of entry.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * The runner list a text file is (every entry names a `.feature` file, like `tests/e2e/test_list.txt`),
 * or null; entries are relative to its folder, and given from the root.
 */
export function runnerListFact(listPath: string, text: string): RunnerListFact | null {
  const { entries } = parseRunnerList(text);
  if (entries.length === 0 || !entries.every((entry) => entry.endsWith('.feature'))) return null;
  return { path: listPath, entries: entries.map((entry) => resolveFrom(listPath, entry)) };
}
