import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/corpus.js';

/** Text of a fixture under `test/fixtures/features/`. */
export function fixture(name: string): string {
  return readFileSync(path.join(repoRoot, 'test/fixtures/features', name), 'utf8');
}
