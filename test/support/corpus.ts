import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (this file lives in test/support). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared real-world corpus beside the repository, or null when it is absent.
 * Under CI (`CI=true`) an absent corpus is an error, so CI-only checks cannot
 * silently skip.
 */
export function corpusDir(): string | null {
  const dir = path.resolve(repoRoot, '../shared/corpus');
  if (existsSync(dir)) return dir;
  if (process.env.CI === 'true') {
    throw new Error(`The corpus ${dir} is required when CI=true, and it is absent.`);
  }
  console.warn(`Skipping corpus checks: ${dir} is absent (they are required when CI=true).`);
  return null;
}
