import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, formatProvenance, parseProvenance } from '../../src/shared/provenance.js';
import { replaceFingerprint } from '../../src/sync/accept-stale.js';
import { SyncError } from '../../src/sync/sync-error.js';

/** Indexes of the bytes of `after` that differ from `before` (same length expected). */
function changedBytes(before: string, after: string): number[] {
  const a = Buffer.from(before, 'utf8');
  const b = Buffer.from(after, 'utf8');
  expect(b.length).toBe(a.length);
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  return changed;
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SyncError);
    return (error as SyncError).code;
  }
  return undefined;
}

const OLD = 'aaaaaaaaaaaa';
const NEW = 'bbbbbbbbbbbb';

const FEATURE = [
  '\uFEFF@design:demo',
  'Feature: Saved items',
  '',
  `\t  #   gherkin-bridge:   design=demo   row=R1,R2   behavior=${OLD}  \t`,
  '  @design:demo @R1 @R2',
  '  Scenario: R1 R2 exports',
  '    Then behavior=aaaaaaaaaaaa is not a comment',
  '',
].join('\r\n');

describe('replaceFingerprint', () => {
  it('changes only the fingerprint characters, keeping odd spacing, tabs and CRLF', () => {
    const result = replaceFingerprint(FEATURE, 4, NEW);
    const start = Buffer.from(FEATURE.slice(0, FEATURE.indexOf(`behavior=${OLD}`) + 'behavior='.length), 'utf8').length;
    expect(changedBytes(FEATURE, result)).toEqual(Array.from({ length: 12 }, (_, i) => start + i));
    expect(parseProvenance(result.split('\r\n')[3] ?? '', 4)?.fingerprint).toBe(NEW);
    expect(result.split('\r\n')[6]).toBe('    Then behavior=aaaaaaaaaaaa is not a comment');
  });

  it('accepts a fingerprint of another length and keeps the bytes around it', () => {
    const result = replaceFingerprint(FEATURE, 4, 'c0ffee');
    const at = FEATURE.indexOf(`behavior=${OLD}`) + 'behavior='.length;
    expect(result).toBe(FEATURE.slice(0, at) + 'c0ffee' + FEATURE.slice(at + OLD.length));
  });

  it('replaces the fingerprint on a first line that starts with a BOM', () => {
    const original = `\uFEFF# gherkin-bridge: design=demo row=R1 behavior=${OLD}\nFeature: f\n`;
    expect(replaceFingerprint(original, 1, NEW)).toBe(`\uFEFF# gherkin-bridge: design=demo row=R1 behavior=${NEW}\nFeature: f\n`);
  });

  it('uses the last behavior= even when the design slug contains it', () => {
    const original = `  # gherkin-bridge: design=behavior=abcdef row=R1 behavior=${OLD}`;
    expect(replaceFingerprint(original, 1, NEW)).toBe(`  # gherkin-bridge: design=behavior=abcdef row=R1 behavior=${NEW}`);
  });

  it('round-trips with the generator format for any behavior text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('\n', '\r\n'), (oldBehavior, newBehavior, eol) => {
        const original = ['Feature: f', `  ${formatProvenance('demo', ['R1'], oldBehavior)}`, '  Scenario: s', ''].join(eol);
        const result = replaceFingerprint(original, 2, fingerprint(newBehavior));
        expect(result).toBe(original.replace(fingerprint(oldBehavior), fingerprint(newBehavior)));
      }),
    );
  });

  it('throws sync.notProvenance on a line that is not a provenance comment', () => {
    expect(codeOf(() => replaceFingerprint(FEATURE, 5, NEW))).toBe('sync.notProvenance');
    expect(codeOf(() => replaceFingerprint(FEATURE, 7, NEW))).toBe('sync.notProvenance');
    expect(codeOf(() => replaceFingerprint('# gherkin-bridge: design=demo row=R1', 1, NEW))).toBe('sync.notProvenance');
    expect(() => replaceFingerprint(FEATURE, 6, NEW)).toThrow(/line 6, expected a gherkin-bridge provenance comment/);
  });

  it('throws sync.lineOutOfRange for lines the file does not have', () => {
    expect(codeOf(() => replaceFingerprint(FEATURE, 0, NEW))).toBe('sync.lineOutOfRange');
    expect(codeOf(() => replaceFingerprint(FEATURE, 8, NEW))).toBe('sync.lineOutOfRange');
    expect(codeOf(() => replaceFingerprint(FEATURE, 1.5, NEW))).toBe('sync.lineOutOfRange');
  });

  it('throws sync.invalidFingerprint for text that is not 6 to 64 lowercase hex digits', () => {
    for (const bad of ['', 'abc', 'ABCDEF012345', 'abcdef01234z', 'a'.repeat(65), `${NEW}\n`]) {
      expect(codeOf(() => replaceFingerprint(FEATURE, 4, bad))).toBe('sync.invalidFingerprint');
    }
  });
});
