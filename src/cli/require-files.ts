import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from './context.js';

/** The files named on the command line that exist; each missing one is reported (exit 2 is the caller's decision). */
export async function requireFiles(ctx: CommandContext, cwd: string, files: readonly string[]): Promise<string[]> {
  const present: string[] = [];
  for (const file of files) {
    const info = await stat(path.resolve(cwd, file)).catch(() => null);
    if (!info) ctx.io.stderr(`${file}: no such file\n`);
    else if (info.isDirectory()) ctx.io.stderr(`${file}: expected a file, found a directory\n`);
    else present.push(file);
  }
  return present;
}
