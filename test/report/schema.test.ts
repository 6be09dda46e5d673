import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/coverage/compute-coverage.js';
import type { Design, FeatureIndex } from '../../src/model.js';
import { jsonReport } from '../../src/report/json.js';
import { repoRoot } from '../support/corpus.js';
import { EMPTY, HOSTILE, ORDINARY, OPTIONS } from './fixtures.js';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/coverage-report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

type Json = Record<string, unknown>;

function reportJson(report = ORDINARY): Json {
  return JSON.parse(jsonReport(report, OPTIONS)) as Json;
}

function errors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

const design: Design = {
  path: 'docs/design/widgets/widgets.md',
  slug: 'widgets',
  title: 'Widgets',
  feature: 'LCORE-1',
  spike: null,
  requirements: [
    { id: 'R1', text: 'Widgets can be listed.', line: 10 },
    { id: 'R2', text: 'Widgets can be deleted.', line: 11 },
    { id: 'R3', text: 'Widgets are cached.', line: 12 },
  ],
  useCases: [],
  surface: [
    { requirements: ['R1'], behavior: 'GET /widgets lists them', verifiedBy: 'e2e', levels: ['e2e'], line: 20, extra: {} },
    { requirements: ['R2', 'R9'], behavior: 'DELETE removes one', verifiedBy: 'e2e, unit', levels: ['e2e', 'unit'], line: 21, extra: {} },
  ],
  surfaceLine: 18,
  diagnostics: [],
};

const feature: FeatureIndex = {
  path: 'features/widgets.feature',
  name: 'Widgets',
  line: 2,
  designTags: ['widgets'],
  scenarios: [
    {
      name: 'List widgets',
      keyword: 'Scenario',
      line: 5,
      design: 'widgets',
      designLine: 1,
      requirements: [{ id: 'R1', line: 4 }, { id: 'R7', line: 4 }],
      tags: ['@design:widgets', '@R1', '@R7'],
      provenance: null,
    },
    {
      name: 'Unlinked',
      keyword: 'Scenario',
      line: 9,
      design: 'gadgets',
      designLine: 8,
      requirements: [],
      tags: ['@design:gadgets'],
      provenance: null,
    },
  ],
  diagnostics: [{ kind: 'parse-error', severity: 'error', message: '(12:1): unexpected', file: 'features/widgets.feature', line: 12, column: 1 }],
};

describe('schema/coverage-report.schema.json', () => {
  it('accepts the JSON report of every fixture', () => {
    for (const report of [ORDINARY, HOSTILE, EMPTY]) expect(errors(reportJson(report))).toEqual([]);
  });

  it('accepts what coverage really computes, findings of several kinds included', () => {
    const report = computeCoverage([design], [feature], { levels: ['e2e'], severity: {} });
    expect(report.findings.length).toBeGreaterThan(2);
    expect(errors(JSON.parse(jsonReport(report, OPTIONS)))).toEqual([]);
  });

  it('rejects a missing required field', () => {
    const json = reportJson();
    delete json.summary;
    expect(errors(json)).toContain(' required');
    const nested = reportJson();
    delete ((nested.designs as Json[])[0]!.requirements as Json[])[0]!.status;
    expect(errors(nested)).toContain('/designs/0/requirements/0 required');
    const noVersion = reportJson();
    delete noVersion.version;
    expect(errors(noVersion)).toContain(' required');
  });

  it('rejects a wrong type or an unknown enum value', () => {
    const json = reportJson();
    (json.summary as Json).covered = '3';
    expect(errors(json)).toContain('/summary/covered type');
    const kind = reportJson();
    (kind.findings as Json[])[0]!.kind = 'surprise';
    expect(errors(kind)).toContain('/findings/0/kind enum');
    const data = reportJson();
    (data.findings as Json[])[3]!.data = { designLine: 118 };
    expect(errors(data)).toContain('/findings/3/data/designLine type');
    const line = reportJson();
    ((line.designs as Json[])[0]!.requirements as Json[])[0]!.line = 0;
    expect(errors(line)).toContain('/designs/0/requirements/0/line minimum');
  });

  it('rejects an extra key anywhere the model is closed', () => {
    const top = reportJson();
    top.$schema = 'x';
    expect(errors(top)).toContain(' additionalProperties');
    const finding = reportJson();
    (finding.findings as Json[])[0]!.extra = true;
    expect(errors(finding)).toContain('/findings/0 additionalProperties');
    const scenario = reportJson();
    (((scenario.designs as Json[])[0]!.requirements as Json[])[0]!.scenarios as Json[])[0]!.tags = [];
    expect(errors(scenario)).toContain('/designs/0/requirements/0/scenarios/0 additionalProperties');
    const summary = reportJson();
    ((summary.summary as Json).findings as Json).typo = 1;
    expect(errors(summary).some((e) => e.startsWith('/summary/findings'))).toBe(true);
  });
});
