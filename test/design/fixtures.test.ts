import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import type { Design } from '../../src/model.js';
import { repoRoot } from '../support/corpus.js';

const FIXTURE = 'test/fixtures/design/widget-export/widget-export.md';
const source = readFileSync(path.join(repoRoot, FIXTURE), 'utf8');

/** Read off the fixture by hand: every line number below is a line of widget-export.md. */
const EXPECTED: Design = {
  path: FIXTURE,
  slug: 'widget-export',
  title: 'Feature design: Widget export',
  feature: 'WID-12',
  spike: null,
  requirements: [
    { id: 'R1', text: 'Export writes one file per widget.', line: 15 },
    { id: 'R2', text: 'Hidden widgets are skipped.', line: 17 },
    { id: 'R3', text: 'Export names files after the widget id.', line: 19 },
    { id: 'R4', text: 'Export refuses to overwrite files.', line: 23 },
  ],
  useCases: [{ id: 'U1', text: 'As an admin, I export all widgets, so that I can back them up.', line: 28 }],
  surface: [
    {
      requirements: ['R1'],
      behavior: 'One file per visible widget',
      verifiedBy: 'unit + e2e',
      levels: ['e2e', 'unit'],
      line: 36,
      extra: { Notes: '' },
    },
    {
      requirements: ['R2', 'R3'],
      behavior: 'Hidden widgets absent; file names match id',
      verifiedBy: 'Manual',
      levels: ['manual'],
      line: 37,
      extra: { Notes: 'see runbook' },
    },
    {
      requirements: ['R4'],
      behavior: 'Existing file is left unchanged',
      verifiedBy: 'TODO',
      levels: ['unknown'],
      line: 38,
      extra: { Notes: '' },
    },
  ],
  surfaceLine: 30,
  acceptanceCriteria: [],
  diagnostics: [
    {
      kind: 'unclassified-verification',
      severity: 'warning',
      message: 'Unexpected verification `TODO`, expected it to name e2e, integration, unit or manual',
      file: FIXTURE,
      line: 38,
    },
    {
      kind: 'invalid-surface',
      severity: 'warning',
      message: 'Unexpected requirement cell `TBD`, expected a requirement id such as `R1`',
      file: FIXTURE,
      line: 39,
    },
  ],
};

describe('widget-export fixture', () => {
  it('extracts the whole design', () => {
    expect(extractDesign(source, FIXTURE)).toEqual(EXPECTED);
  });

  it('gives the identical design with a BOM and CRLF line endings', () => {
    const crlf = `\uFEFF${source.replace(/\n/g, '\r\n')}`;
    expect(crlf).not.toBe(source);
    expect(extractDesign(crlf, FIXTURE)).toEqual(EXPECTED);
  });

  it('gives the identical design with lone CR line endings', () => {
    expect(extractDesign(source.replace(/\n/g, '\r'), FIXTURE)).toEqual(EXPECTED);
  });

  it('counts lines of the original file when a BOM precedes a blank first line', () => {
    const shifted = `\uFEFF\r\n${source.replace(/\n/g, '\r\n')}`;
    const design = extractDesign(shifted, FIXTURE);
    expect(design.surfaceLine).toBe(31);
    expect(design.surface.map((row) => row.line)).toEqual([37, 38, 39]);
    expect(design.requirements.map((r) => r.line)).toEqual([16, 18, 20, 24]);
    expect(design.diagnostics.map((d) => d.line)).toEqual([39, 40]);
  });
});
