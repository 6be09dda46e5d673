import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/api/run-generate.js';
import { slugFromPath } from '../../src/design/slug.js';
import { builtinTemplates } from './support/gherkin.js';
import { makeProject, removeProject } from '../support/project.js';
import { runCli } from '../support/run-cli.js';
import { GOOD_DESIGN, GOOD_FEATURE, STACK_LINE } from './support/project.js';
import { assertAsyncProperty, propertyParameters, propertyTimeout } from './support/property.js';

const TEST_FILE = 'test/hostile/confinement.test.ts';
const parameters = propertyParameters<[string, boolean]>(100, 0.5);

/** Every file and link under `dir`, relative, sorted, with its content (links: their target). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file);
    // The cache is gherkin-bridge's own, inside the working directory.
    if (relative.startsWith(`node_modules${path.sep}`)) continue;
    if (entry.isSymbolicLink()) out[relative] = `-> ${relative}`;
    else if (entry.isFile()) out[relative] = readFileSync(file, 'utf8');
  }
  return out;
}

/** What changed between two trees: added or modified paths. */
function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after)
    .filter((file) => before[file] !== after[file])
    .sort();
}

/** A sandbox holding the project, with a sibling folder that must never be written. */
function sandbox(files: Record<string, string>): { top: string; project: string; outside: string } {
  const top = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-hostile-confine-'));
  const project = path.join(top, 'project');
  const outside = path.join(top, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'precious.feature'), 'do not touch\n');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  return { top, project, outside };
}

describe('output stays in the folder it was given', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('generate writes exactly <out>/<slug>.feature for any design file name (property)', async () => {
    const name = fc
      .string({ unit: fc.constantFrom('a', '.', '..', '\\', ' ', '-', '@', '#', '\t', 'é', '😀', '%2e', '~', '$HOME', '*', '?', '\u202E'), minLength: 1, maxLength: 10 })
      .filter((n) => n !== '.' && n !== '..' && Buffer.byteLength(n) < 200);
    await assertAsyncProperty(
      fc.asyncProperty(name, fc.boolean(), async (base, withSuffix) => {
        const file = `${base}${withSuffix ? '.md' : ''}`;
        const { top, project, outside } = sandbox({ [`docs/${file}`]: GOOD_DESIGN });
        made.push(top);
        const before = { project: tree(project), outside: tree(outside) };
        const outcome = await runGenerate({
          cwd: project,
          designs: [`docs/${file}`],
          out: 'out',
          levels: ['e2e'],
          skipTag: '@skip',
          templates: builtinTemplates,
          force: false,
          check: false,
        });
        const slug = slugFromPath(`docs/${file}`);
        expect(outcome.results).toEqual([expect.objectContaining({ status: 'created', target: `out/${slug}.feature` })]);
        expect(changed(before.project, tree(project))).toEqual([path.join('out', `${slug}.feature`)]);
        expect(tree(outside)).toEqual(before.outside);
        expect(readdirSync(top).sort()).toEqual(['outside', 'project']);
        rmSync(top, { recursive: true, force: true });
      }),
      parameters,
      TEST_FILE,
    );
  }, propertyTimeout(parameters.numRuns, 100));

  it('generate refuses (exit 2) a target that is a link leading out of --out, and writes through no link', async () => {
    const { top, project, outside } = sandbox({ 'docs/design/pay/pay.md': GOOD_DESIGN, 'out/inside.feature': 'inside\n' });
    made.push(top);
    symlinkSync(path.join(outside, 'precious.feature'), path.join(project, 'out/pay.feature'));
    const refused = await runCli(project, ['generate', 'docs/design/pay/pay.md', '--out', 'out', '--force']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'gherkin-bridge: Refusing to write out/pay.feature: it is a symbolic link that does not lead to a file inside the output folder\n',
    );
    expect(readFileSync(path.join(outside, 'precious.feature'), 'utf8')).toBe('do not touch\n');

    // A link that stays inside the folder is replaced by the file; what it pointed to is untouched.
    rmSync(path.join(project, 'out/pay.feature'));
    symlinkSync('inside.feature', path.join(project, 'out/pay.feature'));
    const replaced = await runCli(project, ['generate', 'docs/design/pay/pay.md', '--out', 'out', '--force']);
    expect(replaced.code).toBe(0);
    expect(readFileSync(path.join(project, 'out/inside.feature'), 'utf8')).toBe('inside\n');
    expect(readFileSync(path.join(project, 'out/pay.feature'), 'utf8')).toContain('@design:pay');
  });

  it('generate reports a folder in the way of the target (exit 2), and writes nothing there', async () => {
    const { top, project } = sandbox({ 'docs/design/pay/pay.md': GOOD_DESIGN, 'out/pay.feature/keep.txt': 'keep' });
    made.push(top);
    const run = await runCli(project, ['generate', 'docs/design/pay/pay.md', '--out', 'out']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gherkin-bridge: Cannot write out/pay.feature: it is a directory\n');
    expect(tree(path.join(project, 'out'))).toEqual({ [path.join('pay.feature', 'keep.txt')]: 'keep' });
  });

  it('a template cannot choose the file name: whatever it renders goes to <out>/<slug>.feature', async () => {
    const { top, project, outside } = sandbox({
      'docs/design/pay/pay.md': GOOD_DESIGN,
      'tpl/feature.hbs': '# ../../outside/precious.feature {{path}}\nFeature: ../../outside/precious.feature\n{{#each scenarios}}\n{{> scenario}}\n{{/each}}\n',
    });
    made.push(top);
    const run = await runCli(project, ['generate', 'docs/design/pay/pay.md', '--out', 'out', '--template', 'tpl']);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(project, 'out'))).toEqual(['pay.feature']);
    expect(readFileSync(path.join(project, 'out/pay.feature'), 'utf8')).toContain('Feature: ../../outside/precious.feature');
    expect(readFileSync(path.join(outside, 'precious.feature'), 'utf8')).toBe('do not touch\n');
  });
});

describe('sync and the cache stay inside the working directory', () => {
  /** Name, extra files, argv, expected message, and whether a feature file is already linked (else sync creates one). */
  const cases: [string, Record<string, string>, string[], RegExp, boolean][] = [
    ['--into outside', {}, ['sync', '--into', 'pay=../outside/precious.feature'], /outside the working directory/, true],
    ['--into an absolute path', {}, ['sync', '--into', 'pay=/tmp/gherkin-bridge-never.feature'], /outside the working directory/, true],
    ['config into', { 'gherkin-bridge.config.json': '{"into": {"pay": "../outside/precious.feature"}}' }, ['sync'], /outside the working directory/, true],
    ['config out', { 'gherkin-bridge.config.json': '{"out": "../outside"}' }, ['sync'], /outside the working directory/, false],
    ['--out', {}, ['sync', '--out', '../outside'], /outside the working directory/, false],
    ['config cacheDir (coverage)', { 'gherkin-bridge.config.json': '{"cacheDir": "../outside/cache"}' }, ['coverage'], /^gherkin-bridge: Refusing cacheDir \.\.\/outside\/cache: it is outside the working directory/, true],
    ['config cacheDir (sync)', { 'gherkin-bridge.config.json': '{"cacheDir": "../outside"}' }, ['sync'], /Refusing cacheDir/, true],
  ];

  it.each(cases)('%s: refused with exit 2 and one line, nothing written', async (_, extra, argv, message, linked) => {
    const files: Record<string, string> = {
      'project/docs/design/pay/pay.md': GOOD_DESIGN.replace('| R1  | A card payment succeeds | e2e |', '| R1  | A card payment succeeds | e2e |\n| R2  | A refund is shown | e2e |'),
      'outside/precious.feature': 'do not touch\n',
    };
    if (linked) files['project/features/pay.feature'] = GOOD_FEATURE;
    for (const [file, text] of Object.entries(extra)) files[`project/${file}`] = text;
    const dir = makeProject(files);
    try {
      const before = { outside: tree(path.join(dir, 'outside')), project: tree(path.join(dir, 'project')) };
      const run = await runCli(path.join(dir, 'project'), argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(tree(path.join(dir, 'outside'))).toEqual(before.outside);
      expect(tree(path.join(dir, 'project'))).toEqual(before.project);
    } finally {
      removeProject(dir);
    }
  });
});
