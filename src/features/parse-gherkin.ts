import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument } from '@cucumber/messages';
import type { Diagnostic } from '../model.js';
import { withoutBom } from './source-lines.js';

/** Result of {@link parseGherkin}: a document, or the parse errors that replaced it. */
export interface ParsedGherkin {
  /** The AST, or null when the parser reported at least one error. */
  document: GherkinDocument | null;
  /** One `parse-error` per error the parser reported, in the parser's order. */
  diagnostics: Diagnostic[];
  /** The id generator the AST was built with; `compile` must continue it so ids stay unique. */
  newId: IdGenerator.NewId;
}

/** Shape of the errors `@cucumber/gherkin` throws (`GherkinException` and its subclasses). */
interface GherkinError {
  message?: unknown;
  location?: { line?: number; column?: number };
  errors?: unknown;
}

const LOCATION_PREFIX_RE = /^\(-?\d+:-?\d+\): /;

/** Parse Gherkin text (a BOM dropped), collecting every error instead of stopping at the first. Never throws. */
export function parseGherkin(text: string, path: string): ParsedGherkin {
  shared ??= createParser();
  const { parser, newId } = shared;
  try {
    return { document: parser.parse(withoutBom(text)) as GherkinDocument, diagnostics: [], newId };
  } catch (error) {
    return { document: null, diagnostics: errorDiagnostics(error, path), newId };
  }
}

function createParser() {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  parser.stopAtFirstError = false;
  return { parser, newId };
}

/**
 * One parser for every call: building its keyword tables costs a fifth of a
 * typical parse. Safe: `parse` resets its state and is synchronous; ids keep increasing.
 */
let shared: ReturnType<typeof createParser> | null = null;

/** Turn what the parser threw into diagnostics: one per collected error. */
export function errorDiagnostics(error: unknown, path: string): Diagnostic[] {
  const nested = (error as GherkinError | null)?.errors;
  const errors = Array.isArray(nested) && nested.length > 0 ? (nested as unknown[]) : [error];
  return errors.map((one) => errorDiagnostic(one, path));
}

function errorDiagnostic(error: unknown, path: string): Diagnostic {
  const { message, location } = (error ?? {}) as GherkinError;
  const raw = typeof message === 'string' ? message : String(error);
  const located = typeof location?.line === 'number' && location.line > 0;
  // An error without a location is not a Gherkin error but a failure of the
  // parser itself; it still belongs to this file and must not stop the others.
  const text = located ? raw.replace(LOCATION_PREFIX_RE, '') : `Unexpected failure of the Gherkin parser: ${raw}`;
  const line = located && location?.line !== undefined ? location.line : 1;
  const diagnostic: Diagnostic = { kind: 'parse-error', severity: 'error', message: text, file: path, line };
  if (typeof location?.column === 'number' && location.column > 0) diagnostic.column = location.column;
  return diagnostic;
}
