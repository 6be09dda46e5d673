import { describe, expect, it } from 'vitest';
import { createProgress, progressLine, type ProgressStream } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean, columns?: number): ProgressStream & { text: string } {
  const stream = {
    text: '',
    isTTY,
    columns,
    write(chunk: string) {
      stream.text += chunk;
    },
  };
  return stream;
}

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** Simulate a run of `total` files, one every `stepMs`. */
function run(stream: ProgressStream, enabled: boolean, total: number, stepMs: number): void {
  const time = clock();
  const progress = createProgress({ stream, enabled, now: time.now });
  for (let done = 1; done <= total; done++) {
    time.advance(stepMs);
    progress.update(done, total);
  }
  progress.finish();
}

describe('the progress bar', () => {
  it('is drawn on a terminal for a run longer than a second, and erased at the end', () => {
    const stream = fakeStream(true);
    run(stream, true, 100, 30);
    expect(stream.text).toContain('/100 feature files parsed');
    expect(stream.text).toContain('[##############################] 100/100 feature files parsed');
    expect(stream.text.endsWith('\r\x1b[2K')).toBe(true);
    // Not before the first second: 1000 ms / 30 ms per file = file 34 at the earliest.
    expect(stream.text).not.toMatch(/\] (?:[1-9]|[12]\d|3[0-3])\/100/);
  });

  it('is throttled to about ten redraws a second', () => {
    const stream = fakeStream(true);
    run(stream, true, 1000, 5);
    const draws = stream.text.split('\r\x1b[2K').filter((part) => part.startsWith('[')).length;
    // 5 s in all, 4 s of them after the delay: about 40 redraws, plus the last one.
    expect(draws).toBeGreaterThan(30);
    expect(draws).toBeLessThan(50);
  });

  it('prints nothing when stderr is not a terminal', () => {
    const stream = fakeStream(false);
    run(stream, true, 100, 30);
    expect(stream.text).toBe('');
  });

  it('prints nothing when disabled (--quiet, JSON output)', () => {
    const stream = fakeStream(true);
    run(stream, false, 100, 30);
    expect(stream.text).toBe('');
  });

  it('prints nothing for a run shorter than the delay', () => {
    const stream = fakeStream(true);
    run(stream, true, 50, 10);
    expect(stream.text).toBe('');
  });

  it('fits the terminal width', () => {
    expect(progressLine(5, 10, 'feature files parsed')).toBe('[###############...............] 5/10 feature files parsed');
    expect(progressLine(5, 10, 'feature files parsed', 20)).toHaveLength(19);
    expect(progressLine(0, 0, 'files')).toBe(`[${'#'.repeat(30)}] 0/0 files`);
  });
});
