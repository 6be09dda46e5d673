import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_RULE_TITLE,
  appendScenarios,
  appendTarget,
  type AppendOptions,
  type AppendTarget,
} from '../../src/sync/insert-scenarios.js';
import { SyncError } from '../../src/sync/sync-error.js';
import { repoRoot } from '../support/corpus.js';
import { expectGolden } from '../support/golden.js';
import { lineBreakKinds, parseGherkin, picklesOf } from './support/gherkin.js';

const FIXTURES = path.join(repoRoot, 'test/fixtures/sync/append');

interface Keywords {
  scenario: string;
  given: string;
  when: string;
  then: string;
}

const EN: Keywords = { scenario: 'Scenario', given: 'Given', when: 'When', then: 'Then' };
const FR: Keywords = { scenario: 'Scénario', given: 'Soit', when: 'Quand', then: 'Alors' };

/** Two scenarios in the generator's shape: provenance comment, tags, scenario, two-space indent, LF. */
function generatedBlock(k: Keywords): string {
  return [
    '  # gherkin-bridge: design=demo row=R7 behavior=0a1b2c3d4e5f',
    '  @design:demo @R7',
    `  ${k.scenario}: R7 the export lists every saved item`,
    `    ${k.given} a saved item`,
    `    ${k.when} the user exports their items`,
    `    ${k.then} the export lists the saved item`,
    '',
    '  # gherkin-bridge: design=demo row=R8,R9 behavior=abcdef012345',
    '  @design:demo @R8 @R9',
    `  ${k.scenario}: R8 R9 an empty export is refused`,
    `    ${k.given} no saved item`,
    `    ${k.then} the response is:`,
    '      """',
    '      nothing to export',
    '      """',
    '',
  ].join('\n');
}

function secondBlock(k: Keywords): string {
  return [
    '  # gherkin-bridge: design=demo row=R10 behavior=1234567890ab',
    '  @design:demo @R10',
    `  ${k.scenario}: R10 a second sync adds more`,
    `    ${k.then} it is appended`,
    '',
  ].join('\n');
}

const OWN_TAGS: Record<string, string[]> = {
  'R7 the export lists every saved item': ['@design:demo', '@R7'],
  'R8 R9 an empty export is refused': ['@design:demo', '@R8', '@R9'],
};

const HEADER: AppendOptions = { featureHeader: '@design:demo\nFeature: Saved items\n' };

interface Case {
  name: string;
  target: AppendTarget;
  keywords?: Keywords;
  options?: AppendOptions;
}

const CASES: Case[] = [
  { name: 'lf-basic', target: 'feature' },
  { name: 'crlf', target: 'feature' },
  { name: 'tabs-comments', target: 'feature' },
  { name: 'no-final-newline', target: 'feature' },
  { name: 'outline-examples', target: 'feature' },
  { name: 'ends-in-rule', target: 'new-rule' },
  { name: 'bom', target: 'feature' },
  { name: 'trailing-blank-lines', target: 'feature' },
  { name: 'comment-only', target: 'no-feature', options: HEADER },
  { name: 'empty', target: 'no-feature', options: HEADER },
  { name: 'bom-crlf-no-final-newline', target: 'feature' },
  { name: 'docstring-end', target: 'feature' },
  { name: 'language-fr', target: 'new-rule', keywords: FR },
];

function read(file: string): string {
  return readFileSync(path.join(FIXTURES, file), 'utf8');
}

function indent(lf: string): string {
  return lf.replace(/^(?=.)/gm, '  ');
}

/** Distinct values, sorted: a pickle lists a tag once per level that has it. */
function sorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function tagSet(tags: readonly { name: string }[]): string[] {
  return sorted(tags.map((tag) => tag.name));
}

describe('appendScenarios on fixture files (golden)', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const original = read(`${c.name}.feature`);
      const keywords = c.keywords ?? EN;
      const result = appendScenarios(original, generatedBlock(keywords), c.options);

      it('matches the golden file', () => {
        expectGolden(path.join(FIXTURES, `${c.name}.expected.feature`), result);
      });

      it('keeps every original byte as a prefix', () => {
        const before = Buffer.from(original, 'utf8');
        const after = Buffer.from(result, 'utf8');
        expect(after.length).toBeGreaterThan(before.length);
        expect(after.subarray(0, before.length).equals(before)).toBe(true);
        expect(readFileSync(path.join(FIXTURES, `${c.name}.feature`)).equals(before)).toBe(true);
      });

      it('reports where the scenarios go', () => {
        expect(appendTarget(original, c.options)).toBe(c.target);
      });

      it('keeps a single line ending style', () => {
        const kinds = lineBreakKinds(original);
        expect(kinds.size).toBeLessThanOrEqual(1);
        expect(lineBreakKinds(result)).toEqual(kinds.size === 0 ? new Set(['LF']) : kinds);
      });

      it('parses, and the new scenarios carry only Feature tags and their own', () => {
        const document = parseGherkin(result);
        const featureTags = document.feature?.tags.map((tag) => tag.name) ?? [];
        const before = picklesOf(original).length;
        const pickles = picklesOf(result);
        expect(pickles).toHaveLength(before + 2);
        for (const [name, own] of Object.entries(OWN_TAGS)) {
          const pickle = pickles.find((p) => p.name === name);
          expect(pickle, name).toBeDefined();
          expect(tagSet(pickle?.tags ?? [])).toEqual(sorted([...featureTags, ...own]));
        }
        const refused = pickles.find((p) => p.name === 'R8 R9 an empty export is refused');
        expect(refused?.steps.at(-1)?.argument?.docString?.content).toBe('nothing to export');
      });

      it('appends a second time predictably', () => {
        const eol = original.includes('\r\n') ? '\r\n' : '\n';
        const second = secondBlock(keywords);
        const inRule = c.target === 'new-rule' || c.target === 'generated-rule';
        const twice = appendScenarios(result, second, c.options);
        expect(twice).toBe(result + eol + (inRule ? indent(second) : second).replaceAll('\n', eol));
        expect(appendTarget(result, c.options)).toBe(inRule ? 'generated-rule' : 'feature');
        expect(picklesOf(twice)).toHaveLength(picklesOf(result).length + 1);
        expect(twice.split(GENERATED_RULE_TITLE).length - 1).toBe(inRule ? 1 : 0);
      });
    });
  }
});

describe('appendScenarios', () => {
  const feature = 'Feature: f\n\n  Scenario: s\n    Given x\n';
  const block = '  @R1\n  Scenario: R1 added\n    Then y\n';

  it('separates the block with exactly one blank line', () => {
    expect(appendScenarios(feature, block)).toBe(`${feature}\n${block}`);
  });

  it('returns the original unchanged for an empty or blank block', () => {
    expect(appendScenarios('Feature: f', '')).toBe('Feature: f');
    expect(appendScenarios(feature, '\n  \n')).toBe(feature);
  });

  it('drops leading blank lines of the block, so the separation stays one line', () => {
    expect(appendScenarios(feature, `\n\n${block}`)).toBe(`${feature}\n${block}`);
  });

  it('ends the result with a line break when the block has none', () => {
    expect(appendScenarios(feature, block.trimEnd())).toBe(`${feature}\n${block}`);
  });

  it('converts a CRLF block to an LF file and an LF block to a CRLF file', () => {
    expect(appendScenarios(feature, block.replaceAll('\n', '\r\n'))).toBe(`${feature}\n${block}`);
    const crlf = feature.replaceAll('\n', '\r\n');
    expect(appendScenarios(crlf, block)).toBe(`${crlf}\r\n${block.replaceAll('\n', '\r\n')}`);
  });

  it('adds only a line break when the file ends with a blank line without one', () => {
    const original = `${feature}  \t`;
    expect(appendScenarios(original, block)).toBe(`${original}\n${block}`);
  });

  it('throws sync.noFeature for a file without a Feature and no header', () => {
    for (const original of ['', '\n\n', '# only a comment\n']) {
      expect(() => appendScenarios(original, block)).toThrow(SyncError);
      try {
        appendScenarios(original, block);
      } catch (error) {
        expect((error as SyncError).code).toBe('sync.noFeature');
      }
    }
  });

  it('appends plainly to a file that does not parse', () => {
    const broken = '  Scenario: orphan\n    Given x\n';
    expect(appendTarget(broken)).toBe('unparsed');
    expect(appendScenarios(broken, block)).toBe(`${broken}\n${block}`);
  });

  it('opens a new Rule when the generated Rule was tagged since', () => {
    const once = appendScenarios('Feature: f\n  Rule: r\n    Scenario: s\n      Given x\n', block);
    const tagged = once.replace(`  Rule: ${GENERATED_RULE_TITLE}`, `  @R9\n  Rule: ${GENERATED_RULE_TITLE}`);
    expect(appendTarget(tagged)).toBe('new-rule');
    const twice = appendScenarios(tagged, block.replace('R1 added', 'R1 again'));
    const again = picklesOf(twice).find((p) => p.name === 'R1 again');
    expect(tagSet(again?.tags ?? [])).toEqual(['@R1']);
  });

  it('names the new Rule after the ruleTitle option', () => {
    const result = appendScenarios('Feature: f\n  Rule: r\n', block, { ruleTitle: 'Generated' });
    expect(result).toBe(`Feature: f\n  Rule: r\n\n  Rule: Generated\n\n${indent(block)}`);
    expect(appendTarget(result, { ruleTitle: 'Generated' })).toBe('generated-rule');
  });

  it('keeps a file that ends with a lone CR as a prefix and parseable', () => {
    const original = 'Feature: f\n  Scenario: s\n    Given x\r';
    const result = appendScenarios(original, block);
    expect(result.startsWith(original)).toBe(true);
    expect(picklesOf(result).map((p) => p.name)).toEqual(['s', 'R1 added']);
  });
});

describe('appendScenarios properties', () => {
  const gherkinLine = fc.constantFrom(
    '@design:demo',
    '@R1 @smoke',
    '  Scenario: s',
    '  Scenario Outline: o <x>',
    '    Given a <x>',
    '    Examples:',
    '      | x |',
    '      | 1 |',
    '  Rule: r',
    '  @R2',
    '  Background:',
    '    Given b',
    '# comment',
    '',
    '   ',
    '\t',
    '    """',
    '      doc',
    '  free text',
  );
  const block = generatedBlock(EN);
  const options = HEADER;

  it('keeps any original as a prefix, whatever its line breaks', () => {
    const anyLine = fc.oneof(gherkinLine, fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\r', '#', '@', '\uFEFF', 'é') }));
    const file = fc
      .array(fc.tuple(anyLine, fc.constantFrom('\n', '\r\n', '\r', '')), { maxLength: 30 })
      .map((parts) => parts.map(([line, eol]) => line + eol).join(''));
    fc.assert(
      fc.property(file, (original) => {
        const result = appendScenarios(original, block, options);
        expect(result.startsWith(original)).toBe(true);
        expect(result.endsWith('\n')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a single line ending style, parses, and keeps Rule tags off new scenarios', () => {
    const file = fc
      .record({
        bom: fc.boolean(),
        eol: fc.constantFrom('\n', '\r\n'),
        finalBreak: fc.boolean(),
        featureTag: fc.boolean(),
        body: fc.array(gherkinLine, { maxLength: 20 }),
      })
      .map(({ bom, eol, finalBreak, featureTag, body }) => {
        const lines = [...(featureTag ? ['@design:demo'] : []), 'Feature: f', ...body];
        return { eol, text: (bom ? '\uFEFF' : '') + lines.join(eol) + (finalBreak ? eol : '') };
      });
    let parsed = 0;
    fc.assert(
      fc.property(file, ({ eol, text }) => {
        const result = appendScenarios(text, block, options);
        expect(result.startsWith(text)).toBe(true);
        const kind = eol === '\r\n' && text.includes('\n') ? 'CRLF' : 'LF';
        expect(lineBreakKinds(result)).toEqual(new Set([kind]));
        let document;
        try {
          document = parseGherkin(text);
        } catch {
          return;
        }
        parsed++;
        const featureTags = document.feature?.tags.map((tag) => tag.name) ?? [];
        const pickles = picklesOf(result);
        expect(pickles).toHaveLength(picklesOf(text).length + 2);
        for (const [name, own] of Object.entries(OWN_TAGS)) {
          const pickle = pickles.find((p) => p.name === name);
          expect(tagSet(pickle?.tags ?? [])).toEqual(sorted([...featureTags, ...own]));
        }
      }),
      { numRuns: 500 },
    );
    expect(parsed).toBeGreaterThan(50);
  });
});
