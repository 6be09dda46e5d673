import { pathToFileURL } from 'node:url';
import { FINDING_KIND_NAMES, FINDING_KINDS, type CoverageReport, type Finding } from '../model.js';
import type { ReportOptions } from './types.js';

/** The schema URI SARIF 2.1.0 files name in `$schema`. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative path as a URI reference, each segment percent-encoded, so `uriBaseId` resolves it. */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function rules(): object[] {
  return FINDING_KIND_NAMES.map((kind) => {
    const info = FINDING_KINDS[kind];
    return {
      id: kind,
      name: kind.replace(/-(\w)/g, (_, char: string) => char.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: info.title },
      fullDescription: { text: info.description },
      help: { text: info.help },
      defaultConfiguration: { level: info.severity },
    };
  });
}

// JSON.stringify leaves out undefined values, so a region, column or property that is absent stays absent.
function result(finding: Finding): object {
  const { design, requirement, data } = finding;
  const column = finding.column !== undefined && finding.column >= 1 ? finding.column : undefined;
  const physicalLocation = {
    artifactLocation: { uri: relativeUri(finding.file), uriBaseId: '%SRCROOT%' },
    region: finding.line >= 1 ? { startLine: finding.line, startColumn: column } : undefined,
  };
  return {
    ruleId: finding.kind,
    ruleIndex: FINDING_KIND_NAMES.indexOf(finding.kind),
    level: finding.severity === 'info' ? 'note' : finding.severity,
    message: { text: finding.message },
    locations: [{ physicalLocation }],
    properties: [design, requirement, data].some((value) => value !== undefined) ? { design, requirement, data } : undefined,
  };
}

/** SARIF 2.1.0 for code scanning: a rule per finding kind, a result per finding located relative to `%SRCROOT%` (the cwd). */
export function sarifReport(report: CoverageReport, options: ReportOptions): string {
  const root = pathToFileURL(options.cwd).href.replace(/\/?$/, '/');
  const run = {
    tool: { driver: { name: 'gherkin-bridge', version: options.toolVersion, rules: rules() } },
    originalUriBaseIds: { '%SRCROOT%': { uri: root } },
    results: report.findings.map(result),
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}
