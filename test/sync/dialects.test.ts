import { dialects } from '@cucumber/gherkin';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialectKeywords } from '../../src/generate/dialect.js';
import { GenerateError } from '../../src/generate/generate-error.js';
import { renderFeature, renderScenarios } from '../../src/generate/render-feature.js';
import { appendScenarios, fileLanguage } from '../../src/sync/insert-scenarios.js';
import { design, options, row } from '../generate/support.js';
import { picklesOf } from './support/gherkin.js';

const CODES = Object.keys(dialects).sort();
const SAMPLE = design(
  [row(['R1'], 'Refunding returns 200'), row(['R2'], 'Exports are listed')],
  { acceptanceCriteria: [{ heading: 'Locked account', line: 30, ids: [], steps: [
    { keyword: 'Given', text: 'five failed attempts', line: 31 },
    { keyword: 'When', text: 'she signs in', line: 32 },
    { keyword: 'Then', text: 'the account is locked', line: 33 },
    { keyword: 'And', text: 'no session is created', line: 34 },
  ] }] },
);

/** A feature file written in dialect `code`: a scenario, then optionally a Background-free Rule, CRLF or not. */
function existing(code: string, endsInRule: boolean, crlf: boolean): string {
  const k = dialectKeywords(code);
  const lines = [
    `# language: ${code}`,
    '@design:sample',
    `${k.feature}: existing`,
    '',
    `  ${k.scenario}: first`,
    `    ${k.given}a thing`,
    `    ${k.and}another thing`,
    ...(endsInRule ? ['', `  @R9`, `  ${k.rule}: old rule`, '', `    ${k.scenario}: second`, `      ${k.when}it runs`] : []),
  ];
  return `${lines.join(crlf ? '\r\n' : '\n')}${crlf ? '\r\n' : '\n'}`;
}

function shape(pickles: ReturnType<typeof picklesOf>): unknown[] {
  return pickles.map((p) => ({ name: p.name, steps: p.steps.map((s) => s.text), tags: p.tags.map((t) => t.name) }));
}

describe('sync in every Gherkin dialect', () => {
  it('keeps a file of each dialect parseable, with the same pickles plus the new ones (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), fc.boolean(), fc.boolean(), (code, endsInRule, crlf) => {
        const original = existing(code, endsInRule, crlf);
        const language = fileLanguage(original);
        expect(language).toBe(code);
        const block = renderScenarios(SAMPLE, SAMPLE.surface, { ...options(), language: language ?? 'en', criteria: SAMPLE.acceptanceCriteria ?? [] });
        const result = appendScenarios(original, block);
        expect(result.startsWith(original)).toBe(true);
        const before = shape(picklesOf(original));
        const after = shape(picklesOf(result));
        expect(after.slice(0, before.length)).toEqual(before);
        const added = after.slice(before.length) as { name: string; steps: string[]; tags: string[] }[];
        expect(added.map((p) => p.name)).toEqual(['Refunding returns 200', 'Exports are listed', 'Locked account']);
        // The TODO marker is the start of the step text in every dialect.
        expect(added[0]?.steps.every((text) => text.startsWith('TODO'))).toBe(true);
        expect(added[2]?.steps).toEqual(['five failed attempts', 'she signs in', 'the account is locked', 'no session is created']);
        // Appended scenarios never inherit the old Rule's tag.
        expect(added.every((p) => !p.tags.includes('@R9'))).toBe(true);
      }),
      { numRuns: CODES.length * 3 },
    );
  });

  it('writes a whole new file in every dialect', () => {
    for (const code of CODES) {
      const text = renderFeature(SAMPLE, { ...options(), language: code });
      expect(text.startsWith(code === 'en' ? '@design:sample' : `# language: ${code}\n`)).toBe(true);
      expect(picklesOf(text)).toHaveLength(3);
    }
  });

  it('refuses a language that is not a dialect with one clear error', () => {
    expect(() => renderFeature(SAMPLE, { ...options(), language: 'xx' })).toThrow(GenerateError);
    expect(() => dialectKeywords('__proto__')).toThrow(/Unexpected language "__proto__", expected a Gherkin dialect code/);
  });
});
