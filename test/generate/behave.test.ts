import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Design } from '../../src/model.js';
import { renderFeature, renderScenarios } from '../../src/generate/render-feature.js';
import { HOSTILE_CASES } from './hostile-cases.js';
import { design, fixturesDir, options, parseGherkin, row } from './support.js';

interface BehaveStep {
  keyword: string;
  name: string;
}
interface BehaveScenario {
  type: string;
  name: string;
  tags: string[];
  location: string;
  steps: BehaveStep[];
}
interface BehaveFeature {
  name: string;
  tags: string[];
  location: string;
  description?: string[];
  elements?: BehaveScenario[];
}

function behaveVersion(): string | null {
  const result = spawnSync('behave', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const version = behaveVersion();
if (version === null && process.env.CI !== 'true') {
  console.warn('Skipping behave checks: `behave` is not on PATH (Debian: python3-behave); they are required when CI=true.');
}

/** Designs whose generated files behave must read exactly as cucumber does. */
function subjects(): Map<string, string> {
  const files = new Map<string, string>();
  HOSTILE_CASES.forEach((hostile, index) => {
    files.set(`hostile-${index}`, renderFeature(hostileDesign(hostile.text), options()));
  });

  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom('\n', '\r', '\t', '\u0000', '\u0085', '\u2028', '|', '#', '@', '"""', '{{x}}', 'Scenario:', 'Given '),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    maxLength: 30,
  });
  fc.sample(fc.tuple(text, text, text), { seed: 4242, numRuns: 40 }).forEach(([behavior, title, docPath], index) => {
    const subject = design([row(['R1', 'R1a'], behavior, { verifiedBy: behavior }), row(['R2'], behavior)], {
      title,
      path: docPath,
      requirements: [{ id: 'R1', text: behavior, line: 1 }],
    });
    files.set(`random-${index}`, renderFeature(subject, options()));
  });

  for (const name of ['config-merge', 'derived-untitled']) {
    const fixture = JSON.parse(readFileSync(path.join(fixturesDir, name, 'design.json'), 'utf8')) as Design;
    files.set(`golden-${name}`, renderFeature(fixture, options({ skipTag: null })));
  }

  const existing = [
    '@design:sample',
    'Feature: Existing file',
    '',
    '  @R1',
    '  Scenario: written by hand',
    '    Given a table',
    '      | a | b |',
    '    Then a doc string',
    '      """',
    '      text',
    '      """',
    '',
  ].join('\n');
  const rows = [row(['R2'], 'Appended | with # and @'), row(['R3', 'R3a'], 'Second\nappended')];
  const appended = renderScenarios(design(rows), rows, options());
  files.set('appended', `${existing}\n${appended}`);
  return files;
}

function hostileDesign(text: string): Design {
  return design(
    [
      row(['R1', 'R1a'], text, { verifiedBy: text, extra: { [text]: text } }),
      row(['R2'], `Second ${text}`),
    ],
    { title: text, path: text, requirements: [{ id: 'R1', text, line: 1 }] },
  );
}

describe.runIf(version !== null || process.env.CI === 'true')('behave 1.2.6 reads generated files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-behave-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is installed (required when CI=true)', () => {
    expect(version, 'behave is not on PATH').not.toBeNull();
  });

  it('parses every file, and sees the features, scenarios, tags and steps cucumber sees', () => {
    const files = subjects();
    mkdirSync(path.join(dir, 'steps'));
    for (const [name, text] of files) writeFileSync(path.join(dir, `${name}.feature`), text, 'utf8');

    // Under --dry-run behave exits 1 when steps are undefined, which is also its
    // exit code for a parse error, so the status alone proves nothing: check
    // that no parse error was reported and that every file came back.
    const nullRun = spawnSync('behave', ['--dry-run', '--no-summary', '--format', 'null', dir], { encoding: 'utf8' });
    expect(nullRun.stderr + nullRun.stdout).not.toMatch(/ParserError|Failed to parse/);
    expect(nullRun.status).toBe(1);
    expect(nullRun.stderr).toContain('undefined steps');

    const report = path.join(dir, 'behave.json');
    const jsonRun = spawnSync(
      'behave',
      ['--dry-run', '--no-summary', '--no-snippets', '--format', 'json', '--outfile', report, dir],
      { encoding: 'utf8' },
    );
    expect(jsonRun.stderr).not.toMatch(/ParserError|Failed to parse/);
    const features = JSON.parse(readFileSync(report, 'utf8')) as BehaveFeature[];
    expect(features).toHaveLength(files.size);

    const byFile = new Map(features.map((feature) => [path.basename(feature.location.split(':')[0] ?? ''), feature]));
    for (const [name, text] of files) {
      const feature = byFile.get(`${name}.feature`);
      const expected = parseGherkin(text).document.feature;
      expect(feature, name).toBeDefined();
      expect(feature?.name, name).toBe(expected?.name);
      expect(feature?.tags, name).toEqual(expected?.tags.map((tag) => tag.name.slice(1)));
      expect((feature?.description ?? []).join('\n'), name).toBe(expected?.description.trim());

      const scenarios = (expected?.children ?? []).flatMap((child) => (child.scenario ? [child.scenario] : []));
      const elements = (feature?.elements ?? []).filter((element) => element.type !== 'background');
      expect(elements.map((element) => element.name), name).toEqual(scenarios.map((scenario) => scenario.name));
      expect(elements.map((element) => element.tags), name).toEqual(
        scenarios.map((scenario) => scenario.tags.map((tag) => tag.name.slice(1))),
      );
      expect(elements.map((element) => Number(element.location.split(':').pop())), name).toEqual(
        scenarios.map((scenario) => scenario.location.line),
      );
      expect(elements.map((element) => element.steps.map((step) => step.name)), name).toEqual(
        scenarios.map((scenario) => scenario.steps.map((step) => step.text)),
      );
    }
  });
});
