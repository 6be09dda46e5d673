import type { TestResult } from '../model.js';
import { firstLine, worstStatus } from './result-status.js';
import { resultsError } from './results-error.js';

interface JsonStep {
  keyword?: string;
  name?: string;
  result?: { status?: string; error_message?: string };
}

interface JsonElement {
  type?: string;
  keyword?: string;
  name?: string;
  line?: number;
  location?: string;
  status?: string;
  steps?: JsonStep[];
  before?: JsonStep[];
  after?: JsonStep[];
}

interface JsonFeature {
  uri?: string;
  location?: string;
  elements?: JsonElement[];
}

/** `features/a.feature:12` -> path and line (behave writes locations this way). */
function splitLocation(location: string | undefined): { uri: string | null; line: number | null } {
  const match = location ? /^(.*):(\d+)$/.exec(location) : null;
  return match ? { uri: match[1] as string, line: Number(match[2]) } : { uri: location ?? null, line: null };
}

function failureMessage(steps: readonly JsonStep[]): string | null {
  const step = steps.find((candidate) => worstStatus([candidate.result?.status ?? '']) === 'failed');
  if (!step) return null;
  return firstLine(step.result?.error_message) ?? `${step.result?.status} step: ${(step.keyword ?? '').trim()} ${step.name ?? ''}`.trim();
}

/**
 * Test cases of a Cucumber JSON report: cucumber-js (`uri`, `line`, status on steps and hooks) or
 * behave `-f json` (`location` `file:line`, `status` on the element). Backgrounds are not test cases.
 */
export function readCucumberJson(text: string, source: string): TestResult[] {
  let features: unknown;
  try {
    features = JSON.parse(text);
  } catch {
    throw resultsError(source, 'JSON (cut off or not JSON)');
  }
  if (!Array.isArray(features)) throw resultsError(source, 'JSON (not a list of features)');
  const results: TestResult[] = [];
  for (const feature of features as JsonFeature[]) {
    const where = splitLocation(feature.location);
    const uri = feature.uri ?? where.uri;
    for (const element of feature.elements ?? []) {
      if (element.type === 'background' || element.keyword === 'Background') continue;
      const steps = [...(element.before ?? []), ...(element.steps ?? []), ...(element.after ?? [])];
      const status = worstStatus(element.status ? [element.status] : steps.map((step) => step.result?.status ?? 'skipped'));
      const at = splitLocation(element.location);
      results.push({
        source,
        sourceLine: 1,
        uri: at.uri ?? uri,
        line: element.line ?? at.line,
        classname: null,
        name: element.name ?? '',
        status,
        message: status === 'failed' ? (failureMessage(steps) ?? 'failed') : null,
      });
    }
  }
  return results;
}
