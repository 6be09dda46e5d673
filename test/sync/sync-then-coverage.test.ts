import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/model.js';
import { parseGherkin } from './support/gherkin.js';
import { makeProject, read, removeProject, snapshot } from '../support/project.js';
import { coverage, sync } from './support/sync-project.js';

/** Pieces of behavior text, some of them awkward for Markdown or Gherkin. */
const WORD = fc.constantFrom(
  'the', 'user', 'exports', 'a', 'report', 'within', '5', 'seconds', 'and', 'sees', 'a', 'warning',
  '`code`', '*emphasis*', '\\|', '@not-a-tag', '# not a comment', '{{handlebars}}', '<angle>', 'café', '—', '"quoted"',
  'Scenario:', 'Given', '|', ':', '\\',
);
const TEXT = fc.array(WORD, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const VERIFIED = fc.constantFrom('e2e', 'unit', 'integration', 'e2e + unit', 'manual review', 'behave e2e scenario');
const ALL_LEVELS: Level[] = ['e2e', 'integration', 'unit'];

interface Row {
  ids: string[];
  behavior: string;
  verifiedBy: string;
}

interface Existing {
  covered: string[];
  crlf: boolean;
  finalNewline: boolean;
  endsInRule: boolean;
  featureTag: boolean;
}

interface Case {
  ids: string[];
  texts: string[];
  rows: Row[];
  levels: Level[];
  existing: Existing | null;
}

const CASE: fc.Arbitrary<Case> = fc
  .uniqueArray(fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R4a', 'R5', 'R10', 'U1'), { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      texts: fc.array(TEXT, { minLength: ids.length, maxLength: ids.length }),
      rows: fc.array(
        fc.record({
          ids: fc.subarray(ids, { minLength: 1, maxLength: Math.min(2, ids.length) }),
          behavior: TEXT.map((text) => (text.replace(/[\\|]/g, '').trim() === '' ? `${text} works` : text)),
          verifiedBy: VERIFIED,
        }),
        { minLength: 1, maxLength: 6 },
      ),
      levels: fc.subarray(ALL_LEVELS, { minLength: 1 }),
      existing: fc.option(
        fc.record({
          covered: fc.subarray(ids),
          crlf: fc.boolean(),
          finalNewline: fc.boolean(),
          endsInRule: fc.boolean(),
          featureTag: fc.boolean(),
        }),
        { nil: null },
      ),
    }),
  );

/** The design as Markdown; a bare `|` in a cell is escaped so that it stays in the cell. */
function markdown(c: Case): string {
  const cell = (text: string): string => text.replace(/(?<!\\)\|/g, '\\|');
  return [
    '# Feature design for a random design',
    '',
    '## Requirements',
    '',
    ...c.ids.map((id, i) => `- **${id}:** ${cell(c.texts[i] ?? 'text')}`),
    '',
    '## Acceptance test surface',
    '',
    '| Req | Observable behavior | Verified by |',
    '|-----|---------------------|-------------|',
    ...c.rows.map((row) => `| ${row.ids.join(', ')} | ${cell(row.behavior)} | ${row.verifiedBy} |`),
    '',
  ].join('\n');
}

/** A hand-written feature file linked to the design, covering some requirements, in the chosen format. */
function featureFile(existing: Existing): string {
  const lines = [existing.featureTag ? '@design:random' : '', 'Feature: Hand-written', ''];
  const scenarioTag = existing.featureTag ? '' : '@design:random ';
  existing.covered.forEach((id, i) => {
    lines.push(`  ${scenarioTag}@${id}`, `  Scenario: Hand-written ${i}`, '    Given something', '');
  });
  if (existing.covered.length === 0) lines.push(`  ${scenarioTag}@smoke`, '  Scenario: Linked but untraced', '    Given x', '');
  if (existing.endsInRule) lines.push('  @R1', '  Rule: A tagged rule', '', '    Scenario: In the rule', '      Given y', '');
  let text = lines.join('\n').replace(/^\n/, '');
  if (!existing.finalNewline) text = text.trimEnd();
  return existing.crlf ? text.replaceAll('\n', '\r\n') : text;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));

describe('sync then coverage', () => {
  it('leaves no requirement uncovered, keeps the existing bytes, and a second sync changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(CASE, async (c) => {
        const files: Record<string, string> = { 'docs/design/random/random.md': markdown(c) };
        const existingText = c.existing ? featureFile(c.existing) : null;
        if (existingText !== null) files['features/hand.feature'] = existingText;
        const dir = makeProject(files);
        dirs.push(dir);
        const flags = { levels: c.levels };

        const outcome = await sync(dir, flags);
        // Use case ids (`U1`) named by a row cannot be covered by a tag; sync says so, as a warning.
        const uncoverable = outcome.problems.map((p) => `${p.kind} ${p.severity} ${p.requirement}`);
        expect(uncoverable.every((p) => /^uncovered warning U\d+$/.test(p)), uncoverable.join()).toBe(true);
        const report = await coverage(dir, flags);
        expect(report.findings.filter((f) => f.kind === 'parse-error')).toEqual([]);
        const uncovered = report.findings.filter((f) => f.kind === 'uncovered').map((f) => f.requirement);
        expect(uncovered.every((id) => id !== undefined && /^U\d+$/.test(id)), uncovered.join()).toBe(true);
        expect(uncovered.map((id) => `uncovered warning ${id}`).sort()).toEqual([...uncoverable].sort());

        if (existingText !== null) {
          const after = read(dir, 'features/hand.feature');
          expect(after.startsWith(existingText)).toBe(true);
          // Everything went into the linked file: no second file for the design.
          expect(outcome.changes.every((change) => change.file === 'features/hand.feature')).toBe(true);
        }
        for (const change of outcome.changes) expect(() => parseGherkin(read(dir, change.file))).not.toThrow();

        const files1 = snapshot(dir);
        const again = await sync(dir, flags);
        expect(again.changes).toEqual([]);
        expect(snapshot(dir)).toEqual(files1);
      }),
      { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 60) },
    );
  }, 120_000);
});
