import { applyPatch, parsePatch } from 'diff';
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
});
