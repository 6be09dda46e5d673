import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/shared/provenance.js';
import { makeProject, read, removeProject, writeFiles } from '../support/project.js';
import { runCli } from '../support/run-cli.js';
import { coverage, designDoc, sync } from './support/sync-project.js';

const DESIGN = 'docs/design/pay/pay.md';
const FEATURE = 'features/pay.feature';

function payDesign(r1: string, r2 = 'Refunding works'): string {
  return designDoc('Pay', [['R1', 'Pay.'], ['R2', 'Refund.']], [['R1', r1, 'e2e'], ['R2', r2, 'e2e']]);
}

let dir = '';
afterEach(() => removeProject(dir));

/** A repository whose feature file sync generated, then a person edited (name and steps). */
async function generatedAndEdited(): Promise<string> {
  dir = makeProject({ [DESIGN]: payDesign('Paying by card works') });
  await sync(dir);
  const edited = read(dir, FEATURE)
    .replace('Scenario: Paying by card works', 'Scenario: A customer pays with a card (renamed by hand)')
    .replace('Given TODO: set up the preconditions for R1', 'Given a customer with a card');
  writeFiles(dir, { [FEATURE]: edited });
  return edited;
}

function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

describe('stale scenarios', () => {
  it('are reported at the provenance comment with the old and the new behavior, even after the scenario was edited', async () => {
    const edited = await generatedAndEdited();
    expect((await coverage(dir)).findings.filter((f) => f.kind === 'stale')).toEqual([]);

    writeFiles(dir, { [DESIGN]: payDesign('Paying by card or by wallet works') });
    const stale = (await coverage(dir)).findings.filter((f) => f.kind === 'stale');
    const provenanceLine = edited.split('\n').findIndex((l) => l.includes('row=R1 ')) + 1;
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({
      file: FEATURE,
      line: provenanceLine,
      severity: 'warning',
      design: 'pay',
      requirement: 'R1',
      data: { oldBehavior: 'Paying by card works', newBehavior: 'Paying by card or by wallet works' },
    });
    expect(stale[0]?.message).toContain('"Paying by card works"');
    expect(stale[0]?.message).toContain('"Paying by card or by wallet works"');
    expect(stale[0]?.message).toContain('A customer pays with a card (renamed by hand)');
  });

  it('are not reported when the behavior is only reflowed (whitespace)', async () => {
    await generatedAndEdited();
    writeFiles(dir, { [DESIGN]: payDesign('Paying   by card  works') });
    expect((await coverage(dir)).findings.filter((f) => f.kind === 'stale')).toEqual([]);
  });

  it('are left alone by sync, which lists them, and accepted by --accept-stale: only the two provenance lines change', async () => {
    const edited = await generatedAndEdited();
    writeFiles(dir, { [DESIGN]: payDesign('Paying by card or by wallet works') });

    const plain = await runCli(dir, ['sync']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('warning [stale]');
    expect(plain.stdout).toContain('run sync --accept-stale');
    expect(read(dir, FEATURE)).toBe(edited);

    const check = await runCli(dir, ['sync', '--accept-stale', '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`would accept 1 stale scenario in ${FEATURE}`);
    expect(check.stdout).toContain(`-  # gherkin-bridge: design=pay row=R1 behavior=${fingerprint('Paying by card works')}`);
    expect(check.stdout).toContain(`+  # gherkin-bridge: design=pay row=R1 behavior=${fingerprint('Paying by card or by wallet works')}`);
    expect(check.stdout).toContain('+  # behavior: Paying by card or by wallet works');
    expect(read(dir, FEATURE)).toBe(edited);

    const accept = await runCli(dir, ['sync', '--accept-stale']);
    expect(accept.code).toBe(0);
    const accepted = read(dir, FEATURE);
    const provenanceLine = edited.split('\n').findIndex((l) => l.includes('row=R1 ')) + 1;
    expect(changedLines(edited, accepted)).toEqual([provenanceLine, provenanceLine + 1]);
    expect(accepted).toContain('Scenario: A customer pays with a card (renamed by hand)');
    expect(accepted).toContain('Given a customer with a card');
    expect((await coverage(dir)).findings.filter((f) => f.kind === 'stale')).toEqual([]);

    const again = await runCli(dir, ['sync', '--accept-stale']);
    expect(again.stdout).toBe('nothing to do\n');
    expect(read(dir, FEATURE)).toBe(accepted);
  });

  it('without a recorded behavior line: reported without the old text, and accepting changes only the fingerprint', async () => {
    const old = fingerprint('Paying used to work');
    const text = [
      '@design:pay\r',
      'Feature: Pay\r',
      '\r',
      `  # gherkin-bridge: design=pay row=R1 behavior=${old}\r`,
      '  @R1\r',
      '  Scenario: Pay\r',
      '    Given a card\r',
      '\r',
      '  @R2\r',
      '  Scenario: Refund\r',
      '    Given a refund',
    ].join('\n');
    dir = makeProject({ [DESIGN]: payDesign('Paying works'), [FEATURE]: text });
    const stale = (await coverage(dir)).findings.filter((f) => f.kind === 'stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]?.line).toBe(4);
    expect(stale[0]?.data).toEqual({ newBehavior: 'Paying works', designLine: '12' });

    const outcome = await sync(dir, {}, { acceptStale: true });
    expect(outcome.changes.map((c) => [c.file, c.accepted, c.added])).toEqual([[FEATURE, [4], []]]);
    expect(read(dir, FEATURE)).toBe(text.replace(old, fingerprint('Paying works')));
  });

  it('accepts several stale scenarios in a CRLF file in one run, keeping CRLF', async () => {
    dir = makeProject({ [DESIGN]: payDesign('Paying works', 'Refunding works') });
    await sync(dir);
    writeFiles(dir, { [FEATURE]: read(dir, FEATURE).replaceAll('\n', '\r\n') });
    writeFiles(dir, { [DESIGN]: payDesign('Paying works now', 'Refunding works now') });
    expect((await coverage(dir)).findings.filter((f) => f.kind === 'stale')).toHaveLength(2);
    const outcome = await sync(dir, {}, { acceptStale: true });
    expect(outcome.changes[0]?.accepted).toHaveLength(2);
    const after = read(dir, FEATURE);
    expect(after.split('\r\n').join('')).not.toContain('\n');
    expect(after).toContain('# behavior: Refunding works now\r\n');
    expect((await coverage(dir)).findings.filter((f) => f.kind === 'stale')).toEqual([]);
  });

  it('are a warning: coverage still exits 0, unless stale is made an error', async () => {
    await generatedAndEdited();
    writeFiles(dir, { [DESIGN]: payDesign('Paying changed') });
    const cover = await runCli(dir, ['coverage', '--no-cache']);
    expect(cover.stdout).toContain('warning [stale]');
    expect(cover.code).toBe(0);
    writeFiles(dir, { 'gherkin-bridge.config.json': '{ "severity": { "stale": "error" } }\n' });
    expect((await runCli(dir, ['coverage', '--no-cache'])).code).toBe(1);
  });
});
