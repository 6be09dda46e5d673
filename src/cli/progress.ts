/** Where a progress bar is drawn: a terminal's stderr, or a fake one in tests. */
export interface ProgressStream {
  write: (text: string) => void;
  /** Only an interactive terminal gets a bar (a log file or a pipe would fill with redraws). */
  isTTY: boolean;
  /** Terminal width, when known. */
  columns?: number;
}

/** A progress bar that may never show. */
export interface Progress {
  /** Record that `done` of `total` items are finished; redraws when due. */
  update: (done: number, total: number) => void;
  /** Erase the bar, if it was drawn. Call it before printing anything else. */
  finish: () => void;
}

const BAR_WIDTH = 30;
/** Draw only once the run has lasted this long (quick runs stay silent), and at most every INTERVAL_MS. */
const DELAY_MS = 1000;
const INTERVAL_MS = 100;

/**
 * Create a progress bar on `options.stream`; it draws nothing unless enabled (false with `--quiet` or
 * machine-readable output), on a TTY, and the run is slow. `now` is the clock, replaceable in tests.
 */
export function createProgress(options: { stream: ProgressStream; enabled: boolean; now?: () => number }): Progress {
  const { stream, enabled } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const active = enabled && stream.isTTY;
  let drawn = false;
  let lastDraw = -Infinity;

  return {
    update(done, total) {
      if (!active) return;
      const time = now();
      if (time - started < DELAY_MS) return;
      if (time - lastDraw < INTERVAL_MS && done !== total) return;
      lastDraw = time;
      drawn = true;
      stream.write(`\r\x1b[2K${progressLine(done, total, 'feature files parsed', stream.columns)}`);
    },
    finish() {
      if (!drawn) return;
      drawn = false;
      stream.write('\r\x1b[2K');
    },
  };
}

/** The text of the bar: `[#####.....] 1234/3171 feature files parsed`, cut to the terminal width. */
export function progressLine(done: number, total: number, label: string, columns?: number): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
  // One column short of the width, so the cursor never wraps to a new line.
  return columns && columns > 1 && line.length >= columns ? line.slice(0, columns - 1) : line;
}
