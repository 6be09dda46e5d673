import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument } from '@cucumber/messages';
import { GenerateError } from './generate-error.js';

const LOCATION_PREFIX = /^\(\d+:\d+\): /;
const MAX_QUOTED = 80;

/**
 * Parse `prefix + text` with `@cucumber/gherkin`; throws {@link GenerateError} (`invalid-gherkin`) naming `source`
 * (who made the text), the first problem and its line in `text`.
 */
export function checkGherkin(text: string, check: { source: string; prefix?: string; requireFeature?: boolean }): void {
  const prefix = check.prefix ?? '';
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  parser.stopAtFirstError = false;
  let document: GherkinDocument;
  try {
    document = parser.parse(prefix + text);
  } catch (error) {
    const nested = (error as { errors?: unknown }).errors;
    const first: unknown = Array.isArray(nested) && nested.length > 0 ? nested[0] : error;
    const reason = (first instanceof Error ? first.message : String(first)).replace(LOCATION_PREFIX, '');
    const at = (first as { location?: { line?: unknown } }).location?.line;
    const line = typeof at === 'number' ? at - (prefix.split('\n').length - 1) : 0;
    if (line < 1) throw new GenerateError(`The output of ${check.source} is not valid Gherkin: ${reason}`, { kind: 'invalid-gherkin' });
    const lineText = text.split('\n')[line - 1] ?? '';
    const quoted = lineText.length > MAX_QUOTED ? `${lineText.slice(0, MAX_QUOTED)}…` : lineText;
    throw new GenerateError(`The output of ${check.source} is not valid Gherkin at line ${line} ("${quoted.trim()}"): ${reason}`, {
      kind: 'invalid-gherkin',
      line,
    });
  }
  if (check.requireFeature === true && document.feature === undefined) {
    throw new GenerateError(`The output of ${check.source} has no "Feature:" line.`, { kind: 'invalid-gherkin' });
  }
}
