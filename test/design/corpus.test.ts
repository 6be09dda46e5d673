import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import type { Design } from '../../src/model.js';
import { corpusDir } from '../support/corpus.js';

const corpus = corpusDir();
const designs = corpus === null ? '' : path.join(corpus, 'lightspeed-stack/docs/design');

function load(slug: string): Design {
  const file = path.join(designs, slug, `${slug}.md`);
  return extractDesign(readFileSync(file, 'utf8'), file);
}

function row(design: Design, id: string) {
  return design.surface.find((candidate) => candidate.requirements.includes(id));
}

describe.skipIf(corpus === null)('real designs in the corpus', () => {
  describe('byok-confluence-import', () => {
    const design = corpus === null ? undefined : load('byok-confluence-import');

    it('has its metadata', () => {
      expect(design).toMatchObject({
        slug: 'byok-confluence-import',
        title: 'Feature design for LCORE-788: BYOK auto-import from Confluence',
        feature: 'LCORE-788',
        spike: 'LCORE-2664',
        surfaceLine: 167,
        diagnostics: [],
      });
    });

    it('has 10 requirements and 4 use cases at their lines', () => {
      expect(design?.requirements.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10']);
      expect(design?.requirements.map((r) => r.line)).toEqual([36, 39, 42, 44, 46, 49, 52, 55, 59, 64]);
      expect(design?.useCases.map((u) => [u.id, u.line])).toEqual([
        ['U1', 69],
        ['U2', 72],
        ['U3', 75],
        ['U4', 78],
      ]);
      expect(design?.requirements[4]?.text).toBe(
        'A single command performs fetch → build → artifact (llamastack-faiss file by default; optional OCI image via the existing --output-image).',
      );
    });

    it('has 10 surface rows, one per requirement, on lines 171–180', () => {
      expect(design?.surface).toHaveLength(10);
      expect(design?.surface.map((r) => r.requirements)).toEqual([
        ['R1'], ['R2'], ['R3'], ['R4'], ['R5'], ['R6'], ['R7'], ['R8'], ['R9'], ['R10'],
      ]);
      expect(design?.surface.map((r) => r.line)).toEqual([171, 172, 173, 174, 175, 176, 177, 178, 179, 180]);
    });

    it('classifies the verification of specific rows', () => {
      if (design === undefined) throw new Error('unreachable');
      expect(row(design, 'R1')?.levels).toEqual(['e2e', 'integration']);
      expect(row(design, 'R2')?.levels).toEqual(['e2e', 'unit']);
      expect(row(design, 'R4')).toMatchObject({ verifiedBy: 'e2e through lightspeed-stack', levels: ['e2e'] });
      expect(row(design, 'R8')?.levels).toEqual(['unit']);
      expect(row(design, 'R9')).toMatchObject({
        verifiedBy: 'e2e (kind/CRC) or documented manual verification',
        levels: ['e2e', 'manual'],
        line: 179,
      });
      expect(row(design, 'R10')?.behavior).toBe('lightspeed-stack serves the artifact with existing byok_rag config');
    });
  });

  describe('llama-stack-config-merge', () => {
    const design = corpus === null ? undefined : load('llama-stack-config-merge');

    it('has its metadata', () => {
      expect(design).toMatchObject({
        slug: 'llama-stack-config-merge',
        title: 'Feature design: Llama Stack config merge (unified lightspeed-stack.yaml)',
        feature: 'LCORE-836',
        spike: null,
        surfaceLine: 140,
        diagnostics: [],
      });
    });

    it('has 11 requirements and 5 use cases', () => {
      expect(design?.requirements).toHaveLength(11);
      expect(design?.requirements.at(-1)).toMatchObject({ id: 'R11', line: 114 });
      expect(design?.requirements[8]).toMatchObject({ id: 'R9', line: 98 });
      expect(design?.requirements[8]?.text).toContain('providers: list[UnifiedInferenceProvider]');
      expect(design?.useCases.map((u) => u.id)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5']);
    });

    it('has 11 surface rows on lines 148–158', () => {
      expect(design?.surface).toHaveLength(11);
      expect(design?.surface[0]).toMatchObject({ requirements: ['R1'], line: 148 });
      expect(design?.surface[10]).toMatchObject({ requirements: ['R11'], line: 158 });
    });

    it('classifies the verification of specific rows', () => {
      if (design === undefined) throw new Error('unreachable');
      expect(row(design, 'R1')?.levels).toEqual(['e2e']);
      expect(row(design, 'R5')).toMatchObject({
        verifiedBy: 'unit (parametric) + e2e (one scalar + one list key)',
        levels: ['e2e', 'unit'],
        line: 152,
      });
      expect(row(design, 'R7')?.levels).toEqual(['integration', 'unit']);
      expect(row(design, 'R9')?.levels).toEqual(['unit']);
      expect(row(design, 'R6')?.behavior).toBe(
        'Synthesized run.yaml on disk carries ${env.FOO} refs for LCORE-emitted secrets, never resolved values',
      );
    });
  });
});
