import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Level } from '../model.js';
import { ConfigError } from '../config/resolve-options.js';
import { renderFeature } from '../generate/render-feature.js';
import { fileError, FileError } from '../io/file-error.js';
import { isInside, toReportPath } from '../io/paths.js';
import { readRegularFile } from '../io/read-text.js';
import type { TemplateSources } from '../generate/options.js';
import { writeAtomic } from '../io/write-atomic.js';
import { loadDesigns } from '../load/load-project.js';

/** What `generate` is asked to do. */
export interface GenerateRequest {
  cwd: string;
  designs: readonly string[];
  out: string;
  levels: readonly Level[];
  skipTag: string | null;
  templates: TemplateSources;
  /** Overwrite a target that exists and differs. */
  force: boolean;
  /** Write nothing; report what would change. */
  check: boolean;
}

/** The outcome for one design. */
export type GenerateStatus =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'conflict'
  | 'would-create'
  | 'would-update'
  | 'empty';

export interface GenerateResult {
  design: string;
  target: string | null;
  status: GenerateStatus;
  scenarios: number;
}

export interface GenerateOutcome {
  results: GenerateResult[];
  diagnostics: Diagnostic[];
}

/**
 * The text of the file at `target`, or null when there is none. A folder in
 * the way is a {@link FileError}; a symbolic link that leads out of `outDir`
 * is refused, so that output never lands outside the folder it was given.
 */
async function readExisting(target: string, shown: string, outDir: string): Promise<string | null> {
  try {
    const info = await lstat(target);
    if (info.isDirectory()) throw new FileError(`Cannot write ${shown}: it is a directory`, shown, 'EISDIR');
    if (info.isSymbolicLink()) {
      const real = await realpath(target).catch(() => null);
      const realOut = await realpath(outDir).catch(() => outDir);
      if (real === null || !isInside(realOut, real)) {
        throw new ConfigError(`Refusing to write ${shown}: it is a symbolic link that does not lead to a file inside the output folder`);
      }
    }
    return (await readRegularFile(target)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof ConfigError) throw error;
    throw fileError('read', shown, error);
  }
}

/**
 * Render `<out>/<slug>.feature` for each design. An existing file that differs
 * is left untouched (status `conflict`) unless `force`; with `check` nothing is
 * written.
 */
export async function runGenerate(request: GenerateRequest): Promise<GenerateOutcome> {
  const root = path.resolve(request.cwd);
  const outDir = path.resolve(root, request.out);
  const loaded = await loadDesigns(root, request.designs);
  const results: GenerateResult[] = [];
  for (const design of loaded.designs) {
    const text = renderFeature(design, {
      levels: [...request.levels],
      skipTag: request.skipTag,
      templates: request.templates,
    });
    const rows = design.surface.filter((row) => row.levels.some((level) => request.levels.includes(level)));
    if (rows.length === 0) {
      results.push({ design: design.path, target: null, status: 'empty', scenarios: 0 });
      continue;
    }
    const target = path.join(outDir, `${design.slug}.feature`);
    if (!isInside(outDir, target)) {
      throw new ConfigError(`Refusing to write ${target}: it is outside the output folder ${outDir}`);
    }
    const shown = toReportPath(root, target);
    const existing = await readExisting(target, shown, outDir);
    let status: GenerateStatus;
    if (existing === text) status = 'unchanged';
    else if (request.check) status = existing === null ? 'would-create' : 'would-update';
    else if (existing !== null && !request.force) status = 'conflict';
    else {
      await writeAtomic(target, text);
      status = existing === null ? 'created' : 'updated';
    }
    results.push({ design: design.path, target: shown, status, scenarios: rows.length });
  }
  return { results, diagnostics: [...loaded.diagnostics, ...loaded.designs.flatMap((d) => d.diagnostics)] };
}
