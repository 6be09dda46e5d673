import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DESIGN_BYTES } from '../../src/design/size-cap.js';
import { makeProject, removeProject } from '../support/project.js';
import { runCli } from '../support/run-cli.js';

describe('a design file larger than the cap', () => {
  let dir = '';
  afterEach(() => removeProject(dir));

  it('is one parse-error finding, found without reading the file (a sparse 1.7 GB file), and the other designs are still judged', async () => {
    dir = makeProject();
    mkdirSync(path.join(dir, 'docs/design/huge'), { recursive: true });
    const huge = path.join(dir, 'docs/design/huge/huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 1_700 * 1024 * 1024);
    mkdirSync(path.join(dir, 'docs/design/ok'), { recursive: true });
    writeFileSync(
      path.join(dir, 'docs/design/ok/ok.md'),
      '# Feature design for OK\n\n## Requirements\n\n- **R1:** It works.\n\n## Acceptance test surface\n\n| Req | Observable behavior | Verified by |\n|---|---|---|\n| R1 | It works | e2e |\n',
    );
    const run = await runCli(dir, ['coverage', '--format', 'json', '--no-cache']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { kind: string; file: string; line: number; message: string }[] };
    const big = report.findings.filter((f) => f.file === 'docs/design/huge/huge.md');
    expect(big).toEqual([expect.objectContaining({ kind: 'parse-error', line: 1 })]);
    expect(big[0]?.message).toContain(`expected at most ${MAX_DESIGN_BYTES}`);
    expect(report.findings.some((f) => f.kind === 'uncovered' && f.file === 'docs/design/ok/ok.md')).toBe(true);
  });
});
