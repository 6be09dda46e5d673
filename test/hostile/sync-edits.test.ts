import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runSync } from '../../src/api/run-sync.js';
import { resolveOptions } from '../../src/config/resolve-options.js';
import { indexFeature } from '../../src/features/index-feature.js';
import { builtinTemplates } from './support/gherkin.js';
import { applyEdits, editedFeatureArb, SYNC_DESIGN, type EditedFeature } from './support/feature-edits.js';
import { assertAsyncProperty, propertyParameters, propertyTimeout } from './support/property.js';

const TEST_FILE = 'test/hostile/sync-edits.test.ts';
const FEATURE = 'features/payments.feature';

const root = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-hostile-sync-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let project = 0;

/** A fresh repository holding the design and `feature` as bytes. */
function repository(feature: Buffer): string {
  const dir = path.join(root, `p${project++}`);
  mkdirSync(path.join(dir, 'docs/design/payments'), { recursive: true });
  mkdirSync(path.join(dir, 'features'), { recursive: true });
  writeFileSync(path.join(dir, 'docs/design/payments/payments.md'), SYNC_DESIGN);
  writeFileSync(path.join(dir, FEATURE), feature);
  return dir;
}

const options = resolveOptions({ features: ['features/**/*.feature'], levels: ['e2e'], cache: false }, {});

function sync(cwd: string) {
  return runSync({ cwd, options, templates: builtinTemplates, check: false, acceptStale: false, register: null });
}

const parameters = propertyParameters<[EditedFeature]>(100, 0.5);

describe('sync after arbitrary hand edits (property)', () => {
  it('keeps every original byte (the edited file is a prefix of the result), never touches a file that does not parse, and has nothing left to do on a second run', async () => {
    const seen = { appended: 0, untouched: 0 };
    await assertAsyncProperty(
      fc.asyncProperty(editedFeatureArb, async (edited) => {
        const before = Buffer.from(applyEdits(edited), 'utf8');
        const cwd = repository(before);
        try {
          const outcome = await sync(cwd);
          const after = readFileSync(path.join(cwd, FEATURE));
          expect(after.subarray(0, before.length).equals(before), 'the original bytes are a prefix of the result').toBe(true);

          const parsed = indexFeature(before.toString('utf8'), FEATURE);
          if (parsed.diagnostics.length > 0) {
            expect(after.equals(before), 'a file that does not parse is left byte for byte').toBe(true);
            expect(outcome.problems.some((p) => p.kind === 'parse-error' && p.file === FEATURE)).toBe(true);
            seen.untouched++;
            return;
          }
          const result = indexFeature(after.toString('utf8'), FEATURE);
          expect(result.diagnostics).toEqual([]);
          expect(result.scenarios.length).toBeGreaterThanOrEqual(parsed.scenarios.length);
          const covered = new Set(result.scenarios.filter((s) => s.design === 'payments').flatMap((s) => s.requirements.map((r) => r.id)));
          expect([...covered].sort()).toEqual(['R1', 'R2', 'R3', 'R4']);
          expect(readdirSync(path.join(cwd, 'features')), 'no temporary file is left').toEqual(['payments.feature']);

          const again = await sync(cwd);
          expect(again.changes).toEqual([]);
          expect(readFileSync(path.join(cwd, FEATURE)).equals(after)).toBe(true);
          seen.appended++;
        } finally {
          rmSync(cwd, { recursive: true, force: true });
        }
      }),
      parameters,
      TEST_FILE,
    );
    // Both kinds of case must come up, or the property proves less than it says.
    if ((parameters.numRuns ?? 0) >= 50 && parameters.path === undefined) {
      expect(seen.appended).toBeGreaterThan(0);
      expect(seen.untouched).toBeGreaterThan(0);
    }
  }, propertyTimeout(parameters.numRuns, 150));
});
