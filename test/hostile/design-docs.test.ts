import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { indexFeature } from '../../src/features/index-feature.js';
import { parseBehaviorComment } from '../../src/shared/provenance.js';
import { renderFeature } from '../../src/generate/render-feature.js';
import { behaveAvailable } from '../support/behave.js';
import { everyRow, parseStrict } from './support/gherkin.js';
import { hostileDesignArb, type HostileDesign } from './support/hostile-design.js';
import { assertProperty, propertyParameters, propertyTimeout } from './support/property.js';

const TEST_FILE = 'test/hostile/design-docs.test.ts';

/** Generated files kept for the behave check: every few cases, up to this many. */
const BEHAVE_SAMPLE = 60;
const sample: { name: string; text: string }[] = [];
let cases = 0;
const parameters = propertyParameters<[HostileDesign, string]>(200);

/** File names for the design: slugs are made from them, so they are hostile too. */
const designPath = fc
  .string({
    unit: fc.constantFrom('a', 'z', '0', '-', '_', '.', ' ', '\t', '@', '#', 'é', '😀', '%', '[', ']', '{{', '}}', '|', ':', '\u202E', 'ש'),
    minLength: 1,
    maxLength: 12,
  })
  .map((name) => `docs/design/${name}.md`);

function checkExtraction(doc: HostileDesign, file: string): ReturnType<typeof extractDesign> {
  const design = extractDesign(doc.markdown, file);
  expect(design.surface.map((row) => row.requirements)).toEqual(doc.rows.map((row) => row.ids));
  expect(design.surface.map((row) => row.behavior)).toEqual(doc.rows.map((row) => row.behavior));
  expect(design.surface.map((row) => row.verifiedBy)).toEqual(doc.rows.map((row) => row.verifiedBy));
  expect(design.surface.map((row) => ({ ...row.extra }))).toEqual(doc.rows.map((row) => row.extra));
  expect(new Map(design.requirements.map((r) => [r.id, r.text]))).toEqual(doc.requirements);
  expect(design.feature).toBe(doc.feature);
  const lines = doc.markdown.split(/\r\n|\r|\n/).length;
  for (const diagnostic of design.diagnostics) {
    expect(diagnostic.file).toBe(file);
    expect(diagnostic.line >= 1 && diagnostic.line <= lines, `line ${diagnostic.line} of ${lines}`).toBe(true);
  }
  const unreadableRows = design.diagnostics.filter((d) => d.kind === 'invalid-surface' && d.severity === 'warning');
  expect(unreadableRows.length).toBeGreaterThanOrEqual(doc.skipped);
  return design;
}

function checkGenerated(doc: HostileDesign, design: ReturnType<typeof extractDesign>, output: string): void {
  // Parses as cucumber reads it (throws on any error), one scenario per row.
  const { document, pickles } = parseStrict(output);
  expect(pickles).toHaveLength(doc.rows.length);
  expect(document.feature?.tags.map((tag) => tag.name)).toEqual([
    `@design:${design.slug}`,
    ...(doc.feature ? [`@${doc.feature}`] : []),
  ]);
  const scenarios = (document.feature?.children ?? []).flatMap((child) => (child.scenario ? [child.scenario] : []));
  expect(scenarios.map((scenario) => scenario.tags.map((tag) => tag.name))).toEqual(
    doc.rows.map((row) => [...row.ids.map((id) => `@${id}`), '@skip']),
  );

  // gherkin-bridge reads its own output back: same design, same requirement ids.
  const index = indexFeature(output, 'generated.feature');
  expect(index.diagnostics).toEqual([]);
  expect(index.scenarios.map((entry) => entry.design)).toEqual(doc.rows.map(() => design.slug));
  expect(index.scenarios.map((entry) => new Set(entry.requirements.map((r) => r.id)))).toEqual(
    doc.rows.map((row) => new Set(row.ids.filter((id) => id.startsWith('R')))),
  );

  // Design text is data: it appears as written, Handlebars and all, never evaluated.
  const lines = output.split('\n');
  const recorded = lines.map((line) => parseBehaviorComment(line)).filter((text) => text !== null);
  expect(recorded).toEqual(doc.rows.filter((row) => row.behavior !== '').map((row) => row.behavior));
  const comments = new Set(lines.map((line) => line.trim()));
  for (const row of doc.rows) {
    for (const id of row.ids) {
      const text = doc.requirements.get(id);
      if (text) expect(comments.has(`# ${id}: ${text}`), `# ${id}: ${text.slice(0, 80)}`).toBe(true);
    }
    for (const [header, value] of Object.entries(row.extra)) {
      if (header !== '' && value !== '') {
        expect(comments.has(`# ${header}: ${value}`), `# ${header}: ${value.slice(0, 80)}`).toBe(true);
      }
    }
  }
}

describe('arbitrary design docs (property)', () => {
  it('extract never throws and reads every cell; generate writes a file cucumber parses, with the row ids as tags and the design text literally', () => {
    assertProperty(
      fc.property(hostileDesignArb, designPath, (doc, file) => {
        const design = checkExtraction(doc, file);
        const output = renderFeature(design, everyRow);
        checkGenerated(doc, design, output);
        cases++;
        if (doc.rows.length > 0 && sample.length < BEHAVE_SAMPLE && cases % 3 === 0) {
          sample.push({ name: `case-${cases}`, text: output });
        }
      }),
      parameters,
      TEST_FILE,
    );
    expect(cases).toBeGreaterThan(0);
  }, propertyTimeout(parameters.numRuns, 150));

  describe.runIf(behaveAvailable())('behave --dry-run over a sample of the generated files', () => {
    let dir = '';
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('reads every file without a parse error and sees the scenarios and tags cucumber sees', () => {
      expect(sample.length, 'the property above must have produced a sample').toBeGreaterThan(0);
      dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-hostile-behave-'));
      // behave needs a steps folder even for a dry run; without step definitions every step is undefined.
      mkdirSync(path.join(dir, 'steps'));
      for (const { name, text } of sample) writeFileSync(path.join(dir, `${name}.feature`), text, 'utf8');
      const report = path.join(dir, 'behave.json');
      const run = spawnSync(
        'behave',
        ['--dry-run', '--no-summary', '--no-snippets', '--format', 'json', '--outfile', report, dir],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      expect(run.stderr + run.stdout).not.toMatch(/ParserError|Failed to parse/);
      expect(existsSync(report), `behave wrote no report:\n${(run.stdout + run.stderr).slice(0, 2000)}`).toBe(true);
      const features = JSON.parse(readFileSync(report, 'utf8')) as {
        location: string;
        elements?: { type: string; name: string; tags: string[] }[];
      }[];
      expect(features).toHaveLength(sample.length);
      const byFile = new Map(features.map((feature) => [path.basename(feature.location.split(':')[0] ?? ''), feature]));
      for (const { name, text } of sample) {
        const feature = byFile.get(`${name}.feature`);
        const scenarios = (parseStrict(text).document.feature?.children ?? []).flatMap((c) => (c.scenario ? [c.scenario] : []));
        const elements = (feature?.elements ?? []).filter((element) => element.type !== 'background');
        expect(elements.map((element) => element.tags), name).toEqual(
          scenarios.map((scenario) => scenario.tags.map((tag) => tag.name.slice(1))),
        );
        expect(elements.map((element) => element.name), name).toEqual(scenarios.map((scenario) => scenario.name));
      }
    });
  });
});
