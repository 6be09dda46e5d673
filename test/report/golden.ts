import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/**
 * Compare `actual` as a whole string with the golden file `file` (absolute).
 * `UPDATE_GOLDEN=1` rewrites the file instead. The comparison goes through
 * UTF-8, as the CLI's output does, so a lone surrogate compares as U+FFFD.
 */
export function expectGolden(file: string, actual: string): void {
  const bytes = Buffer.from(actual, 'utf8');
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Golden file ${file} is missing; run with UPDATE_GOLDEN=1 to write it, then review it.`);
  }
  expect(bytes.toString('utf8')).toBe(expected);
}
