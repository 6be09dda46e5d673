import { ConfigError } from '../config/resolve-options.js';

/** A results file that cannot be read as results: a usage error (exit 2), worded with the file. */
export function resultsError(source: string, problem: string): ConfigError {
  return new ConfigError(
    `Unexpected ${problem} in results file ${source}, expected Cucumber Messages (NDJSON), Cucumber JSON or JUnit XML`,
  );
}
