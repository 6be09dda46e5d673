import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../support/corpus.js';

const run = promisify(execFile);
const script = path.join(repoRoot, 'scripts/github-action.mjs');
const cli = `${process.execPath} ${path.join(repoRoot, 'bin/gherkin-bridge.js')}`;
const root = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-action-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** A copy of the bundled example (a repository without package.json) and empty summary and output files. */
function workspace(): { dir: string; summary: string; output: string } {
  const dir = path.join(root, `w${count++}`);
  cpSync(path.join(repoRoot, 'examples/kickoff'), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
  writeFileSync(path.join(dir, 'summary'), '# earlier step\n');
  writeFileSync(path.join(dir, 'output'), '');
  return { dir, summary: path.join(dir, 'summary'), output: path.join(dir, 'output') };
}

/** Run the action's script as GitHub would, with `inputs`; its exit code, stdout and outputs. */
async function action(dir: string, inputs: Record<string, string>) {
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), GITHUB_OUTPUT: path.join(dir, 'output'), INPUT_CLI: cli, ...inputs };
  const result = await run(process.execPath, [script], { cwd: dir, env }).then(
    (done) => ({ code: 0, stdout: done.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  const outputs = Object.fromEntries(readFileSync(path.join(dir, 'output'), 'utf8').trim().split('\n').map((line) => line.split('=', 2)));
  return { ...result, outputs, summary: readFileSync(path.join(dir, 'summary'), 'utf8') };
}

describe('the GitHub Action (action.yml runs scripts/github-action.mjs)', () => {
  it('action.yml passes every input to the script, which runs from the action folder', () => {
    const yml = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    expect(yml).toContain('using: composite');
    expect(yml).toContain('run: node "${{ github.action_path }}/scripts/github-action.mjs"');
    for (const [, name] of yml.matchAll(/^ {2}([a-z-]+):\n {4}description:/gm)) {
      if (['exit-code', 'markdown', 'sarif', 'junit'].includes(name!)) {
        expect(yml).toContain(`value: \${{ steps.run.outputs.${name} }}`);
        continue;
      }
      expect(yml).toContain(`INPUT_${name!.toUpperCase().replaceAll('-', '_')}: \${{ inputs.${name} }}`);
    }
  });

  it('coverage: annotations in the log, the Markdown report appended to the summary, the report paths as outputs', async () => {
    const { dir, summary } = workspace();
    const result = await action(dir, { INPUT_ARGS: 'coverage' });
    expect(result.code).toBe(0);
    const reports = path.join(dir, 'gherkin-bridge-reports');
    expect(result.outputs).toEqual({
      'exit-code': '0',
      markdown: path.join(reports, 'summary.md'),
      sarif: path.join(reports, 'gherkin-bridge.sarif'),
      junit: path.join(reports, 'junit.xml'),
    });
    expect(readFileSync(summary, 'utf8')).toBe(`# earlier step\n${readFileSync(result.outputs.markdown!, 'utf8')}`);
    expect(result.summary).toContain('5 of 5 expected requirements covered');
    expect(JSON.parse(readFileSync(result.outputs.sarif!, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(result.outputs.junit!, 'utf8')).toMatch(/^<\?xml/);
    expect(result.stdout).toMatch(/^\$ .* coverage --format github --report markdown=/);
  });

  it('fails the step with gherkin-bridge\'s exit code, and still writes the summary and outputs', async () => {
    const { dir } = workspace();
    writeFileSync(path.join(dir, 'docs/design/extra.md'), '# Extra\n\n## Requirements\n\n- **R1:** More.\n\n## Acceptance test surface\n\n| Req | Observable behavior | Verified by |\n|---|---|---|\n| R1 | More | e2e |\n');
    const result = await action(dir, { INPUT_ARGS: 'coverage --fail-on uncovered', INPUT_REPORTS_DIR: 'out' });
    expect(result.code).toBe(1);
    expect(result.outputs['exit-code']).toBe('1');
    expect(result.outputs.sarif).toBe(path.join(dir, 'out/gherkin-bridge.sarif'));
    expect(result.summary).toContain('uncovered');
    expect(result.stdout).toContain('::error file=docs/design/extra.md');
  });

  it('another command: its output in the summary, in a code block; no report outputs', async () => {
    const { dir } = workspace();
    const result = await action(dir, { INPUT_ARGS: 'sync --check' });
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ 'exit-code': '0' });
    expect(result.summary).toBe('# earlier step\n### gherkin-bridge sync --check (exit 0)\n\n```text\nnothing to do\n```\n');
  });

  it('runs npx with the action\'s own version unless one is given', async () => {
    const { plan } = (await import(script)) as { plan: (env: Record<string, string>) => { command: string } };
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(plan({ INPUT_ARGS: 'sync --check' }).command).toBe(`npx --yes gherkin-bridge@${version} sync --check`);
    expect(plan({ INPUT_ARGS: 'sync --check', INPUT_VERSION: '1.2.3' }).command).toBe('npx --yes gherkin-bridge@1.2.3 sync --check');
  });
});

describe('the pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  it('each entry is a gherkin-bridge command line that runs (exit 0 in a clean repository, not a usage error)', async () => {
    const hooks = readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
    const entries = [...hooks.matchAll(/^ {2}entry: (.*)$/gm)].map((match) => match[1]!.split(' '));
    expect(hooks.match(/^ {2}language: node$/gm)).toHaveLength(entries.length);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const { dir } = workspace();
    await run('git', ['init', '-q'], { cwd: dir });
    await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.'], { cwd: dir });
    await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x'], { cwd: dir });
    for (const [program, ...args] of entries) {
      expect(program).toBe('gherkin-bridge');
      let stderr = '';
      const io = { stdout: () => {}, stderr: (text: string) => void (stderr += text), cwd: dir, env: {}, stderrIsTTY: false };
      expect([args.join(' '), await main(args, io), stderr]).toEqual([args.join(' '), 0, '']);
    }
  });
});
