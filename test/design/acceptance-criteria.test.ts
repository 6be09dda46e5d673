import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { repoRoot } from '../support/corpus.js';

const LOGIN = readFileSync(path.join(repoRoot, 'test/fixtures/design/login-criteria/login.md'), 'utf8');

describe('acceptance criteria', () => {
  it('reads one criterion per heading, keywords stripped of markup, And and But kept, ids named or matched by title', () => {
    const design = extractDesign(LOGIN, 'login.md');
    expect(design.acceptanceCriteria).toEqual([
      {
        heading: 'Successful sign-in',
        line: 15,
        ids: ['U1'],
        steps: [
          { keyword: 'Given', text: 'a registered user alice with password "s3cret"', line: 17 },
          { keyword: 'When', text: 'she signs in at /v1/login', line: 18 },
          { keyword: 'Then', text: 'the status code is 200', line: 19 },
          { keyword: 'And', text: 'the dashboard is shown', line: 20 },
        ],
      },
      {
        heading: 'Locked account (R2)',
        line: 22,
        ids: ['R2'],
        steps: [
          { keyword: 'Given', text: 'five failed attempts for alice', line: 24 },
          { keyword: 'When', text: 'she signs in with the right password', line: 25 },
          { keyword: 'Then', text: 'the response is 423 Locked', line: 26 },
          { keyword: 'But', text: 'no session cookie is set', line: 27 },
        ],
      },
    ]);
  });

  it('names bullets before the first heading after the section, skips bullets without a keyword and undefined ids', () => {
    const text = '## Requirements\n\n- **R1:** Exports run.\n\n## Acceptance Criteria\n\n- Given an export R9 of `R1`\n- a note\n- **THEN:** it runs\n\n### Empty\n\n- nothing here\n';
    expect(extractDesign(text, 'x.md').acceptanceCriteria).toEqual([
      { heading: 'Acceptance Criteria', line: 5, ids: ['R1'], steps: [
        { keyword: 'Given', text: 'an export R9 of R1', line: 7 },
        { keyword: 'Then', text: 'it runs', line: 9 },
      ] },
    ]);
  });

  it('reads criteria with any markup without throwing, each step a plain one-line sentence (property)', () => {
    const markup = fc.constantFrom('**', '*', '_', '__', '`', '~~', '<b>', '[', '](x)', '\\', '|', '#', '>', '- ', '\n', '  ');
    const word = fc.oneof(fc.constantFrom('Given', 'When', 'Then', 'And', 'But', 'R1', 'U1', 'x'), markup, fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 12 }), (items) => {
        const body = items.map((parts) => `- ${parts.join(' ')}`).join('\n');
        const design = extractDesign(`## Use cases\n\n- U1: x\n\n## Acceptance criteria\n\n### x\n\n${body}\n`, 'p.md');
        for (const criterion of design.acceptanceCriteria ?? []) {
          for (const step of criterion.steps) {
            expect(step.text).not.toBe('');
            expect(step.text).not.toMatch(/[\n\r]/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
