import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { snapshot } from './project.js';

/**
 * Golden files: the expected output is data in files, compared as a whole
 * string or a whole structure. `UPDATE_GOLDEN=1 npx vitest run <files>`
 * rewrites them from the actual output instead (review the diff before
 * committing it); a missing golden file fails with that hint.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function readGolden(file: string): string {
  if (!existsSync(file)) throw new Error(`Golden file ${file} is missing; run with UPDATE_GOLDEN=1 to write it, then review it.`);
  return readFileSync(file, 'utf8');
}

/**
 * `actual` equals the text of `file` (absolute) as a whole. The comparison
 * goes through UTF-8, as the CLI's output does, so a lone surrogate compares
 * as U+FFFD.
 */
export function expectGolden(file: string, actual: string): void {
  const bytes = Buffer.from(actual, 'utf8');
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  expect(bytes.toString('utf8'), file).toBe(readGolden(file));
}

/** `actual` equals, as a structure, the JSON in `file` (absolute); the file is written with two-space indentation. */
export function expectGoldenJson(file: string, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  expect(JSON.parse(text), file).toEqual(JSON.parse(readGolden(file)));
}

/**
 * `actual` (relative path -> text) equals the files under the folder `dir`,
 * all of them and nothing else; an absent folder means no file.
 */
export function expectGoldenFiles(dir: string, actual: ReadonlyMap<string, string>): void {
  if (UPDATE) {
    rmSync(dir, { recursive: true, force: true });
    for (const [file, text] of actual) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  }
  expect(new Map(actual), dir).toEqual(existsSync(dir) ? snapshot(dir) : new Map());
}
