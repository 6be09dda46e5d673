import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLinks } from '../../src/link/apply-links.js';
import { fixtureDir, scenarioTexts } from './support/load-fixtures.js';

/** Lines with their endings, so that a changed ending shows. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Every original line is in the output, byte for byte and in order, except
 * those listed as extended, which must start with their original tags and end
 * with their original comment and line ending.
 */
function expectOriginalLinesKept(original: string, output: string, extended: number[] = []): void {
  const out = linesOf(output.replace(/^\uFEFF/, ''));
  let j = 0;
  linesOf(original.replace(/^\uFEFF/, '')).forEach((line, index) => {
    if (extended.includes(index + 1)) {
      const hash = line.search(/\s#/);
      const head = (hash < 0 ? line.replace(/\s+$/, '') : line.slice(0, hash).replace(/\s+$/, ''));
      const tail = hash < 0 ? line.slice(line.replace(/\s+$/, '').length) : line.slice(hash);
      while (j < out.length && !(out[j]?.startsWith(head) && out[j]?.endsWith(tail) && out[j] !== line)) j++;
    } else {
      while (j < out.length && out[j] !== line) j++;
    }
    expect(j, `original line ${index + 1} ${JSON.stringify(line)} is missing`).toBeLessThan(out.length);
    j++;
  });
}

function tagsByScenario(text: string): Map<string, string[]> {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  const document = parser.parse(text.replace(/^\uFEFF/, ''));
  const result = new Map<string, string[]>([['Feature', document.feature?.tags.map((t) => t.name) ?? []]]);
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) result.set(child.scenario.name, child.scenario.tags.map((t) => t.name));
  }
  return result;
}

const LF = [
  'Feature: Backups',
  '',
  '  Scenario: Nightly snapshot',
  '    Given a database',
  '',
  '  @smoke @slow # flaky on arm',
  '  Scenario: Prune old snapshots',
  '    Given old snapshots',
  '',
].join('\n');

describe('applyLinks', () => {
  it('inserts a tag line above a scenario without tags, indented like it', () => {
    const output = applyLinks(LF, [{ line: 3, tags: ['@R1', '@R2'] }], null);
    expect(output).toBe(LF.replace('  Scenario: Nightly', '  @R1 @R2\n  Scenario: Nightly'));
    expectOriginalLinesKept(LF, output);
  });

  it('appends to an existing tag line, before its trailing comment', () => {
    const output = applyLinks(LF, [{ line: 7, tags: ['@R3'] }], null);
    expect(output).toBe(LF.replace('@smoke @slow # flaky', '@smoke @slow @R3 # flaky'));
    expectOriginalLinesKept(LF, output, [6]);
    expect(tagsByScenario(output).get('Prune old snapshots')).toEqual(['@smoke', '@slow', '@R3']);
  });

  it('appends to the last of several tag lines, keeping its spacing before the comment', () => {
    const text = 'Feature: F\n\n  @a\n  @b\t  # note\n  Scenario: S\n    Given x\n';
    const output = applyLinks(text, [{ line: 5, tags: ['@R1'] }], null);
    expect(output).toBe('Feature: F\n\n  @a\n  @b @R1\t  # note\n  Scenario: S\n    Given x\n');
    expectOriginalLinesKept(text, output, [4]);
  });

  it('finds tag lines above comments and blank lines that stand before the scenario', () => {
    const text = 'Feature: F\n\n  @a\n  # why this matters\n\n  Scenario: S\n    Given x\n';
    const output = applyLinks(text, [{ line: 6, tags: ['@R1'] }], null);
    expect(output).toBe('Feature: F\n\n  @a @R1\n  # why this matters\n\n  Scenario: S\n    Given x\n');
    expect(tagsByScenario(output).get('S')).toEqual(['@a', '@R1']);
  });

  it('puts a new tag line below the comments attached to the scenario (provenance stays on top)', () => {
    const text = 'Feature: F\n\n  # gherkin-bridge: design=d row=R1 behavior=abcdef123456\n  Scenario: S\n    Given x\n';
    const output = applyLinks(text, [{ line: 4, tags: ['@R1'] }], null);
    expect(output).toBe(
      'Feature: F\n\n  # gherkin-bridge: design=d row=R1 behavior=abcdef123456\n  @R1\n  Scenario: S\n    Given x\n',
    );
    expectOriginalLinesKept(text, output);
  });

  it('keeps CRLF line endings, and gives an inserted line the same ending', () => {
    const text = LF.replace(/\n/g, '\r\n');
    const output = applyLinks(text, [{ line: 3, tags: ['@R1'] }, { line: 7, tags: ['@R2'] }], '@design:backups');
    expect(output).toBe(
      '@design:backups\r\nFeature: Backups\r\n\r\n  @R1\r\n  Scenario: Nightly snapshot\r\n    Given a database\r\n\r\n' +
        '  @smoke @slow @R2 # flaky on arm\r\n  Scenario: Prune old snapshots\r\n    Given old snapshots\r\n',
    );
    expect(output.replace(/\r\n/g, '')).not.toContain('\n');
    expectOriginalLinesKept(text, output, [6]);
  });

  it('uses the ending of the neighbouring line in a file with mixed endings', () => {
    const text = 'Feature: F\n\n  Scenario: A\r\n    Given a\n\n  Scenario: B\n    Given b\r\n';
    const output = applyLinks(text, [{ line: 3, tags: ['@R1'] }, { line: 6, tags: ['@R2'] }], null);
    expect(output).toBe('Feature: F\n\n  @R1\r\n  Scenario: A\r\n    Given a\n\n  @R2\n  Scenario: B\n    Given b\r\n');
    expectOriginalLinesKept(text, output);
  });

  it('keeps a missing final newline', () => {
    const text = 'Feature: F\n\n  Scenario: S\n    Given x';
    const output = applyLinks(text, [{ line: 3, tags: ['@R1'] }], null);
    expect(output).toBe('Feature: F\n\n  @R1\n  Scenario: S\n    Given x');
    expectOriginalLinesKept(text, output);
  });

  it('handles a scenario on the last line without a newline', () => {
    const text = 'Feature: F\r\n  Scenario: S';
    expect(applyLinks(text, [{ line: 2, tags: ['@R1'] }], null)).toBe('Feature: F\r\n  @R1\r\n  Scenario: S');
  });

  it('keeps tab indentation and matches it on the new line', () => {
    const text = 'Feature: F\n\n\tScenario: S\n\t\tGiven x\n';
    const output = applyLinks(text, [{ line: 3, tags: ['@R1'] }], null);
    expect(output).toBe('Feature: F\n\n\t@R1\n\tScenario: S\n\t\tGiven x\n');
    expectOriginalLinesKept(text, output);
  });

  it('adds the feature tag above the Feature line, below a language header, after the BOM', () => {
    const text = '\uFEFF# language: en\nFeature: F\n\n  Scenario: S\n    Given x\n';
    const output = applyLinks(text, [], '@design:foo');
    expect(output).toBe('\uFEFF# language: en\n@design:foo\nFeature: F\n\n  Scenario: S\n    Given x\n');
    expect(tagsByScenario(output).get('Feature')).toEqual(['@design:foo']);
  });

  it('keeps the BOM first when the tag line goes on line 1', () => {
    const text = '\uFEFFFeature: F\n  Scenario: S\n    Given x\n';
    const output = applyLinks(text, [{ line: 2, tags: ['@R1'] }], '@design:foo');
    expect(output).toBe('\uFEFF@design:foo\nFeature: F\n  @R1\n  Scenario: S\n    Given x\n');
    expectOriginalLinesKept(text, output);
  });

  it('appends the feature tag to the Feature tag line', () => {
    const text = '@cfg_default @skip # runner tags\nFeature: F\n';
    expect(applyLinks(text, [], '@design:foo')).toBe('@cfg_default @skip @design:foo # runner tags\nFeature: F\n');
  });

  it('adds no tag that is already present, and returns the text unchanged when nothing is left', () => {
    const text = '@design:foo\nFeature: F\n\n  @R1 @smoke\n  Scenario: S\n    Given x\n';
    expect(applyLinks(text, [{ line: 5, tags: ['@R1'] }], '@design:foo')).toBe(text);
    expect(applyLinks(text, [{ line: 5, tags: ['@R1', '@R2', '@R2'] }], '@design:foo')).toBe(
      text.replace('@R1 @smoke', '@R1 @smoke @R2'),
    );
  });

  it('merges edits of the same scenario and accepts tags without @', () => {
    const text = 'Feature: F\n  Scenario: S\n';
    expect(applyLinks(text, [{ line: 2, tags: ['R1'] }, { line: 2, tags: ['@R2', '@R1'] }], null)).toBe(
      'Feature: F\n  @R1 @R2\n  Scenario: S\n',
    );
  });

  it('rejects an edit outside the text', () => {
    expect(() => applyLinks('Feature: F\n', [{ line: 3, tags: ['@R1'] }], null)).toThrow(RangeError);
    expect(() => applyLinks('Feature: F\n', [{ line: 0, tags: ['@R1'] }], null)).toThrow(RangeError);
  });

  it('tags every fixture scenario so that the parser sees the tags, idempotently', () => {
    const dir = path.join(fixtureDir, 'features');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.feature'))) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const edits = scenarioTexts(text, name).map((s) => ({ line: s.line, tags: ['@R99'] }));
      const output = applyLinks(text, edits, '@design:fixture');
      expect(applyLinks(output, scenarioTexts(output, name).map((s) => ({ line: s.line, tags: ['@R99'] })), '@design:fixture')).toBe(output);
      const tags = tagsByScenario(output);
      expect(tags.get('Feature')).toContain('@design:fixture');
      for (const s of scenarioTexts(text, name)) expect(tags.get(s.name)).toContain('@R99');
      const tagged = linesOf(text).flatMap((line, i) => (line.trimStart().startsWith('@') ? [i + 1] : []));
      expectOriginalLinesKept(text, output, tagged);
    }
  });

  it('keeps every original line for any line endings and any set of edited scenarios', () => {
    const body = ['Feature: F', '', '  @a # c', '  Scenario: A', '    Given a', '', '\tScenario: B', '\t\tGiven b', '  # note', '  Scenario: C', '    Given c'];
    const scenarioLines = [4, 7, 10];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('\n', '\r\n'), { minLength: body.length, maxLength: body.length }),
        fc.boolean(),
        fc.subarray(scenarioLines),
        fc.option(fc.constant('@design:x')),
        (endings, finalNewline, chosen, featureTag) => {
          const text = body.map((line, i) => line + (i < body.length - 1 || finalNewline ? endings[i] : '')).join('');
          const output = applyLinks(text, chosen.map((line) => ({ line, tags: ['@R1'] })), featureTag);
          expectOriginalLinesKept(text, output, chosen.includes(4) ? [3] : []);
          const tags = tagsByScenario(output);
          for (const [line, name] of [[4, 'A'], [7, 'B'], [10, 'C']] as const) {
            expect(tags.get(name)?.includes('@R1')).toBe(chosen.includes(line));
          }
          expect(output.endsWith('Given c')).toBe(!finalNewline);
        },
      ),
    );
  });
});
