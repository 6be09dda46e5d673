import fc from 'fast-check';

/**
 * How many cases each property runs: `FC_RUNS` when set (CI sets a few
 * thousand), else `fallback` (fast enough for a local run). `scale` lets a
 * slow property run a fraction of them.
 */
export function propertyRuns(fallback: number, scale = 1): number {
  const fromEnv = Number(process.env.FC_RUNS);
  const runs = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
  return Math.max(1, Math.round(runs * scale));
}

/**
 * fast-check parameters for a property: the number of runs, and, to replay a
 * failure, the `FC_SEED` and `FC_PATH` it printed. `FC_NO_SHRINK=1` reports
 * the first failing case as found, without shrinking it (quicker in CI, where
 * the seed and path are enough to shrink it later on a workstation).
 */
export function propertyParameters<T>(fallbackRuns: number, scale = 1): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  const path = process.env.FC_PATH;
  const endOnFailure = process.env.FC_NO_SHRINK === '1' || (path !== undefined && path !== '');
  return {
    numRuns: propertyRuns(fallbackRuns, scale),
    ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
    ...(path !== undefined && path !== '' ? { path } : {}),
    ...(endOnFailure ? { endOnFailure: true } : {}),
  };
}

/**
 * A test timeout for a property of `runs` cases taking about `msPerRun` each
 * (at least the usual minute), so that CI's larger `FC_RUNS` is not cut short.
 */
export function propertyTimeout(runs: number | undefined, msPerRun: number): number {
  return Math.max(60_000, Math.ceil((runs ?? 0) * msPerRun));
}

/** The line a failure message ends with: how to run the very same case again. */
export function replayHint(details: { seed: number; counterexamplePath: string | null }, testFile: string): string {
  const path = details.counterexamplePath === null ? '' : ` FC_PATH=${details.counterexamplePath}`;
  return `Replay: FC_SEED=${details.seed}${path} npx vitest run ${testFile}`;
}

/**
 * Check an async property and fail with fast-check's report (counterexample,
 * `seed` and `path`) followed by {@link replayHint}.
 */
export async function assertAsyncProperty<Ts>(
  property: fc.IAsyncProperty<Ts>,
  parameters: fc.Parameters<Ts>,
  testFile: string,
): Promise<void> {
  const details = await fc.check(property, parameters);
  if (!details.failed) return;
  const report = (await fc.asyncDefaultReportMessage(details)) ?? 'Property failed';
  throw new Error(`${report}\n${replayHint(details, testFile)}`, { cause: details.errorInstance });
}

/** {@link assertAsyncProperty} for a synchronous property. */
export function assertProperty<Ts>(property: fc.IProperty<Ts>, parameters: fc.Parameters<Ts>, testFile: string): void {
  const details = fc.check(property, parameters);
  if (!details.failed) return;
  const report = fc.defaultReportMessage(details) ?? 'Property failed';
  throw new Error(`${report}\n${replayHint(details, testFile)}`, { cause: details.errorInstance });
}
