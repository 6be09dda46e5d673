import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { corpusDir, repoRoot } from '../support/corpus.js';

interface Report {
  summary: { designs: number; expected: number };
  designs: { slug: string; expected: number }[];
  findings: { kind: string; file: string }[];
  skipped?: { file: string; reason: string }[];
}

/** A copy of a repository in a temporary folder (with a .git, so the config search stops there). */
function copyRepo(from: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gb-whole-'));
  cpSync(from, dir, { recursive: true });
  // The shared corpus has no write bits, and gherkin-bridge refuses to rewrite a read-only file.
  execFileSync('chmod', ['-R', 'u+w', dir]);
  writeFileSync(path.join(dir, '.git'), 'gitdir: none\n');
  return dir;
}

describe('a whole repository, zero-config, then init, link, link --write and sync', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyRepo(path.join(repoRoot, 'test/fixtures/whole-repo'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('coverage reads only the 12 real designs, lists the notes as skipped, and does not measure designs without a table', async () => {
    const run = await runCli(dir, ['coverage', '--format', 'json', '--no-cache']);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.summary.designs).toBe(12);
    expect(report.skipped?.map((s) => s.file)).toEqual([
      'docs/design/README.md',
      'docs/design/byok-pdf/README.md',
      'docs/design/byok-pdf/poc-results/parser-comparison.md',
      'docs/design/rag-chunking/notes.md',
    ]);
    const bySlug = Object.fromEntries(report.designs.map((d) => [d.slug, d.expected]));
    expect(bySlug).toMatchObject({ 'byok-pdf': 3, 'release-policy': 0, tracing: 0, 'model-fallback': 0, 'feedback-export': 0 });
    expect(report.findings.filter((f) => f.kind === 'missing-surface').map((f) => f.file).sort()).toEqual([
      'docs/design/feedback-export/feedback-export.md',
      'docs/design/mcp-auth/mcp-auth.md',
      'docs/design/model-fallback/model-fallback.md',
      'docs/design/release-policy/release-policy.md',
      'docs/design/tracing/tracing.md',
    ]);
    const text = await runCli(dir, ['--verbose', 'coverage', '--no-cache']);
    expect(text.stdout).toContain('Skipped (not feature designs)\n  docs/design/README.md: no "Feature design" title');
    expect(text.stdout.endsWith('\n')).toBe(true);
  });

  it('extract gives every requirement style its whole text, titles kept', async () => {
    const run = await runCli(dir, [
      'extract',
      '--format',
      'json',
      'docs/design/model-fallback/model-fallback.md',
      'docs/design/feedback-export/feedback-export.md',
      'docs/design/tracing/tracing.md',
    ]);
    const { designs } = JSON.parse(run.stdout) as { designs: { requirements: { id: string; text: string }[] }[] };
    expect(designs.map((d) => d.requirements.map((r) => `${r.id}: ${r.text}`))).toEqual([
      [
        'R6: A query whose primary model fails with a server error is answered by the fallback model.',
        'R7: Optional: The fallback model can be switched off per provider in the configuration.',
      ],
      [
        'R10: Feedback entries are exported as JSON lines once a day. The export skips entries that users asked to delete.',
        'R11: The export file name carries the date of the export.',
      ],
      [
        'R1: Tracing support: HARBOR shall export a trace span for every query it answers.',
        'R2: Trace context: HARBOR shall continue the trace context it receives in request headers.',
      ],
    ]);
  });

  it('init writes globs, the runner list and the levels the tables say', async () => {
    const run = await runCli(dir, ['init']);
    expect(run.code).toBe(0);
    const config = JSON.parse(readFileSync(path.join(dir, 'gherkin-bridge.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({
      designs: ['docs/design/**/*.md', '!**/*-spike.md', '!docs/design/byok-pdf/poc-results/**'],
      features: ['tests/e2e/features/**/*.feature'],
      runnerList: 'tests/e2e/test_list.txt',
      levels: ['e2e'],
    });
  });

  it('link chooses by the file, gives twins one verdict and stays below the bar on generic words and strays', async () => {
    const run = await runCli(dir, ['link', '--format', 'json']);
    const { suggestions } = JSON.parse(run.stdout) as {
      suggestions: { file: string; line: number; confident: boolean; candidates: { design: string; requirement: string }[] }[];
    };
    const verdict = Object.fromEntries(
      suggestions.map((s) => [`${path.basename(s.file)}:${s.line}`, s.confident ? `${s.candidates[0]?.design}#${s.candidates[0]?.requirement}` : null]),
    );
    expect(verdict).toEqual({
      'byok_pdf.feature:3': 'byok-pdf#R1',
      'byok_pdf.feature:8': 'byok-pdf#R2',
      'byok_pdf.feature:13': 'byok-pdf#R3',
      'conversation_cache.feature:6': 'conversation-cache#R1',
      'conversation_cache.feature:10': 'conversation-cache#R2',
      'conversation_cache.feature:15': 'conversation-cache#R3',
      'health.feature:3': null,
      'health.feature:8': null,
      'quota.feature:3': 'quota-limits#R1',
      'quota.feature:8': 'quota-limits#R3',
      'streaming.feature:3': 'streaming#R1',
      'streaming.feature:7': 'streaming#R2',
      'streaming.feature:11': null,
      'streaming.feature:15': null,
      'tools.feature:3': 'tool-approval#R1',
      'tools.feature:8': 'tool-approval#R1',
      'tools.feature:13': 'tool-approval#R2',
    });
  });

  it('link --write, then sync registers what it creates and never targets a file with a stray scenario', async () => {
    expect((await runCli(dir, ['link', '--write'])).code).toBe(0);
    // A stray by hand: one audit-log scenario among the streaming ones.
    const streaming = path.join(dir, 'tests/e2e/features/streaming.feature');
    writeFileSync(streaming, readFileSync(streaming, 'utf8').replace('  Scenario: Admin change', '  @design:audit-log @R1\n  Scenario: Admin change'));
    const sync = await runCli(dir, ['sync', '--no-cache']);
    expect(sync.code).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/e2e/features/streaming.feature'), 'utf8')).not.toContain('design=audit-log');
    expect(readFileSync(path.join(dir, 'tests/e2e/features/audit-log.feature'), 'utf8')).toContain('@R2');
    expect(readFileSync(path.join(dir, 'tests/e2e/test_list.txt'), 'utf8')).toContain('features/audit-log.feature\n');
    const report = JSON.parse((await runCli(dir, ['coverage', '--format', 'json', '--no-cache'])).stdout) as Report;
    expect(report.findings.filter((f) => f.kind === 'not-run' || f.kind === 'uncovered')).toEqual([]);
  });
});

const corpus = corpusDir();

describe.skipIf(corpus === null)('the Lightspeed excerpt, zero-config (CI-only held-out check)', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyRepo(path.join(corpus as string, 'lightspeed-stack'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads its 2 designs, then init, link --write and sync leave coverage without not-run findings', async () => {
    const report = JSON.parse((await runCli(dir, ['coverage', '--format', 'json', '--no-cache'])).stdout) as Report;
    expect(report.summary.designs).toBe(2);
    expect((await runCli(dir, ['init'])).code).toBe(0);
    expect((await runCli(dir, ['link', '--write'])).code).toBe(0);
    const sync = await runCli(dir, ['sync', '--no-cache']);
    expect(sync.stderr).not.toMatch(/at .*\.js:\d+/);
    const after = JSON.parse((await runCli(dir, ['coverage', '--format', 'json', '--no-cache'])).stdout) as Report;
    expect(after.findings.filter((f) => f.kind === 'not-run')).toEqual([]);
  });
});
