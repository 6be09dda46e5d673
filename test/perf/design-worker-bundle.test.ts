import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { entryToStart } from '../../src/api/design-worker.js';
import { extractDesign } from '../../src/design/extract-design.js';
import type { Design } from '../../src/model.js';
import { corpusDir, repoRoot } from '../support/corpus.js';

const bundle = path.join(repoRoot, 'dist/io/design-worker.bundle.js');
const built = existsSync(bundle);
if (!built) {
  if (process.env.CI === 'true') throw new Error(`${bundle} is required when CI=true: run npm run build first.`);
  console.warn(`Skipping the bundled design worker checks: ${bundle} is absent (npm run build makes it).`);
}

/** Every Markdown file under `dir`, with its path relative to the repository. */
function designsUnder(dir: string): { file: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: path.relative(repoRoot, path.join(dir, name)), text: readFileSync(path.join(dir, name), 'utf8') }));
}

function runWorker(entry: string, items: { file: string; text: string }[]): Promise<Design[]> {
  const worker = new Worker(pathToFileURL(entry), { workerData: items });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe.skipIf(!built)('the bundled design worker (npm run build)', () => {
  it('extracts every design as this thread does, in order', async () => {
    const corpus = corpusDir();
    const items = [
      ...designsUnder(path.join(repoRoot, 'test/fixtures')),
      ...designsUnder(path.join(repoRoot, 'docs/design')),
      ...designsUnder(path.join(repoRoot, 'examples')),
      ...(corpus ? designsUnder(path.join(corpus, 'lightspeed-stack/docs/design')) : []),
    ];
    expect(items.length).toBeGreaterThan(15);
    const there = await runWorker(bundle, items);
    expect(there).toEqual(items.map(({ file, text }) => extractDesign(text, file)));
  });
});

describe('which design worker entry starts', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-worker-entry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'io'));
  mkdirSync(path.join(dir, 'design'));
  const plain = path.join(dir, 'io/design-worker.js');
  const files = { plain, bundled: path.join(dir, 'io/design-worker.bundle.js'), extractor: path.join(dir, 'design/extract-design.js') };
  const at = (file: string, seconds: number) => {
    writeFileSync(file, '');
    utimesSync(file, seconds, seconds);
  };

  it('is the bundle when it is at least as new as the compiled extractor', () => {
    at(files.plain, 1000);
    at(files.extractor, 1000);
    at(files.bundled, 1001);
    expect(entryToStart(pathToFileURL(plain)).href).toBe(pathToFileURL(files.bundled).href);
  });

  it('is the plain entry when the extractor was compiled after the bundle (tsc alone), or when there is no bundle', () => {
    at(files.bundled, 1001);
    at(files.extractor, 1002);
    expect(entryToStart(pathToFileURL(plain)).href).toBe(pathToFileURL(plain).href);
    rmSync(files.bundled);
    expect(entryToStart(pathToFileURL(plain)).href).toBe(pathToFileURL(plain).href);
  });
});
