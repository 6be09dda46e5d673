import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from './context.js';

/**
 * Files named on the command line must exist: each missing one is reported
 * (exit 2 is the caller's decision) and the others are returned.
 */
export async function requireFiles(ctx: CommandContext, cwd: string, files: readonly string[]): Promise<string[]> {
  const present: string[] = [];
  for (const file of files) {
    try {
      const info = await stat(path.resolve(cwd, file));
      if (info.isDirectory()) {
        ctx.io.stderr(`${file}: expected a file, found a directory\n`);
        continue;
      }
      present.push(file);
    } catch {
      ctx.io.stderr(`${file}: no such file\n`);
    }
  }
  return present;
}
