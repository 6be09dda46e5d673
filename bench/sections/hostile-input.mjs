// Bench section: hostile sizes. How long gherkin-bridge takes over a huge
// design doc, a 20,000-row surface table, a 50 MB feature file, a line of
// 1,000,000 characters and 100,000 `|` in a row, as a ratio against reading
// the same bytes from disk, and whether that time grows linearly: each input
// is measured at three sizes (1x, 2x, 4x), each case in a fresh child process.
//
// Run by bench/run.mjs (`npm run bench`), or alone, after `npm run build`:
//
//   node bench/sections/hostile-input.mjs [--quick]
//
// The design doc is measured at 1, 2 and 4 MB (the largest read: a bigger one
// is one finding, see src/design/size-cap.ts). --quick divides every size by 4.
// The `]` run (quadratic in the Markdown parser's GFM footnote handling before
// design extraction avoided it) is measured at sizes where it takes long
// enough to be judged.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
/** Time over exactly linear growth still called linear: measurement noise on a busy machine. */
const SLACK = 1.5;
/** A case that takes longer than this is stopped and reported as such. */
const CASE_TIMEOUT_MS = 5 * 60_000;

// ----------------------------------------------------------------- inputs --

const SURFACE_HEAD = '## Acceptance test surface\n\n| Req | Observable behavior | Verified by |\n|-----|---------------------|-------------|\n';

/** A design doc of about `bytes` bytes, shaped like a real one: metadata, prose, requirements, a big surface table. */
function designDoc(bytes) {
  const prose = 'The service answers questions about its `config` files and keeps a log of every answer it gives.\n\n';
  const parts = ['# Feature design for a big design\n\n| | |\n|-|-|\n| **Feature** | LCORE-1 |\n\n## What\n\n'];
  let size = parts[0].length;
  const push = (text) => {
    parts.push(text);
    size += text.length;
  };
  while (size < bytes * 0.3) push(prose);
  push('## Requirements\n\n');
  let requirements = 0;
  while (size < bytes * 0.55) push(`- **R${++requirements}:** The service does thing number ${requirements} when asked.\n`);
  push(`\n${SURFACE_HEAD}`);
  let row = 0;
  while (size < bytes) {
    row++;
    push(`| R${((row - 1) % requirements) + 1} | Behavior ${row} is visible with \`code\` and a \\| pipe | unit + e2e |\n`);
  }
  return parts.join('');
}

function surfaceRows(rows) {
  const lines = Array.from({ length: rows }, (_, k) => `| R${k + 1} | Behavior ${k + 1} is visible with \`code\` and a \\| pipe | e2e |`);
  return `# Rows\n\n${SURFACE_HEAD}${lines.join('\n')}\n`;
}

/** A feature file of about `bytes` bytes: generated scenarios with provenance, tags, tables and doc strings. */
function featureFile(bytes) {
  const parts = ['@design:big\nFeature: Big\n\n'];
  let size = parts[0].length;
  for (let k = 1; size < bytes; k++) {
    const block =
      `  # gherkin-bridge: design=big row=R${k} behavior=0123456789ab\n  # behavior: Behavior ${k} is visible\n` +
      `  @R${k} @skip\n  Scenario: Behavior ${k} is visible\n    Given a table\n      | a | b | c |\n      | ${k} | x | y |\n` +
      `    When a doc string\n      """\n      text ${k}\n      """\n    Then it works\n\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

const words = (chars) => 'word '.repeat(Math.ceil(chars / 5)).slice(0, chars);

/** Each case: a label, its sizes at 1x/2x/4x, how to build the input, what to run over it. */
const CASES = {
  'design-doc': { label: 'design doc (MB)', sizes: [1, 2, 4], unit: 1e6, kind: 'design', build: (mb) => designDoc(mb * 1e6) },
  'surface-rows': { label: 'surface table (rows)', sizes: [5_000, 10_000, 20_000], kind: 'design', build: surfaceRows },
  'feature-file': { label: 'feature file (MB)', sizes: [12.5, 25, 50], unit: 1e6, kind: 'feature', build: (mb) => featureFile(mb * 1e6) },
  'long-line-feature': { label: 'feature: one line (chars)', sizes: [250_000, 500_000, 1_000_000], kind: 'feature', build: (n) => `Feature: f\n  Scenario: s\n    Given ${words(n)}\n` },
  'long-line-design': { label: 'design: one cell (chars)', sizes: [250_000, 500_000, 1_000_000], kind: 'design', build: (n) => `${SURFACE_HEAD}| R1 | ${words(n)} | e2e |\n` },
  'pipes-feature': { label: 'feature: `|` in a row', sizes: [25_000, 50_000, 100_000], kind: 'feature', build: (n) => `Feature: f\n  Scenario: s\n    Given t\n      ${'|'.repeat(n)}\n` },
  'pipes-design': { label: 'design: `|` in a row', sizes: [25_000, 50_000, 100_000], kind: 'design', build: (n) => `${SURFACE_HEAD}| R1 | x ${'|'.repeat(n)} | e2e |\n` },
  'escaped-pipes-design': { label: 'design: `\\|` in a cell', sizes: [25_000, 50_000, 100_000], kind: 'design', build: (n) => `${SURFACE_HEAD}| R1 | ${'\\|'.repeat(n)} | e2e |\n` },
  'behavior-spaces': { label: 'feature: spaces in `# behavior:`', sizes: [25_000, 50_000, 100_000], kind: 'feature', build: (n) => `@design:d\nFeature: f\n  # gherkin-bridge: design=d row=R1 behavior=0123456789ab\n  # behavior: ${' '.repeat(n)}x\n  @R1\n  Scenario: s\n    Given x\n` },
  // Stale detection once compared each generated scenario with every row (5k rows 2.3 s, 20k 19 s).
  'stale-rows': { label: 'coverage: generated scenarios x rows', sizes: [5_000, 10_000, 20_000], kind: 'coverage', build: surfaceRows },
  // Both were quadratic in the Markdown parser before the markup guard (issue 17).
  'image-brackets-design': { label: 'design: `![x ` then `]` in a row', sizes: [25_000, 50_000, 100_000], kind: 'design', build: (n) => `# B\n\n![x ${']'.repeat(n)}\n` },
  'link-openers-design': { label: 'design: `[a](` repeated', sizes: [25_000, 50_000, 100_000], kind: 'design', build: (n) => `# B\n\n${'[a]('.repeat(n)}\n` },
  'brackets-design': { label: 'design: `]` in a row (footnotes)', sizes: [50_000, 100_000, 200_000], kind: 'design', build: (n) => `# B\n\nSome text ${']'.repeat(n)}\n` },
};

// ------------------------------------------------------------------ child --

/**
 * Run `fn` until `minMs` have passed (at most `maxReps` times) and return the
 * wall and CPU time of one run: small inputs are timed over many runs, so
 * that their growth is not timer noise.
 */
function timeIt(fn, minMs, maxReps) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let reps = 0;
  let result;
  do {
    result = fn();
    reps++;
  } while (performance.now() - started < minMs && reps < maxReps);
  const used = process.cpuUsage(cpu);
  return { ms: (performance.now() - started) / reps, cpuMs: (used.user + used.system) / 1000 / reps, reps, result };
}

/** In the child: build each size, read it back from a file, process it; print the timings as JSON. */
async function child(name, sizes) {
  const { repoRoot, dir } = JSON.parse(process.env.HOSTILE_BENCH_CONTEXT);
  const dist = (module) => import(pathToFileURL(path.join(repoRoot, 'dist', module)).href);
  const { extractDesign } = await dist('design/extract-design.js');
  const { renderFeature } = await dist('generate/render-feature.js');
  const { indexFeature } = await dist('features/index-feature.js');
  const { computeCoverage } = await dist('coverage/compute-coverage.js');
  const templates = {
    feature: readFileSync(path.join(repoRoot, 'templates/feature.hbs'), 'utf8'),
    scenario: readFileSync(path.join(repoRoot, 'templates/scenario.hbs'), 'utf8'),
  };
  const levels = ['e2e', 'integration', 'unit', 'manual', 'unknown'];
  const spec = CASES[name];
  const generated = new Map();
  const processText = (text) => {
    if (spec.kind === 'coverage') {
      // The design and its generated feature file, read and judged: the generation itself is not timed.
      const design = extractDesign(text, `docs/design/${name}.md`);
      if (!generated.has(text)) generated.set(text, renderFeature(design, { levels, skipTag: '@skip', templates }));
      const feature = indexFeature(generated.get(text), `features/${name}.feature`);
      return computeCoverage([design], [feature], { levels, severity: {} }).findings.length;
    }
    if (spec.kind === 'feature') {
      const index = indexFeature(text, `${name}.feature`);
      return index.scenarios.length + index.diagnostics.length;
    }
    const design = extractDesign(text, `docs/design/${name}.md`);
    if (design.surface.length === 0) return design.diagnostics.length;
    return design.surface.length + renderFeature(design, { levels, skipTag: '@skip', templates }).length;
  };
  // Warm up (module loading, JIT) on a small input, so that the 1x size is not the slow one.
  const warm = spec.build(spec.unit ? sizes[0] / 8 : Math.max(1, Math.round(sizes[0] / 8)));
  timeIt(() => processText(warm), 300, 50);

  const results = [];
  for (const size of sizes) {
    const file = path.join(dir, `${name}-${size}.txt`);
    writeFileSync(file, spec.build(size));
    globalThis.gc?.();
    const read = timeIt(() => readFileSync(file, 'utf8'), 50, 1000);
    const text = read.result;
    if (spec.kind === 'coverage') processText(text); // generates the feature file, untimed
    globalThis.gc?.();
    const work = timeIt(() => processText(text), 300, 30);
    results.push({ size, bytes: Buffer.byteLength(text), readMs: read.ms, ms: work.ms, cpuMs: work.cpuMs, reps: work.reps, work: work.result });
    rmSync(file, { force: true });
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

// ----------------------------------------------------------------- parent --

function runChild(name, sizes, context) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', SELF, '--child', name, JSON.stringify(sizes)], {
      env: { ...process.env, HOSTILE_BENCH_CONTEXT: JSON.stringify(context) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk) => (stdout += chunk));
    proc.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    const timer = setTimeout(() => proc.kill('SIGKILL'), CASE_TIMEOUT_MS);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ results: JSON.parse(stdout.trim().split('\n').pop()) });
      else resolve({ error: signal === 'SIGKILL' ? `stopped after ${CASE_TIMEOUT_MS / 60_000} min` : `exit ${code}: ${stderr.split('\n').slice(0, 3).join(' ')}` });
    });
  });
}

const fmtMs = (ms) => (ms < 1000 ? `${ms.toFixed(ms < 1 ? 3 : ms < 10 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtSize = (size, spec) => (spec.unit ? `${size} MB` : size.toLocaleString('en-US'));

/**
 * Rows for one case: per size its bytes, read and process time, their ratio,
 * and the growth of CPU time against the 1x size (linear: 2x -> about 2).
 */
function caseRows(name, spec, outcome) {
  if (outcome.error) {
    return [{ input: spec.label, size: '-', bytes: '-', read: '-', process: '-', 'process/read': '-', growth: '-', verdict: `FAILED (${outcome.error})` }];
  }
  const [first] = outcome.results;
  const rows = outcome.results.map((r) => {
    const scale = r.bytes / first.bytes;
    const growth = r.cpuMs / Math.max(first.cpuMs, 0.001);
    const linear = growth <= scale * SLACK;
    return {
      input: spec.label,
      size: fmtSize(r.size, spec),
      bytes: r.bytes.toLocaleString('en-US'),
      read: fmtMs(r.readMs),
      process: fmtMs(r.ms),
      'process/read': Math.round(r.ms / Math.max(r.readMs, 0.001)).toLocaleString('en-US'),
      growth: r === first ? '1x' : `${growth.toFixed(1)}x for ${scale.toFixed(1)}x bytes`,
      // Under 50 ms, growth is mostly timer and cache noise: not judged.
      verdict: r === first ? '' : r.ms < 50 ? 'fast (< 50 ms)' : linear ? 'linear' : 'SUPERLINEAR',
    };
  });
  const last = outcome.results.at(-1);
  if (spec.target && last && last.size < spec.target) {
    const estimate = (last.ms * spec.target) / last.size;
    rows.push({ ...rows.at(-1), size: `${spec.target} MB (est.)`, bytes: '-', read: '-', process: `~${fmtMs(estimate)}`, 'process/read': '-', growth: 'extrapolated', verdict: '' });
  }
  return rows;
}

/** The bench/run.mjs entry point. */
export async function run({ repoRoot, quick = false }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-bench-hostile-'));
  const rows = [];
  try {
    for (const [name, spec] of Object.entries(CASES)) {
      const sizes = quick ? spec.sizes.map((s) => (spec.unit ? s / 4 : Math.round(s / 4))) : spec.sizes;
      process.stdout.write(`  hostile input: ${spec.label} at ${sizes.join(', ')} ...\n`);
      rows.push(...caseRows(name, spec, await runChild(name, sizes, { repoRoot, dir })));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: 'Hostile input: time to process vs time to read the same bytes, and growth with size', rows };
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  if (process.argv[2] === '--child') {
    await child(process.argv[3], JSON.parse(process.argv[4]));
  } else {
    const args = new Set(process.argv.slice(2));
    const repoRoot = path.resolve(path.dirname(SELF), '../..');
    const started = Date.now();
    const { name, rows } = await run({ repoRoot, quick: args.has('--quick') });
    console.log(`\n${name}\n`);
    console.table(rows);
    console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
  }
}
