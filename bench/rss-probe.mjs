// Preloaded into every benchmarked Node process (NODE_OPTIONS=--import=...):
// at exit, writes the process's peak resident set size (kilobytes) to
// $GB_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env.GB_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      // The bench then reports the RSS as unknown.
    }
  });
}
