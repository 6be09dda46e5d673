import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/model.js';
import { FINDING_KINDS } from '../../src/model.js';
import { sarifReport, SARIF_SCHEMA } from '../../src/report/sarif.js';
import { EMPTY, HOSTILE, ORDINARY, OPTIONS } from './fixtures.js';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number; startColumn?: number } } }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

function log(report: CoverageReport): SarifLog {
  return JSON.parse(sarifReport(report, OPTIONS)) as SarifLog;
}

describe('sarifReport', () => {
  it('has the SARIF 2.1.0 envelope and a driver with one rule per finding kind', () => {
    const sarif = log(EMPTY);
    expect(sarif.$schema).toBe(SARIF_SCHEMA);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0]!.tool.driver;
    expect(driver.name).toBe('gherkin-bridge');
    expect(driver.version).toBe(OPTIONS.toolVersion);
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((rule) => rule.id).sort()).toEqual(Object.keys(FINDING_KINDS).sort());
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).not.toBe('');
      expect(rule.help.text).not.toBe('');
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(sarif.runs[0]!.originalUriBaseIds['%SRCROOT%']?.uri).toBe('file:///work/project/');
  });

  for (const [name, report] of Object.entries({ ordinary: ORDINARY, hostile: HOSTILE })) {
    it(`${name}: one result per finding, pointing at its rule and its file and line`, () => {
      const run = log(report).runs[0]!;
      expect(run.results).toHaveLength(report.findings.length);
      run.results.forEach((result, index) => {
        const finding = report.findings[index]!;
        expect(result.ruleId).toBe(finding.kind);
        expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(finding.kind);
        expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[finding.severity]);
        expect(result.message.text).toBe(finding.message);
        const location = result.locations[0]!.physicalLocation;
        expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
        expect(location.artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:|[\s#?\\]/i);
        expect(decodeURIComponent(location.artifactLocation.uri)).toBe(finding.file);
        expect(location.region?.startLine).toBe(finding.line);
        expect(location.region?.startColumn).toBe(finding.column);
      });
    });
  }

  it('resolves every result URI inside the source root', () => {
    const run = log(HOSTILE).runs[0]!;
    const root = run.originalUriBaseIds['%SRCROOT%']!.uri;
    for (const result of run.results) {
      const resolved = new URL(result.locations[0]!.physicalLocation.artifactLocation.uri, root);
      expect(resolved.href.startsWith(root)).toBe(true);
    }
  });
});
