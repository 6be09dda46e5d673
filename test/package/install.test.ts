import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/report/registry.js';
import { repoRoot } from '../support/corpus.js';

// A new user's first minutes, from the packed tarball (what `npm publish` would
// upload) installed in an empty folder: no clone, no dev dependencies. Never
// skipped: the dependencies come from npm's cache, else from the registry.
const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-install-'));
let tarball = '';
let entries: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  // --ignore-scripts: the test suite has built dist/ already (prepack would build it again).
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repoRoot });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(dir, info!.filename);
  entries = info!.files.map((file) => file.path).sort();
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "new-user", "private": true }\n');
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: dir });
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const node = (args: string[]) => run(process.execPath, args, { cwd: dir });

describe('the npm package, packed and installed in an empty folder', () => {
  it('holds the license, the schemas, the templates and the built code, and nothing else (no source maps, no sources)', () => {
    expect(entries).toContain('LICENSE');
    expect(entries).toEqual(expect.arrayContaining(['schema/config.schema.json', 'schema/coverage-report.schema.json', 'bin/gherkin-bridge.js', 'dist/index.js', 'dist/index.d.ts', 'templates/feature.hbs', 'templates/scenario.hbs']));
    const unexpected = entries.filter(
      (file) => !/^(LICENSE|README\.md|package\.json|bin\/[^/]+\.js|dist\/.+\.(js|d\.ts)|templates\/[^/]+\.hbs|schema\/[^/]+\.schema\.json)$/.test(file),
    );
    expect(unexpected).toEqual([]);
    expect(readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
  });

  it('runs through npx, and reports the bundled example as the checkout does', async () => {
    const example = path.join(repoRoot, 'examples/kickoff');
    expect((await run('npx', ['--no-install', 'gherkin-bridge', '--version'], { cwd: dir })).stdout).toBe(`${pkg.version}\n`);
    const installed = await run('npx', ['--no-install', 'gherkin-bridge', 'coverage', '--no-cache', '--format', 'markdown', '--cwd', example], { cwd: dir });
    const checkout = await run(process.execPath, [path.join(repoRoot, 'bin/gherkin-bridge.js'), 'coverage', '--no-cache', '--format', 'markdown', '--cwd', example]);
    expect(installed.stdout).toBe(checkout.stdout);
    expect(installed.stdout).toContain('conversation-export');
    expect(installed.stdout).toContain('100');
  });

  it('loads with import and with require (Node 20.19+ can require ES modules), with the same exports', async () => {
    const probe = (g: string) => `console.log(JSON.stringify([typeof ${g}.runCoverage, ${g}.FORMATS, Object.keys(${g}).length]))`;
    const imported = await node(['--input-type=module', '-e', `import * as g from 'gherkin-bridge'; ${probe('g')}`]);
    const required = await node(['-e', `const g = require('gherkin-bridge'); ${probe('g')}`]);
    const [type, formats, count] = JSON.parse(imported.stdout) as [string, string[], number];
    expect([type, formats]).toEqual(['function', [...FORMATS]]);
    expect(count).toBeGreaterThan(20);
    expect(required.stdout).toBe(imported.stdout);
    expect(required.stderr).toBe('');
  });

  it('publishes the config schema at the path the exports map allows', async () => {
    const resolved = await node(['-e', `console.log(require.resolve('gherkin-bridge/schema/config.schema.json'))`]);
    expect(readFileSync(resolved.stdout.trim(), 'utf8')).toBe(readFileSync(path.join(repoRoot, 'schema/config.schema.json'), 'utf8'));
  });
});
