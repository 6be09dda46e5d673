import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { assertAsyncProperty, assertProperty, propertyParameters, propertyRuns } from './support/property.js';

const saved = { runs: process.env.FC_RUNS, seed: process.env.FC_SEED, path: process.env.FC_PATH };

function restore(name: 'FC_RUNS' | 'FC_SEED' | 'FC_PATH', value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

afterEach(() => {
  restore('FC_RUNS', saved.runs);
  restore('FC_SEED', saved.seed);
  restore('FC_PATH', saved.path);
});

function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the property was expected to fail');
}

describe('property runs and replay', () => {
  it('takes the number of runs from FC_RUNS, else the default, scaled', () => {
    delete process.env.FC_RUNS;
    expect(propertyRuns(200)).toBe(200);
    expect(propertyRuns(200, 0.5)).toBe(100);
    process.env.FC_RUNS = '3000';
    expect(propertyRuns(200)).toBe(3000);
    expect(propertyRuns(200, 0.25)).toBe(750);
    process.env.FC_RUNS = 'many';
    expect(propertyRuns(200)).toBe(200);
  });

  it('prints the seed and the path of a failure, and a command that replays it', () => {
    delete process.env.FC_SEED;
    delete process.env.FC_PATH;
    const message = failure(() =>
      assertProperty(fc.property(fc.nat(), (n) => n < 50), propertyParameters<[number]>(200), 'test/x.test.ts'),
    );
    expect(message).toMatch(/seed: -?\d+/);
    expect(message).toMatch(/path: "[\d:]+"/);
    expect(message).toContain('Counterexample: [50]');
    const seed = /seed: (-?\d+)/.exec(message)?.[1];
    const path = /path: "([\d:]+)"/.exec(message)?.[1];
    expect(message).toContain(`Replay: FC_SEED=${seed} FC_PATH=${path} npx vitest run test/x.test.ts`);

    // The printed seed and path run the failing case first.
    process.env.FC_SEED = seed;
    process.env.FC_PATH = path;
    const seen: number[] = [];
    const replayed = failure(() =>
      assertProperty(
        fc.property(fc.nat(), (n) => {
          seen.push(n);
          return n < 50;
        }),
        propertyParameters<[number]>(200),
        'test/x.test.ts',
      ),
    );
    expect(seen[0]).toBe(50);
    expect(replayed).toContain('Counterexample: [50]');
  });

  it('reports async failures the same way', async () => {
    delete process.env.FC_SEED;
    delete process.env.FC_PATH;
    const property = fc.asyncProperty(fc.string(), async (text) => {
      expect(text).not.toContain('|');
    });
    await expect(assertAsyncProperty(property, propertyParameters<[string]>(500), 'test/y.test.ts')).rejects.toThrow(
      /seed: -?\d+, path: "[\d:]+"[\s\S]*Replay: FC_SEED=/,
    );
  });
});
