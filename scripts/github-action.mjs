#!/usr/bin/env node
// The GitHub Action's one step (action.yml runs it from the action's own
// folder). Runs gherkin-bridge with the `args` input, through
// `npx --yes gherkin-bridge@<version>` unless the `cli` input names another
// command, so that it needs no package.json in the repository. For
// `coverage`, it adds GitHub annotations and writes the Markdown, SARIF and
// JUnit reports; it appends the Markdown (or, for other commands, the
// output) to $GITHUB_STEP_SUMMARY, names the reports in $GITHUB_OUTPUT, and
// exits with gherkin-bridge's exit code. test/ci/action.test.ts runs it.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const actionRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Quote a path for the shell command line. */
const quote = (word) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * What to run, from the action's inputs (`INPUT_*` variables, as GitHub sets
 * them): the shell command line, its folder and the report files it writes.
 */
export function plan(env) {
  const input = (name, fallback = '') => (env[`INPUT_${name}`] ?? '').trim() || fallback;
  const version = input('VERSION', JSON.parse(readFileSync(path.join(actionRoot, 'package.json'), 'utf8')).version);
  const cli = input('CLI', `npx --yes gherkin-bridge@${version}`);
  const args = input('ARGS', 'coverage');
  const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input('WORKING_DIRECTORY', '.'));
  const dir = path.resolve(cwd, input('REPORTS_DIR', 'gherkin-bridge-reports'));
  if (!/^coverage(\s|$)/.test(args)) return { command: `${cli} ${args}`, cwd, reports: {} };
  const reports = { markdown: 'summary.md', sarif: 'gherkin-bridge.sarif', junit: 'junit.xml' };
  for (const key of Object.keys(reports)) reports[key] = path.join(dir, reports[key]);
  const extra = Object.entries(reports).map(([format, file]) => `--report ${format}=${quote(file)}`);
  if (!/(^|\s)--format\b/.test(args)) extra.unshift('--format github');
  return { command: `${cli} ${args} ${extra.join(' ')}`, cwd, reports, dir };
}

/** Run the plan; returns gherkin-bridge's exit code. */
export function runAction(env) {
  const { command, cwd, reports, dir } = plan(env);
  if (dir) mkdirSync(dir, { recursive: true });
  console.log(`$ ${command}`);
  const result = spawnSync(command, { cwd, shell: true, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
  process.stdout.write(result.stdout ?? '');
  const code = result.status ?? 3;
  const summary = reports.markdown && existsSync(reports.markdown)
    ? readFileSync(reports.markdown, 'utf8')
    : `### gherkin-bridge ${env.INPUT_ARGS ?? ''} (exit ${code})\n\n\`\`\`text\n${(result.stdout ?? '').trimEnd()}\n\`\`\`\n`;
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);
  const outputs = { 'exit-code': code };
  for (const [key, file] of Object.entries(reports)) if (existsSync(file)) outputs[key] = file;
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
  return code;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runAction(process.env);
}
