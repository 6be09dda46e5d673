import type { TestResult } from '../model.js';
import { readCucumberJson } from './read-cucumber-json.js';
import { readJunit } from './read-junit.js';
import { readMessages } from './read-messages.js';
import { resultsError } from './results-error.js';

/** The test cases of one results file, its format told by its first character; anything else, or a file cut off, is a usage error. */
export function readResults(text: string, source: string): TestResult[] {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return readJunit(start, source);
  if (start.startsWith('[')) return readCucumberJson(start, source);
  if (start.startsWith('{')) return readMessages(start, source);
  throw resultsError(source, start === '' ? 'empty file' : `text "${start.slice(0, 20).split('\n')[0]}"`);
}
