import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Level } from '../model.js';
import { ConfigError } from '../config/resolve-options.js';
import { planCriteria } from '../generate/criteria.js';
import { renderFeature } from '../generate/render-feature.js';
import { fileError, FileError } from '../io/file-error.js';
import { isInside, toReportPath } from '../io/paths.js';
import { readRegularFile } from '../io/read-text.js';
import type { TemplateSources } from '../generate/options.js';
import { writeAtomic } from '../io/write-atomic.js';
import { withRunLock } from '../io/run-lock.js';
import { loadDesigns } from '../load/load-project.js';
import { loadVocabulary, suiteOptions } from './load-vocabulary.js';

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
  /** Gherkin dialect of the files written (`en` when absent). */
  language?: string;
  /** Suggest steps from the suite read with these globs (feature files and step definition files); none when absent. */
  vocabulary?: { features: readonly string[]; steps: readonly string[] };
}

/** The outcome for one design. */
export interface GenerateResult {
  design: string;
  target: string | null;
  status: 'created' | 'updated' | 'unchanged' | 'conflict' | 'would-create' | 'would-update' | 'empty';
  scenarios: number;
}

export interface GenerateOutcome {
  results: GenerateResult[];
  diagnostics: Diagnostic[];
}

/** The text at `target`, or null; a folder in the way is a {@link FileError}, a link leading out of `outDir` is refused. */
async function readExisting(target: string, shown: string, outDir: string): Promise<string | null> {
  const info = await lstat(target).catch(() => null);
  if (info?.isDirectory()) throw new FileError(`Cannot write ${shown}: it is a directory`, shown, 'EISDIR');
  if (info?.isSymbolicLink()) {
    const real = await realpath(target).catch(() => null);
    const realOut = await realpath(outDir).catch(() => outDir);
    if (real === null || !isInside(realOut, real)) {
      throw new ConfigError(`Refusing to write ${shown}: it is a symbolic link that does not lead to a file inside the output folder`);
    }
  }
  return readOriginal(target, shown);
}

/** A file's text as is (a BOM stays), or null when it does not exist; only a regular file, so a FIFO is an error, not a hang. */
export async function readOriginal(file: string, shown = file): Promise<string | null> {
  try {
    return (await readRegularFile(file)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileError('read', shown, error);
  }
}

/**
 * Render `<out>/<slug>.feature` for each design; an existing file that differs is a `conflict` unless
 * `force`. Writes hold the lock, and a file that changed since it was read is left alone (a `ConflictError`).
 */
export async function runGenerate(request: GenerateRequest): Promise<GenerateOutcome> {
  const root = path.resolve(request.cwd);
  return request.check ? generateOnce(request, root) : withRunLock(root, () => generateOnce(request, root));
}

async function generateOnce(request: GenerateRequest, root: string): Promise<GenerateOutcome> {
  const outDir = path.resolve(root, request.out);
  const loaded = await loadDesigns(root, request.designs);
  const results: GenerateResult[] = [];
  const suite = request.vocabulary ? await loadVocabulary(root, request.vocabulary) : null;
  const folder = toReportPath(root, outDir) || '.';
  const language = request.language ?? 'en';
  for (const design of loaded.designs) {
    const target = path.join(outDir, `${design.slug}.feature`);
    const text = renderFeature(design, {
      levels: [...request.levels],
      skipTag: request.skipTag,
      templates: request.templates,
      language,
      ...suiteOptions(suite, design, { folder, file: toReportPath(root, target), language, fresh: true }),
    });
    const rows = design.surface.filter((row) => row.levels.some((level) => request.levels.includes(level)));
    const criteria = planCriteria(design, rows).standalone;
    if (rows.length + criteria.length === 0) {
      results.push({ design: design.path, target: null, status: 'empty', scenarios: 0 });
      continue;
    }
    if (!isInside(outDir, target)) {
      throw new ConfigError(`Refusing to write ${target}: it is outside the output folder ${outDir}`);
    }
    const shown = toReportPath(root, target);
    const existing = await readExisting(target, shown, outDir);
    let status: GenerateResult['status'];
    if (existing === text) status = 'unchanged';
    else if (request.check) status = existing === null ? 'would-create' : 'would-update';
    else if (existing !== null && !request.force) status = 'conflict';
    else {
      await writeAtomic(target, text, undefined, existing);
      status = existing === null ? 'created' : 'updated';
    }
    results.push({ design: design.path, target: shown, status, scenarios: rows.length + criteria.length });
  }
  return { results, diagnostics: [...loaded.diagnostics, ...loaded.designs.flatMap((d) => d.diagnostics)] };
}
