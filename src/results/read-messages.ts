import type { TestResult } from '../model.js';
import { firstLine, worstStatus } from './result-status.js';
import { resultsError } from './results-error.js';

interface StepResult {
  status: string;
  message?: string;
}

interface Envelope {
  pickle?: { id: string; uri: string; name: string; location?: { line: number } };
  testCase?: { id: string; pickleId: string };
  testCaseStarted?: { id: string; testCaseId: string };
  testStepFinished?: { testCaseStartedId: string; testStepResult: StepResult };
  testCaseFinished?: { testCaseStartedId: string; willBeRetried?: boolean };
  testRunFinished?: unknown;
}

/**
 * Test cases of a Cucumber Messages stream, each by its pickle (URI, line, name); a retried test case
 * counts by its last try. A line that is not JSON, or no `testRunFinished`, means the file is cut off.
 */
export function readMessages(text: string, source: string): TestResult[] {
  const pickles = new Map<string, { pickle: NonNullable<Envelope['pickle']>; line: number }>();
  const testCases = new Map<string, string>();
  const started = new Map<string, string>();
  const steps = new Map<string, StepResult[]>();
  const results: TestResult[] = [];
  let finished = false;
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      throw resultsError(`${source}:${index + 1}`, 'text (a line that is not a whole JSON message: cut off?)');
    }
    if (envelope.pickle) pickles.set(envelope.pickle.id, { pickle: envelope.pickle, line: index + 1 });
    else if (envelope.testCase) testCases.set(envelope.testCase.id, envelope.testCase.pickleId);
    else if (envelope.testCaseStarted) started.set(envelope.testCaseStarted.id, envelope.testCaseStarted.testCaseId);
    else if (envelope.testStepFinished) {
      const { testCaseStartedId, testStepResult } = envelope.testStepFinished;
      steps.set(testCaseStartedId, [...(steps.get(testCaseStartedId) ?? []), testStepResult]);
    } else if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried) {
      const attempt = envelope.testCaseFinished.testCaseStartedId;
      const found = pickles.get(testCases.get(started.get(attempt) ?? '') ?? '');
      if (!found) return;
      const stepResults = steps.get(attempt) ?? [];
      const status = worstStatus(stepResults.map((step) => step.status));
      const failing = stepResults.find((step) => worstStatus([step.status]) === 'failed');
      results.push({
        source,
        sourceLine: found.line,
        uri: found.pickle.uri,
        line: found.pickle.location?.line ?? null,
        classname: null,
        name: found.pickle.name,
        status,
        message: status === 'failed' ? (firstLine(failing?.message) ?? `${failing?.status.toLowerCase()} step`) : null,
      });
    } else if (envelope.testRunFinished) finished = true;
  });
  if (!finished) throw resultsError(source, 'end (no testRunFinished message: cut off?)');
  return results;
}
