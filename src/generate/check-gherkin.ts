import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument } from '@cucumber/messages';
import { GenerateError } from './generate-error.js';

/** How to read a parse failure back in terms of the text the caller returns. */
export interface GherkinCheck {
  /** Who made the text, for the message: `the feature and scenario templates`. */
  source: string;
  /** Text parsed in front of the checked text (its lines are not reported). */
  prefix?: string;
  /** Fail when the text has no `Feature:`. */
  requireFeature?: boolean;
}

const LOCATION_PREFIX = /^\(\d+:\d+\): /;
const MAX_QUOTED = 80;

/**
 * Parse rendered text with `@cucumber/gherkin`. Throws {@link GenerateError}
 * (`invalid-gherkin`) naming the first problem and its line in `text`.
 */
export function checkGherkin(text: string, check: GherkinCheck): GherkinDocument {
  const prefix = check.prefix ?? '';
  const offset = prefix === '' ? 0 : prefix.split('\n').length - 1;
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  parser.stopAtFirstError = false;
  let document: GherkinDocument;
  try {
    document = parser.parse(prefix + text);
  } catch (error) {
    throw invalid(text, check.source, firstError(error), offset);
  }
  if (check.requireFeature === true && document.feature === undefined) {
    throw new GenerateError(`The output of ${check.source} has no "Feature:" line.`, {
      kind: 'invalid-gherkin',
    });
  }
  return document;
}

interface ParseProblem {
  message: string;
  line: number | null;
}

function firstError(error: unknown): ParseProblem {
  const nested = (error as { errors?: unknown }).errors;
  const first: unknown = Array.isArray(nested) && nested.length > 0 ? nested[0] : error;
  const message = first instanceof Error ? first.message : String(first);
  const line = (first as { location?: { line?: unknown } }).location?.line;
  return { message, line: typeof line === 'number' ? line : null };
}

function invalid(text: string, source: string, problem: ParseProblem, offset: number): GenerateError {
  const reason = problem.message.replace(LOCATION_PREFIX, '');
  const line = problem.line === null ? null : problem.line - offset;
  if (line === null || line < 1) {
    return new GenerateError(`The output of ${source} is not valid Gherkin: ${reason}`, {
      kind: 'invalid-gherkin',
    });
  }
  const lineText = text.split('\n')[line - 1] ?? '';
  const quoted = lineText.length > MAX_QUOTED ? `${lineText.slice(0, MAX_QUOTED)}…` : lineText;
  return new GenerateError(
    `The output of ${source} is not valid Gherkin at line ${line} ("${quoted.trim()}"): ${reason}`,
    { kind: 'invalid-gherkin', line },
  );
}
