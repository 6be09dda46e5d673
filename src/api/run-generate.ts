import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Level } from '../model.js';
import { ConfigError } from '../config/resolve-options.js';
import { renderFeature } from '../generate/render-feature.js';
import { isInside, toReportPath } from '../io/paths.js';
import type { TemplateSources } from '../generate/options.js';
import { writeAtomic } from '../io/write-atomic.js';
import { loadDesigns } from './load-project.js';

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

async function readExisting(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
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
    const existing = await readExisting(target);
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
