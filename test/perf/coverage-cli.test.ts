import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { featureText, generatedFiles, writeFiles } from './support/generate-features.js';

const CACHE = 'node_modules/.cache/gherkin-bridge';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const DESIGN = `# Feature design for LCORE-1: Payments

## Requirements

- **R1:** Pay.
- **R2:** Refund.
- **R3:** Receipt.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | Paying works | e2e |
| R2  | Refunding works | e2e |
| R3  | Receipts are stored | unit |
`;

/** A project with three designs and generated features, some linked to them. */
function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-cli-perf-'));
  dirs.push(root);
  // With a package.json, the cache goes to node_modules/.cache.
  writeFileSync(path.join(root, 'package.json'), '{}');
  for (let d = 0; d < 3; d++) {
    mkdirSync(path.join(root, `docs/design/design-${d}`), { recursive: true });
    writeFileSync(path.join(root, `docs/design/design-${d}/design-${d}.md`), DESIGN);
  }
  writeFiles(root, generatedFiles(80));
  return root;
}

async function run(argv: string[], stderrIsTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: process.cwd(),
    env: {},
    stderrIsTTY,
  });
  return { code, stdout, stderr };
}

describe('coverage with the cache', () => {
  it('gives the same report and exit code cold, warm and with --no-cache', async () => {
    const root = project();
    const cold = await run(['coverage', '--format', 'json', '-C', root]);
    const written = readdirSync(path.join(root, CACHE)).sort();
    expect(written).toHaveLength(3);
    expect(written.slice(0, 2)).toEqual(['.gherkin-bridge-cache', '.gitignore']);
    expect(written[2]).toMatch(/^cache-.*\.json$/);
    const warm = await run(['coverage', '--format', 'json', '-C', root]);
    const none = await run(['coverage', '--format', 'json', '--no-cache', '-C', root]);
    const report = JSON.parse(cold.stdout) as { summary: { designs: number; featureFiles: number; covered: number } };
    expect(report.summary.designs).toBe(3);
    expect(report.summary.featureFiles).toBe(80);
    expect(report.summary.covered).toBeGreaterThan(0);
    expect(warm).toEqual(cold);
    expect(none).toEqual(cold);
    for (const format of ['text', 'json']) {
      const a = await run(['coverage', '--format', format, '-C', root]);
      const b = await run(['coverage', '--format', format, '--no-cache', '-C', root]);
      expect(a).toEqual(b);
    }
  });

  it('writes no cache with --no-cache', async () => {
    const root = project();
    const result = await run(['coverage', '--no-cache', '-C', root]);
    expect(result.code).toBeLessThan(2);
    expect(existsSync(path.join(root, 'node_modules'))).toBe(false);
  });

  it('sees a changed feature file on the next run', async () => {
    const root = project();
    const before = await run(['coverage', '--format', 'json', '-C', root]);
    writeFileSync(path.join(root, 'features/group-0/f0000.feature'), featureText(1).replace('Unlinked feature 1', 'Now unlinked'));
    const after = await run(['coverage', '--format', 'json', '-C', root]);
    const fresh = await run(['coverage', '--format', 'json', '--no-cache', '-C', root]);
    expect(after).toEqual(fresh);
    expect(after.stdout).not.toBe(before.stdout);
  });

  it('sees a changed design on the next run', async () => {
    const root = project();
    const before = await run(['coverage', '--format', 'json', '-C', root]);
    const design = path.join(root, 'docs/design/design-1/design-1.md');
    writeFileSync(design, DESIGN.replace('| R3  | Receipts are stored | unit |', '| R3  | Receipts are stored | e2e |'));
    const after = await run(['coverage', '--format', 'json', '-C', root]);
    const fresh = await run(['coverage', '--format', 'json', '--no-cache', '-C', root]);
    expect(after).toEqual(fresh);
    expect(after.stdout).not.toBe(before.stdout);
  });

  it('rebuilds a corrupted cache file and still reports the same', async () => {
    const root = project();
    const cold = await run(['coverage', '--format', 'json', '-C', root]);
    for (const name of readdirSync(path.join(root, CACHE)).filter((n) => n.startsWith('cache-'))) {
      writeFileSync(path.join(root, CACHE, name), '{"format": truncated');
    }
    const again = await run(['coverage', '--format', 'json', '-C', root]);
    expect(again).toEqual(cold);
    const warm = await run(['coverage', '--format', 'json', '-C', root]);
    expect(warm).toEqual(cold);
  });

  it('prints no progress bar for a quick run, nor when stderr is not a terminal or with --quiet', async () => {
    const root = project();
    for (const [argv, tty] of [
      [['coverage', '-C', root], true],
      [['coverage', '-C', root], false],
      [['--quiet', 'coverage', '-C', root], true],
    ] as const) {
      const result = await run([...argv], tty);
      expect(result.stderr).not.toContain('feature files parsed');
    }
  });
});
