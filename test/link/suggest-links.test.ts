import { describe, expect, it } from 'vitest';
import type { Design, SurfaceRow } from '../../src/model.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_MIN_SCORE,
  suggestLinks,
  type ScenarioText,
} from '../../src/link/suggest-links.js';

function row(requirements: string[], behavior: string, line: number): SurfaceRow {
  return { requirements, behavior, verifiedBy: 'e2e', levels: ['e2e'], line, extra: {} };
}

function design(slug: string, requirements: [string, string][], surface: SurfaceRow[] = [], title: string | null = null): Design {
  return {
    path: `docs/${slug}.md`,
    slug,
    title,
    feature: null,
    spike: null,
    requirements: requirements.map(([id, text], i) => ({ id, text, line: 10 + i })),
    useCases: [],
    surface,
    surfaceLine: surface.length > 0 ? 40 : null,
    diagnostics: [],
  };
}

function scenario(name: string, steps: string[] = [], file = 'features/misc.feature', line = 3): ScenarioText {
  return { file, line, name, steps };
}

const backup = design(
  'backup',
  [
    ['R1', 'Nightly snapshots of the database are written to the bucket named in `backup.bucket`.'],
    ['R2', 'A snapshot older than `backup.retention_days` is pruned.'],
    ['R10', 'Restoring a snapshot with `--restore-from` brings the database back to the snapshot state.'],
  ],
  [
    row(['R1'], 'A snapshot object appears in the bucket after the nightly job', 50),
    row(['R2'], 'Snapshots past retention are deleted from the bucket', 51),
    row(['R10'], 'Data written after the snapshot is gone after restore', 52),
    row(['R11'], 'Encryption at rest uses the configured KMS key', 53),
  ],
  'Feature design for database backup',
);

const alerts = design('alerts', [
  ['R1', 'A failed health probe raises a page to the on-call engineer within 60 seconds.'],
  ['R2', 'Acknowledged pages are not sent again.'],
]);

describe('suggestLinks', () => {
  it('ranks the requirement the scenario talks about first, with the words that matched', () => {
    const [suggestion] = suggestLinks(
      [backup, alerts],
      [scenario('Restore from snapshot', ['I run the service with --restore-from latest', 'the data written after the snapshot is gone'])],
      { minScore: DEFAULT_MIN_SCORE, limit: DEFAULT_LIMIT },
    );
    expect(suggestion?.candidates[0]).toMatchObject({ design: 'backup', requirement: 'R10' });
    expect(suggestion?.candidates[0]?.matched).toEqual(expect.arrayContaining(['restore-from', 'snapshot', 'written']));
    expect(suggestion?.confident).toBe(true);
  });

  it('lists at most `limit` candidates, best first, scores in 0..1 rounded to 3 decimals', () => {
    const [suggestion] = suggestLinks(
      [backup, alerts],
      [scenario('Snapshot is written to the bucket and pruned after retention', ['the nightly job ran'])],
      { minScore: 0.1, limit: 2 },
    );
    const candidates = suggestion?.candidates ?? [];
    expect(candidates).toHaveLength(2);
    expect(candidates[0]?.score).toBeGreaterThanOrEqual(candidates[1]?.score ?? 1);
    for (const candidate of candidates) {
      expect(candidate.score).toBeGreaterThan(0);
      expect(candidate.score).toBeLessThanOrEqual(1);
      expect(Math.round(candidate.score * 1000) / 1000).toBe(candidate.score);
    }
  });

  it('breaks ties by design slug, then natural requirement order', () => {
    const text = 'Quota usage is reported per tenant';
    const twin = (slug: string) =>
      design(slug, [
        ['R10', text],
        ['R2', text],
        ['U1', text],
      ]);
    const [suggestion] = suggestLinks([twin('zeta'), twin('alpha')], [scenario('quota usage reported per tenant')], {
      minScore: 0,
      limit: 10,
    });
    expect(suggestion?.candidates.map((c) => `${c.design}#${c.requirement}`)).toEqual([
      'alpha#R2',
      'alpha#R10',
      'alpha#U1',
      'zeta#R2',
      'zeta#R10',
      'zeta#U1',
    ]);
    expect(new Set(suggestion?.candidates.map((c) => c.score)).size).toBe(1);
  });

  it('gives the same answer whatever the order of the designs, and on every run', () => {
    const scenarios = [
      scenario('Old snapshots are pruned'),
      scenario('A failed probe pages on-call'),
      scenario('Restore brings the data back'),
    ];
    const options = { minScore: DEFAULT_MIN_SCORE, limit: 5 };
    const first = suggestLinks([backup, alerts], scenarios, options);
    expect(suggestLinks([alerts, backup], scenarios, options)).toEqual(first);
    expect(suggestLinks([backup, alerts], scenarios, options)).toEqual(first);
    expect(first.map((s) => s.candidates[0]?.design)).toEqual(['backup', 'alerts', 'backup']);
  });

  it('gives each (design, requirement) one candidate, surface-only ids included', () => {
    const [suggestion] = suggestLinks([backup], [scenario('Encryption at rest with the KMS key', ['the snapshot bucket'])], {
      minScore: 0,
      limit: 10,
    });
    const keys = suggestion?.candidates.map((c) => c.requirement) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe('R11');
  });

  it('counts the behaviors of every surface row naming a requirement', () => {
    const shared = design(
      'shared',
      [
        ['R1', 'Alpha happens.'],
        ['R2', 'Beta happens.'],
        ['R3', 'Gamma happens.'],
      ],
      [row(['R1', 'R2'], 'The turbine spins down gracefully', 20)],
    );
    const [suggestion] = suggestLinks([shared], [scenario('turbine spins down')], { minScore: 0, limit: 5 });
    expect(suggestion?.candidates.map((c) => c.requirement)).toEqual(['R1', 'R2']);
  });

  it('weighs the design title low: title words alone score below requirement words', () => {
    const titled = design('titled', [['R1', 'Pages are deduplicated by fingerprint.'], ['R2', 'Silence windows mute pages.']], [], 'Feature design for dedup');
    const [byTitle, byText] = suggestLinks(
      [titled],
      [scenario('dedup works'), scenario('deduplicated by fingerprint')],
      { minScore: 0, limit: 5 },
    );
    expect(byText?.candidates[0]?.requirement).toBe('R1');
    expect(byText?.candidates[0]?.score ?? 0).toBeGreaterThan(byTitle?.candidates[0]?.score ?? 1);
  });

  it('is confident only from minScore, and never without candidates', () => {
    const scenarios = [scenario('Old snapshots past retention are pruned from the bucket'), scenario('Unrelated words entirely')];
    const [match, unrelated] = suggestLinks([backup, alerts], scenarios, { minScore: 0, limit: 3 });
    expect(match?.confident).toBe(true);
    expect(unrelated?.candidates).toEqual([]);
    expect(unrelated?.confident).toBe(false);
    const top = match?.candidates[0]?.score ?? 0;
    expect(suggestLinks([backup, alerts], scenarios, { minScore: top, limit: 3 })[0]?.confident).toBe(true);
    expect(suggestLinks([backup, alerts], scenarios, { minScore: top + 0.001, limit: 3 })[0]?.confident).toBe(false);
    expect(suggestLinks([backup, alerts], scenarios, { minScore: 0, limit: 0 })[0]).toMatchObject({
      candidates: [],
      confident: false,
    });
  });

  it('uses the file name as a hint', () => {
    const [withFile, withoutFile] = suggestLinks(
      [backup, alerts],
      [scenario('It works', [], 'tests/e2e/features/backup_retention.feature'), scenario('It works', [], 'features/misc.feature')],
      { minScore: 0, limit: 3 },
    );
    expect(withFile?.candidates[0]).toMatchObject({ design: 'backup', requirement: 'R2' });
    expect(withoutFile?.candidates).toEqual([]);
  });

  it('returns one suggestion per scenario, in input order, with file, line and name', () => {
    const scenarios = [scenario('b', [], 'x.feature', 9), scenario('a', [], 'w.feature', 2)];
    expect(suggestLinks([backup], scenarios, { minScore: 0, limit: 3 }).map((s) => [s.file, s.line, s.name])).toEqual([
      ['x.feature', 9, 'b'],
      ['w.feature', 2, 'a'],
    ]);
    expect(suggestLinks([], scenarios, { minScore: 0, limit: 3 }).every((s) => s.candidates.length === 0)).toBe(true);
  });
});
