import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as LoadProject from '../../src/api/load-project.js';
import type * as DesignWorker from '../../src/api/design-worker.js';
import { buildCli } from '../hostile/support/built-cli.js';

// A worker thread cannot load TypeScript: these tests use a build of the sources under test.
const root = path.dirname(path.dirname(buildCli()));
const load = (await import(pathToFileURL(path.join(root, 'dist/api/load-project.js')).href)) as typeof LoadProject;
const worker = (await import(pathToFileURL(path.join(root, 'dist/api/design-worker.js')).href)) as typeof DesignWorker;

const dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-design-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function design(slug: string, rows: number): string {
  const lines = [`# Feature design: ${slug}`, '', '## Requirements', ''];
  for (let r = 1; r <= rows; r++) lines.push(`- **R${r}:** The system does thing ${r} for ${slug}.`);
  lines.push('', '## Acceptance test surface', '', '| Requirement | Behavior | Verified by |', '|---|---|---|');
  for (let r = 1; r <= rows; r++) lines.push(`| R${r} | thing ${r} is visible \\| really | ${r % 2 ? 'e2e' : 'unit'} |`);
  return `${lines.join('\n')}\n`;
}

const files: Record<string, string | Buffer> = {
  'docs/design/alpha/alpha.md': design('alpha', 3),
  'docs/design/beta/beta.md': design('beta', 12).replace(/\n/g, '\r\n'),
  'docs/design/notes/notes.md': '# Just notes\n\nNothing to see.\n',
  'docs/design/latin1/latin1.md': Buffer.from('# Design\n\n## Requirements\n\n- **R1:** caf\xe9\n', 'latin1'),
};
for (const [file, content] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}
mkdirSync(path.join(dir, 'docs/design/folder.md'));
const names = [...Object.keys(files), 'docs/design/folder.md', 'docs/design/missing.md'].sort();

describe('extracting designs on a worker thread', () => {
  it('is available from the build', () => {
    expect(worker.canExtractInWorker()).toBe(true);
  });

  it('gives the same designs and diagnostics, in the same order, as extracting on this thread', async () => {
    const here = await load.loadDesigns(dir, names, { inWorker: false });
    const there = await load.loadDesigns(dir, names, { inWorker: true });
    expect(there).toEqual(here);
    expect(here.designs.map((d) => d.slug)).toEqual(['alpha', 'beta']);
    expect(here.skipped.map((s) => s.file)).toEqual(['docs/design/notes/notes.md']);
    expect(here.designs.find((d) => d.slug === 'beta')?.surface).toHaveLength(12);
    expect(here.diagnostics.map((d) => [d.file, d.kind])).toEqual([
      ['docs/design/folder.md', 'io-error'],
      ['docs/design/latin1/latin1.md', 'io-error'],
      ['docs/design/missing.md', 'io-error'],
    ]);
  });

  it('fills the design cache as extracting on this thread does', async () => {
    const cacheDir = 'cache-worker';
    const first = await load.loadDesigns(dir, names, { inWorker: true, cacheDir });
    const again = await load.loadDesigns(dir, names, { inWorker: false, cacheDir });
    expect(again).toEqual(first);
  });

  it('extracts in the worker what it is given, in order', async () => {
    const designs = await worker.extractInWorker([
      { file: 'b.md', text: design('b', 2) },
      { file: 'a.md', text: design('a', 5) },
    ]);
    expect(designs.map((d) => [d.path, d.surface.length])).toEqual([
      ['b.md', 2],
      ['a.md', 5],
    ]);
  });
});
