import { describe, expect, it } from 'vitest';
import { checkConfig, resolveOptions } from '../../src/config/resolve-options.js';
import { commonDir, isUnder } from '../../src/init/common-dir.js';
import { detectLayout, type RepositoryFacts } from '../../src/init/detect-layout.js';
import { nextCommands } from '../../src/init/next-commands.js';
import { INIT_HEADER, renderConfig } from '../../src/init/render-config.js';
import { runnerListFact } from '../../src/init/runner-list-fact.js';

const lightspeedLike: RepositoryFacts = {
  markdown: [
    'README.md',
    'docs/design/export/export.md',
    'docs/design/export/export-spike.md',
    'docs/design/quota/quota.md',
    'docs/design/README.md',
  ],
  designs: [
    { path: 'docs/design/quota/quota.md', hasSurface: false },
    { path: 'docs/design/export/export.md', hasSurface: true, rowLevels: ['e2e', 'e2e', 'unit'] },
    { path: 'docs/design/export/export-spike.md', hasSurface: true },
  ],
  features: [
    { path: 'tests/e2e/features/export.feature', scenarios: 5, untagged: 5 },
    { path: 'tests/e2e/features/quota/limits.feature', scenarios: 3, untagged: 1 },
  ],
  runnerLists: [
    { path: 'tests/e2e/test_list.txt', entries: ['tests/e2e/features/export.feature', 'tests/e2e/features/quota/limits.feature'] },
    { path: 'tests/other_list.txt', entries: ['tests/e2e/features/export.feature'] },
  ],
};

describe('commonDir', () => {
  it('gives the folder every path lies in, or the root', () => {
    expect(commonDir(['docs/design/a/a.md', 'docs/design/b/b.md'])).toBe('docs/design');
    expect(commonDir(['docs/design/a/a.md'])).toBe('docs/design/a');
    expect(commonDir(['docs/a.md', 'spec/b.md'])).toBe('');
    expect(commonDir(['a.md'])).toBe('');
    expect(commonDir([])).toBe('');
    expect(commonDir(['docs/designs/a.md', 'docs/design/b.md'])).toBe('docs');
  });

  it('isUnder compares whole folder names', () => {
    expect(isUnder('docs/design/a.md', 'docs/design')).toBe(true);
    expect(isUnder('docs/designs/a.md', 'docs/design')).toBe(false);
    expect(isUnder('a.md', '')).toBe(true);
  });
});

describe('runnerListFact', () => {
  it('reads a list of feature files relative to its folder, comments and blank lines aside', () => {
    expect(runnerListFact('tests/e2e/test_list.txt', '# smoke\nfeatures/a.feature\n\n./features/../features/b.feature\r\n')).toEqual({
      path: 'tests/e2e/test_list.txt',
      entries: ['tests/e2e/features/a.feature', 'tests/e2e/features/b.feature'],
    });
    expect(runnerListFact('list.txt', 'x.feature\n')?.entries).toEqual(['x.feature']);
  });

  it('is not a list when an entry is not a feature file, or there is none', () => {
    expect(runnerListFact('requirements.txt', 'vitest==1\nfeatures/a.feature\n')).toBeNull();
    expect(runnerListFact('empty.txt', '# nothing\n\n')).toBeNull();
  });
});

describe('detectLayout', () => {
  it('finds designs, features, the runner list and both levels in a Lightspeed-shaped repository', () => {
    const layout = detectLayout(lightspeedLike);
    expect(layout).toMatchObject({
      designs: ['docs/design/**/*.md', '!**/*-spike.md'],
      features: ['tests/e2e/features/**/*.feature'],
      runnerList: 'tests/e2e/test_list.txt',
      levels: ['e2e'],
      designFiles: ['docs/design/export/export.md', 'docs/design/quota/quota.md'],
      withoutSurface: ['docs/design/quota/quota.md'],
      featureFiles: 2,
      scenarios: 8,
      untagged: 6,
    });
    expect(layout.notes).toEqual([
      'designs: 2 design docs found under docs/design, and a design added there later is read too; spikes (*-spike.md) are left out; 1 other Markdown file beside the designs (docs/design/README.md) is skipped as not a design on every run.',
      'features: 2 feature files under tests/e2e/features, 8 scenarios, 6 without a requirement tag (`gherkin-bridge link` proposes tags for them).',
      'runnerList: tests/e2e/test_list.txt names 2 of the 2 feature files; scenarios in files it does not name count as not run. Other lists found: tests/other_list.txt.',
      'levels: e2e: what the surface tables say (row levels: e2e 2, unit 1); rows at other levels are verified outside feature files; 1 design without an Acceptance test surface table is not measured (set perDesign.<slug> to { "levels": ["e2e"] } to expect a scenario per requirement, or { "measured": false } to say they are verified elsewhere).',
    ]);
  });

  it('takes the levels from the surface tables: integration when no row says e2e, never unknown', () => {
    const none = detectLayout({ ...lightspeedLike, designs: [{ path: 'docs/design/q/q.md', hasSurface: false }] });
    expect(none.levels).toEqual(['e2e']);
    expect(none.notes[3]).toContain('no surface table says how its rows are verified yet');
    const integration = detectLayout({
      ...lightspeedLike,
      designs: [{ path: 'docs/design/q/q.md', hasSurface: true, rowLevels: ['integration', 'unknown'] }],
    });
    expect(integration.levels).toEqual(['integration']);
  });

  it('writes one glob with the folders of notes excluded, never the designs one by one', () => {
    const layout = detectLayout({
      ...lightspeedLike,
      markdown: ['docs/a/a.md', 'docs/a/poc-results/r1.md', 'docs/a/poc-results/r2.md', 'docs/b/b.md', 'docs/notes/n.md', 'docs/README.md'],
      notDesigns: ['docs/a/poc-results/r1.md', 'docs/a/poc-results/r2.md', 'docs/notes/n.md', 'docs/README.md'],
      designs: [
        { path: 'docs/b/b.md', hasSurface: true },
        { path: 'docs/a/a.md', hasSurface: true },
      ],
    });
    expect(layout.designs).toEqual(['docs/**/*.md', '!**/*-spike.md', '!docs/a/poc-results/**', '!docs/notes/**']);
    expect(layout.notes[0]).toContain('docs/README.md) is skipped as not a design');
  });

  it('falls back to the defaults, without a runner list, in an empty repository', () => {
    const layout = detectLayout({ markdown: [], designs: [], features: [], runnerLists: [] });
    expect(layout).toMatchObject({
      designs: ['docs/design/**/*.md', '!**/*-spike.md'],
      features: ['**/*.feature', '!**/node_modules/**'],
      runnerList: null,
      levels: ['e2e'],
    });
  });

  it('prefers the runner list naming the most feature files, then the shorter path', () => {
    const entries = ['tests/e2e/features/export.feature'];
    const layout = detectLayout({
      ...lightspeedLike,
      runnerLists: [
        { path: 'tests/e2e/long_name_list.txt', entries },
        { path: 'tests/e2e/list.txt', entries },
        { path: 'tests/e2e/nothing.txt', entries: ['missing.feature'] },
      ],
    });
    expect(layout.runnerList).toBe('tests/e2e/list.txt');
    const none = detectLayout({ ...lightspeedLike, runnerLists: [{ path: 'tests/e2e/nothing.txt', entries: ['missing.feature'] }] });
    expect(none.runnerList).toBeNull();
  });
});

describe('renderConfig', () => {
  it('writes JSON the config schema accepts, with the notes under "//"', () => {
    const layout = detectLayout(lightspeedLike);
    const text = renderConfig(layout);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed['//']).toEqual([INIT_HEADER, ...layout.notes]);
    const config = checkConfig(parsed, 'gherkin-bridge.config.json');
    const options = resolveOptions(config, {});
    expect(options.designs).toEqual(layout.designs);
    expect(options.features).toEqual(layout.features);
    expect(options.runnerList).toBe('tests/e2e/test_list.txt');
    expect(options.levels).toEqual(['e2e']);
    expect(text).toContain('\n  "features": ["tests/e2e/features/**/*.feature"],\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves runnerList out when there is none', () => {
    const text = renderConfig(detectLayout({ markdown: [], designs: [], features: [], runnerLists: [] }));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['$schema', '//', 'designs', 'features', 'levels']);
  });
});

describe('nextCommands', () => {
  const plain = { cwd: null, config: null };

  it('suggests link, link --write and coverage when scenarios have no requirement tag', () => {
    expect(nextCommands(detectLayout(lightspeedLike), plain)).toEqual([
      'gherkin-bridge link',
      'gherkin-bridge link --write',
      'gherkin-bridge coverage',
    ]);
  });

  it('passes --cwd and --config along, quoted for the shell', () => {
    expect(nextCommands(detectLayout(lightspeedLike), { cwd: 'my repo', config: 'gb.json' })[0]).toBe(
      "gherkin-bridge --cwd 'my repo' --config gb.json link",
    );
  });

  it('suggests coverage and sync when every scenario is tagged', () => {
    const features = lightspeedLike.features.map((f) => ({ ...f, untagged: 0 }));
    expect(nextCommands(detectLayout({ ...lightspeedLike, features }), plain)).toEqual([
      'gherkin-bridge coverage',
      'gherkin-bridge sync --check',
      'gherkin-bridge sync',
    ]);
  });

  it('suggests generate when there are designs but no feature file', () => {
    expect(nextCommands(detectLayout({ ...lightspeedLike, features: [], runnerLists: [] }), plain)[0]).toBe(
      'gherkin-bridge generate docs/design/export/export.md docs/design/quota/quota.md --out tests/e2e/features --levels e2e',
    );
  });

  it('starts with a design to write when there is none', () => {
    expect(nextCommands(detectLayout({ markdown: [], designs: [], features: [], runnerLists: [] }), plain)[0]).toBe(
      'gherkin-bridge extract docs/design/my-feature/my-feature.md',
    );
  });
});
