import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/model.js';
import { parseProvenance } from '../../src/shared/provenance.js';
import { renderFeature } from '../../src/generate/render-feature.js';
import { HOSTILE_CASES } from './hostile-cases.js';
import { design, options, parseGherkin, requirementTags, row } from './support.js';

/** Every line the default templates can produce; `.` never matches a line break. */
const LINE_SHAPES = [
  /^$/,
  /^@\S+( @\S+)*$/,
  /^Feature: .+$/,
  /^ {2}Design doc: .*$/,
  /^ {2}# gherkin-bridge: design=\S+ row=\S* behavior=[0-9a-f]{12}$/,
  /^ {2}# behavior: .+$/,
  /^ {2}@\S+( @\S+)*$/,
  /^ {2}Scenario: .+$/,
  /^ {4}#.*$/,
  /^ {4}(Given|When|Then) TODO: .+$/,
];

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function graphemeCount(text: string): number {
  return [...graphemes.segment(text)].length;
}

/** A design carrying `text` in every field that reaches the output. */
function hostileDesign(text: string): Design {
  return design(
    [
      row(['R1', 'R1a'], text, { verifiedBy: text, extra: { [text]: text, Notes: text }, line: 5 }),
      row(['R2', 'R3'], `Second ${text}`, { line: 6 }),
    ],
    {
      title: text,
      path: text,
      requirements: [
        { id: 'R1', text, line: 1 },
        { id: 'R2', text: `Also ${text}`, line: 2 },
      ],
    },
  );
}

function assertWellFormed(output: string): void {
  for (const line of output.split('\n').slice(0, -1)) {
    expect(LINE_SHAPES.some((shape) => shape.test(line)), `unexpected line: ${JSON.stringify(line.slice(0, 200))}`).toBe(true);
  }
  expect(output.replace(/[\t\n]/g, '')).not.toMatch(/\p{Cc}/u);
  expect(output.endsWith('\n') && !output.endsWith('\n\n')).toBe(true);
}

describe('hostile design text', () => {
  for (const hostile of HOSTILE_CASES) {
    it(`stays data and keeps the file valid: ${hostile.name}`, () => {
      const output = renderFeature(hostileDesign(hostile.text), options());
      assertWellFormed(output);

      const { document, pickles } = parseGherkin(output);
      expect(document.feature?.tags.map((tag) => tag.name)).toEqual(['@design:sample', '@LCORE-1']);
      expect(document.feature?.description.trim().startsWith('Design doc:')).toBe(true);
      expect(pickles.map(requirementTags)).toEqual([
        ['@R1', '@R1a'],
        ['@R2', '@R3'],
      ]);
      for (const pickle of pickles) {
        expect(pickle.name.length).toBeGreaterThan(0);
        expect(graphemeCount(pickle.name)).toBeLessThanOrEqual(100);
        expect(pickle.steps.map((step) => step.text.startsWith('TODO: '))).toEqual([true, true, true]);
      }

      for (const fragment of hostile.appears) expect(output).toContain(fragment);
      const provenance = output
        .split('\n')
        .map((line, index) => parseProvenance(line, index + 1))
        .filter((found) => found !== null);
      expect(provenance.map((found) => found.row)).toEqual([
        ['R1', 'R1a'],
        ['R2', 'R3'],
      ]);
    });
  }

  it('never evaluates handlebars in design text', () => {
    const output = renderFeature(design([row(['R1'], '{{steps.given}} {{#if true}}yes{{/if}} {{@root.slug}}')]), options());
    expect(output).toContain('Scenario: {{steps.given}} {{#if true}}yes{{/if}} {{@root.slug}}');
    expect(output).toContain('# Behavior: {{steps.given}} {{#if true}}yes{{/if}} {{@root.slug}}');
  });

  it('turns hostile ids, slug, Jira key and skip tag into single tags that read back', () => {
    const output = renderFeature(
      design([row(['R 1', '@R2', 'R#3', 'R\n4'], 'ids')], { slug: 'my design\n@x', feature: 'LCORE 9' }),
      options({ skipTag: '@skip me' }),
    );
    const { document, pickles } = parseGherkin(output);
    expect(document.feature?.tags.map((tag) => tag.name)).toEqual(['@design:my_design__x', '@LCORE_9']);
    const scenario = document.feature?.children[0]?.scenario;
    expect(scenario?.tags.map((tag) => tag.name)).toEqual(['@R_1', '@R2', '@R_3', '@R_4', '@skip_me']);
    expect(pickles).toHaveLength(1);
    const provenance = output.split('\n').map((line) => parseProvenance(line, 0)).find((found) => found !== null);
    expect(provenance).toMatchObject({ design: 'my_design__x', row: ['R_1', 'R2', 'R_3', 'R_4'] });
  });

  it('shortens names at a word boundary and keeps emoji whole', () => {
    const words = 'alpha beta gamma delta '.repeat(10);
    const emoji = '👩‍👩‍👧‍👦'.repeat(150);
    const output = renderFeature(design([row(['R1'], words), row(['R2'], emoji)]), options());
    const [first, second] = parseGherkin(output).pickles;
    expect(first?.name.endsWith('…')).toBe(true);
    expect(words.startsWith(first?.name.slice(0, -1) ?? '-')).toBe(true);
    expect(words[(first?.name.length ?? 0) - 1]).toBe(' ');
    expect(graphemeCount(second?.name ?? '')).toBe(100);
    expect(second?.name).toBe(`${'👩‍👩‍👧‍👦'.repeat(99)}…`);
  });

  it('keeps any generated text valid (property)', () => {
    const special = fc.constantFrom(
      '\n', '\r', '\r\n', '\t', '\u0000', '\u000b', '\u000c', '\u001c', '\u0085', '\u2028', '\u2029', '\uFEFF',
      '\uD800', '\uDC00', '|', '#', '@', '"""', '```', '{{', '}}', 'Scenario:', 'Feature:', 'Given ', 'Rule:',
      'Examples:', '# language: fr', ' ', '\\', '<x>', '😀', 'ש', '\u202E',
    );
    const text = fc.string({ unit: fc.oneof(special, fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 40 });
    const ids = fc.array(fc.oneof(fc.constantFrom('R1', 'R2', 'R10', 'R4a', 'U1'), fc.string({ maxLength: 4 })), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(text, text, text, ids, (behavior, title, path, rowIds) => {
        const subject = design([row(rowIds, behavior, { verifiedBy: behavior }), row(['R2'], behavior)], {
          title,
          path,
          requirements: [{ id: 'R1', text: behavior, line: 1 }],
        });
        const output = renderFeature(subject, options());
        assertWellFormed(output);
        expect(renderFeature(subject, options())).toBe(output);
        const { pickles } = parseGherkin(output);
        expect(pickles).toHaveLength(2);
        expect(new Set(pickles.map((pickle) => pickle.name)).size).toBe(2);
      }),
      { numRuns: 300 },
    );
  });
});
