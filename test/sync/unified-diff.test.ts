import { FILE_HEADERS_ONLY, applyPatch, createTwoFilesPatch, parsePatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendScenarios } from '../../src/sync/insert-scenarios.js';
import { unifiedDiff } from '../../src/sync/unified-diff.js';

const BEFORE = 'Feature: f\n\n  Scenario: s\n    Given x\n';
const BLOCK = '  @R1\n  Scenario: R1 added\n    Then y\n';

describe('unifiedDiff', () => {
  it('shows a changed file with a/ and b/ headers and no timestamps', () => {
    const after = appendScenarios(BEFORE, BLOCK);
    expect(unifiedDiff('features/f.feature', BEFORE, after)).toBe(
      [
        '--- a/features/f.feature',
        '+++ b/features/f.feature',
        '@@ -2,3 +2,7 @@',
        ' ',
        '   Scenario: s',
        '     Given x',
        '+',
        '+  @R1',
        '+  Scenario: R1 added',
        '+    Then y',
        '',
      ].join('\n'),
    );
  });

  it('shows a new file against /dev/null', () => {
    expect(unifiedDiff('features/new.feature', null, 'Feature: n\n')).toBe(
      ['--- /dev/null', '+++ b/features/new.feature', '@@ -0,0 +1,1 @@', '+Feature: n', ''].join('\n'),
    );
  });

  it('normalises backslashes and a leading ./ in the shown path', () => {
    const patch = unifiedDiff('.\\features\\f.feature', 'a\n', 'b\n');
    expect(patch.split('\n').slice(0, 2)).toEqual(['--- a/features/f.feature', '+++ b/features/f.feature']);
  });

  it('marks a missing final newline the way patch tools expect', () => {
    const patch = unifiedDiff('f.feature', 'Feature: f', appendScenarios('Feature: f', BLOCK));
    expect(patch).toContain('-Feature: f\n\\ No newline at end of file\n+Feature: f\n');
  });

  it('returns an empty string when nothing changed', () => {
    expect(unifiedDiff('f.feature', BEFORE, BEFORE)).toBe('');
  });

  it('is stable and applies back to the new text, CRLF included', () => {
    const before = BEFORE.replaceAll('\n', '\r\n');
    const after = appendScenarios(before, BLOCK);
    const patch = unifiedDiff('f.feature', before, after);
    expect(unifiedDiff('f.feature', before, after)).toBe(patch);
    expect(parsePatch(patch)).toHaveLength(1);
    expect(applyPatch(before, patch)).toBe(after);
  });

  // The fast path in unifiedDiff: only the changed middle is diffed.
  it('the diff of a trimmed text equals the whole diff (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '', '  x'), { maxLength: 14 }).chain((lines) =>
      fc.tuple(fc.constant(lines), fc.boolean()).map(([ls, newline]) => ls.join('\n') + (newline && ls.length > 0 ? '\n' : '')),
    );
    fc.assert(
      fc.property(text, text, fc.nat(20), fc.nat(20), (before, middle, from, to) => {
        const lo = Math.min(from, to, before.length);
        const hi = Math.min(Math.max(from, to), before.length);
        const after = before.slice(0, lo) + middle + before.slice(hi);
        const whole =
          before === after ? '' : createTwoFilesPatch('a/f', 'b/f', before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
        expect(unifiedDiff('f', before, after)).toBe(whole);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) * 5 },
    );
  });

  it('diffs a 30 MB file with a scenario appended without diffing its 30 MB', () => {
    const before = 'Feature: big\n' + '  # filler line of a big feature file\n'.repeat(800_000);
    const patch = unifiedDiff('big.feature', before, appendScenarios(before, BLOCK));
    expect(patch.split('\n').slice(2, 4)).toEqual(['@@ -799999,3 +799999,7 @@', '   # filler line of a big feature file']);
  });
});
