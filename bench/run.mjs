#!/usr/bin/env node
// `npm run bench`: how `gherkin-bridge coverage` compares, in one run, with
// the obvious script and with `cucumber-js --dry-run`, at 1x-8x the corpus,
// and how fast the CLI starts. See bench/README.md. Usage:
//
//   node bench/run.mjs [--quick] [--keep]
//
//   --quick  1x only, 3 repetitions (and fewer startup runs)
//   --keep   leave the generated projects in the temporary folder
//
// Prints a table and writes bench/results.json.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSyntheticCorpus } from './synthetic-corpus.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const keep = args.has('--keep');

const SCALES = quick ? [1] : [1, 2, 4, 8];
/** Repetitions per scale: of A, B, C (and A0 and W), and of D, which takes ten times longer. */
const REPS = quick
  ? { 1: { main: 3, D: 3 } }
  : { 1: { main: 5, D: 3 }, 2: { main: 3, D: 1 }, 4: { main: 2, D: 1 }, 8: { main: 2, D: 1 } };
const STARTUP_REPS = quick ? 7 : 15;
/** D is not run at a scale where its peak RSS, extrapolated from the previous scale, would pass this (Node's default heap limit). */
const D_RSS_LIMIT_MB = 3500;
/**
 * Nor where its time, extrapolated with the growth seen between the two
 * scales before (cucumber-js grows faster than linearly), would pass this;
 * and a D run is stopped after twice as long.
 */
const D_TIME_LIMIT_MS = 120_000;
const CACHE_DIR = 'node_modules/.cache/gherkin-bridge';
const BIN = path.join(repoRoot, 'bin/gherkin-bridge.js');
const CUCUMBER = path.join(repoRoot, 'node_modules/@cucumber/cucumber/bin/cucumber.js');
const PROBE = pathToFileURL(path.join(benchDir, 'rss-probe.mjs')).href;
/** Slack allowed over exactly linear growth, for timing noise. */
const GROWTH_SLACK = 1.1;

const workspace = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-bench-'));

// ---------------------------------------------------------------- corpus --

/** Every file under `dir` (recursively) whose name ends with `suffix`, relative to `dir`. */
function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The source corpus: the shared one when present, else a synthetic one of the same size and shape. */
function sourceCorpus() {
  const shared = path.resolve(repoRoot, '../shared/corpus');
  const ok =
    existsSync(path.join(shared, 'real-features')) && existsSync(path.join(shared, 'lightspeed-stack/docs/design'));
  if (ok) return { kind: 'real', root: shared, shared };
  const root = path.join(workspace, 'synthetic');
  console.log(`${shared} is absent: generating a synthetic corpus of the same size and shape in ${root}`);
  writeSyntheticCorpus(root);
  return { kind: 'synthetic', root, shared: null };
}

/**
 * Lay out the projects: `project-<N>x/` holds the designs and N copies of the
 * feature files (`c0/` the originals, `c<k>/` each file with `# copy k`
 * appended, so that every copy is distinct text and nothing can be skipped as
 * a duplicate). Smaller scales hard-link the files of the largest one.
 */
function buildProjects(source) {
  const designs = filesUnder(path.join(source.root, 'lightspeed-stack/docs/design'), '.md').filter(
    (file) => !file.endsWith('-spike.md'),
  );
  const features = [
    ...filesUnder(path.join(source.root, 'real-features'), '.feature').map((file) => `real-features/${file}`),
    ...filesUnder(path.join(source.root, 'lightspeed-stack/tests/e2e/features'), '.feature').map(
      (file) => `lightspeed-stack/tests/e2e/features/${file}`,
    ),
  ];
  const largest = Math.max(...SCALES);
  const projects = new Map();
  const writeDesigns = (dir) => {
    // A Node.js project: its cache goes to node_modules/.cache/gherkin-bridge, which A removes.
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    for (const file of designs) {
      const target = path.join(dir, 'docs/design', file);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(source.root, 'lightspeed-stack/docs/design', file), target);
    }
  };
  const big = path.join(workspace, `project-${largest}x`);
  writeDesigns(big);
  let bytes = 0;
  for (const file of features) {
    const text = readFileSync(path.join(source.root, file));
    bytes += text.length;
    for (let k = 0; k < largest; k++) {
      const target = path.join(big, `c${k}`, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, k === 0 ? text : Buffer.concat([text, Buffer.from(`\n# copy ${k}\n`)]));
    }
  }
  projects.set(largest, big);
  for (const scale of SCALES) {
    if (scale === largest) continue;
    const dir = path.join(workspace, `project-${scale}x`);
    writeDesigns(dir);
    for (let k = 0; k < scale; k++) {
      for (const file of features) {
        const target = path.join(dir, `c${k}`, file);
        mkdirSync(path.dirname(target), { recursive: true });
        try {
          linkSync(path.join(big, `c${k}`, file), target);
        } catch {
          cpSync(path.join(big, `c${k}`, file), target);
        }
      }
    }
    projects.set(scale, dir);
  }
  // The small repository for startup: the Lightspeed excerpt as it is.
  const small = path.join(workspace, 'small');
  writeDesigns(small);
  for (const file of features.filter((f) => f.startsWith('lightspeed-stack/'))) {
    const target = path.join(small, file.slice('lightspeed-stack/'.length));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(source.root, file), target);
  }
  return { projects, small, files: features.length, bytes, designs: designs.length };
}

// ------------------------------------------------------------- measuring --

let probeCount = 0;

/**
 * Run a command to completion and measure its wall time; with `probe`, also
 * its peak RSS (read by bench/rss-probe.mjs inside the child). Output is
 * discarded. Exit codes up to `maxCode` are expected (findings, undefined steps).
 */
function measure(command, argv, { cwd, probe = true, maxCode = 1, timeoutMs = 0 }) {
  const rssFile = path.join(workspace, `rss-${probeCount++}.txt`);
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (probe) {
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${PROBE}`.trim();
    env.GB_BENCH_RSS_FILE = rssFile;
  } else {
    delete env.GB_BENCH_RSS_FILE;
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    let timedOut = false;
    const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutMs) : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const ms = performance.now() - started;
      if (timedOut) {
        reject(new Error(`stopped after ${Math.round(ms / 1000)} s`));
        return;
      }
      if (code === null || code > maxCode) {
        reject(new Error(`${command} ${argv.join(' ')} exited with ${code}:\n${stderr}`));
        return;
      }
      let rssMB = null;
      if (probe && existsSync(rssFile)) {
        rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, rssMB });
    });
  });
}

function median(values) {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The four commands over one project. */
function commands(dir, scale) {
  const copies = Array.from({ length: scale }, (_, k) => `c${k}`);
  return {
    A: {
      label: 'A coverage, cold',
      before: () => rmSync(path.join(dir, CACHE_DIR), { recursive: true, force: true }),
      run: () => measure(process.execPath, [BIN, 'coverage', '--format', 'json'], { cwd: dir }),
    },
    B: {
      label: 'B coverage, warm',
      run: () => measure(process.execPath, [BIN, 'coverage', '--format', 'json'], { cwd: dir }),
    },
    C: {
      label: 'C parse+compile script',
      run: () => measure(process.execPath, [path.join(benchDir, 'floor.mjs'), ...copies], { cwd: dir, maxCode: 0 }),
    },
    D: {
      label: 'D cucumber-js --dry-run',
      run: () =>
        measure(
          process.execPath,
          [CUCUMBER, '--dry-run', '--import', path.join(workspace, 'empty-support.mjs'), '--format', 'summary', ...copies],
          { cwd: dir, timeoutMs: 2 * D_TIME_LIMIT_MS },
        ),
    },
    W: {
      label: 'W warm floor (list, stat, read the cache)',
      run: () => measure(process.execPath, [path.join(benchDir, 'warm-floor.mjs'), ...copies], { cwd: dir, maxCode: 0 }),
    },
    A0: {
      label: 'A0 coverage --no-cache',
      run: () => measure(process.execPath, [BIN, 'coverage', '--format', 'json', '--no-cache'], { cwd: dir }),
    },
  };
}

/** Why D should not run at `scale`, from the scales measured before it, or null. */
function skipDReason(scale, before) {
  const last = before.at(-1)?.medians.D;
  if (!last || last.ms === null) return before.length > 0 ? 'it was not run, or did not complete, at the scale before' : null;
  const factor = scale / before.at(-1).scale;
  const rss = last.rssMB === null ? null : last.rssMB * factor;
  if (rss !== null && rss > D_RSS_LIMIT_MB) {
    return `its peak RSS would be about ${Math.round(rss)} MB, past Node's default heap limit`;
  }
  const first = before.length > 1 ? before.at(-2).medians.D : null;
  const growth = first?.ms ? last.ms / first.ms : factor;
  const time = last.ms * Math.max(factor, growth);
  if (time > D_TIME_LIMIT_MS) return `it would take about ${Math.round(time / 1000)} s (it grew ${growth.toFixed(1)}x at the last doubling)`;
  return null;
}

async function benchScale(scale, dir, before) {
  const reps = REPS[scale];
  const cmds = commands(dir, scale);
  // W reads the cache A writes: it always comes after A.
  const names = scale === 1 ? ['A', 'B', 'C', 'D', 'A0', 'W'] : ['A', 'B', 'C', 'D'];
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const notes = [];
  const reason = skipDReason(scale, before);
  const skipD = reason !== null;
  if (skipD) notes.push(`D not run at ${scale}x: ${reason}`);
  for (let r = 0; r < reps.main; r++) {
    const wanted = names.filter((name) => (name === 'D' ? !skipD && r < reps.D : true));
    // Alternate the order so drift in machine load does not favour one command; B always follows its A.
    const order = r % 2 === 0 ? wanted : [...wanted.filter((n) => n === 'C' || n === 'D').reverse(), 'A', 'B', ...wanted.filter((n) => n === 'A0' || n === 'W')];
    for (const name of order) {
      const cmd = cmds[name];
      cmd.before?.();
      let sample;
      try {
        sample = await cmd.run();
      } catch (error) {
        if (name !== 'D') throw error;
        // cucumber-js running out of memory at a large scale is a result, not a bench failure.
        notes.push(`D failed at ${scale}x: ${String(error.message).split('\n').slice(0, 3).join(' ')}`);
        continue;
      }
      samples[name].push(sample);
      process.stdout.write(`  ${scale}x rep ${r + 1}/${reps.main} ${name}: ${(sample.ms / 1000).toFixed(2)} s, ${fmtMB(sample.rssMB)}\n`);
    }
  }
  const medians = Object.fromEntries(
    names.map((name) => [name, { ms: median(samples[name].map((s) => s.ms)), rssMB: median(samples[name].map((s) => s.rssMB)) }]),
  );
  return { scale, reps, samples, medians, notes };
}

async function benchStartup(small) {
  // Warm the small project's cache first: a pre-commit hook runs it over and over.
  await measure(process.execPath, [BIN, 'coverage', '--quiet'], { cwd: small, probe: false });
  const runs = {
    node: () => measure(process.execPath, ['-e', '0'], { cwd: small, probe: false, maxCode: 0 }),
    version: () => measure(process.execPath, [BIN, '--version'], { cwd: small, probe: false, maxCode: 0 }),
    coverage: () => measure(process.execPath, [BIN, 'coverage'], { cwd: small, probe: false }),
    coverageNoCache: () => measure(process.execPath, [BIN, 'coverage', '--no-cache'], { cwd: small, probe: false }),
  };
  const samples = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  for (let r = 0; r < STARTUP_REPS; r++) {
    const names = Object.keys(runs);
    for (const name of r % 2 === 0 ? names : names.reverse()) samples[name].push((await runs[name]()).ms);
  }
  return { reps: STARTUP_REPS, samples, medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) };
}

// -------------------------------------------------------------- sections --

/**
 * Extra sections by other benches: each `bench/sections/*.mjs` exports
 * `async function run({ repoRoot, corpus, quick })` returning `{ name, rows }`
 * (rows: plain objects, one per table row). `corpus` is the shared corpus
 * folder, or null when it is absent.
 */
async function runSections(context) {
  const dir = path.join(benchDir, 'sections');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mjs')).sort() : [];
  const sections = [];
  for (const file of files) {
    try {
      const module = await import(pathToFileURL(path.join(dir, file)).href);
      if (typeof module.run !== 'function') throw new Error('exports no run() function');
      const result = await module.run(context);
      sections.push({ file, name: result?.name ?? file, rows: Array.isArray(result?.rows) ? result.rows : [] });
    } catch (error) {
      sections.push({ file, name: file, error: String(error?.stack ?? error), rows: [] });
    }
  }
  return sections;
}

// --------------------------------------------------------------- output --

function fmtS(ms) {
  return ms === null ? '?' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
function fmtMB(mb) {
  return mb === null || mb === undefined ? '? MB' : `${Math.round(mb)} MB`;
}
function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}
function fmtR(value) {
  return value === null ? '?' : value.toFixed(2);
}

function printTable(rows) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => String(row[c] ?? '').length)));
  const line = (cells) => cells.map((cell, k) => String(cell ?? '').padEnd(widths[k])).join('  ').trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

function targets(scales, startup) {
  const one = scales.find((s) => s.scale === 1).medians;
  const list = [];
  const add = (name, value, limit, op) =>
    list.push({ name, value, limit, met: value === null ? false : op === '<=' ? value <= limit : value >= limit });
  // The budget of issue 15 (docs/design/gherkin-bridge/gherkin-bridge.md, R30).
  add('Cold coverage A/C <= 1.0 (1x)', ratio(one.A.ms, one.C.ms), 1.0, '<=');
  add('Warm coverage B/C <= 0.35 (1x)', ratio(one.B.ms, one.C.ms), 0.35, '<=');
  add('cucumber-js D/A >= 6 (1x)', ratio(one.D.ms, one.A.ms), 6, '>=');
  for (const s of scales.filter((x) => x.scale > 1)) {
    for (const name of ['A', 'B']) {
      add(`${name} time grows at most linearly, ${s.scale}x/1x <= ${s.scale}`, ratio(s.medians[name].ms, one[name].ms), s.scale * GROWTH_SLACK, '<=');
      add(`${name} peak RSS grows at most linearly, ${s.scale}x/1x <= ${s.scale}`, ratio(s.medians[name].rssMB, one[name].rssMB), s.scale, '<=');
    }
  }
  add('--version <= 1.5x node -e 0', ratio(startup.medians.version, startup.medians.node), 1.5, '<=');
  return list;
}

// ----------------------------------------------------------------- main --

async function mainBench() {
  const started = Date.now();
  if (!existsSync(path.join(repoRoot, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  writeFileSync(path.join(workspace, 'empty-support.mjs'), '// No step definitions: every step is undefined.\n');
  const source = sourceCorpus();
  console.log(`Preparing projects in ${workspace} ...`);
  const layout = buildProjects(source);
  const machine = {
    cpus: os.availableParallelism(),
    model: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg().map((v) => Number(v.toFixed(2))),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  console.log(
    `Corpus: ${source.kind}, ${layout.files} feature files, ${(layout.bytes / 1e6).toFixed(1)} MB, ${layout.designs} designs; ` +
      `${machine.cpus} CPUs, load ${machine.loadavg.join(' ')}`,
  );

  const scales = [];
  for (const scale of SCALES) scales.push(await benchScale(scale, layout.projects.get(scale), scales));
  console.log('Startup ...');
  const startup = await benchStartup(layout.small);
  const sections = await runSections({ repoRoot, corpus: source.shared, quick });

  const rows = scales.map(({ scale, medians: m }) => ({
    scale: `${scale}x`,
    files: layout.files * scale,
    'A cold': `${fmtS(m.A.ms)} ${fmtMB(m.A.rssMB)}`,
    'B warm': `${fmtS(m.B.ms)} ${fmtMB(m.B.rssMB)}`,
    'C script': `${fmtS(m.C.ms)} ${fmtMB(m.C.rssMB)}`,
    'D cucumber': `${fmtS(m.D.ms)} ${fmtMB(m.D.rssMB)}`,
    'A/C': fmtR(ratio(m.A.ms, m.C.ms)),
    'B/C': fmtR(ratio(m.B.ms, m.C.ms)),
    'D/A': fmtR(ratio(m.D.ms, m.A.ms)),
  }));
  const runs = scales.map((s) => `${s.scale}x: ${s.reps.main} runs, D ${s.samples.D.length}`).join('; ');
  console.log(`\nCoverage over the corpus (medians; ${runs})\n`);
  printTable(rows);
  for (const note of scales.flatMap((s) => s.notes)) console.log(`  note: ${note}`);
  const a0 = scales[0].medians.A0;
  if (a0) console.log(`\nA0 (1x, --no-cache: nothing read or written): ${fmtS(a0.ms)} ${fmtMB(a0.rssMB)}`);
  const w = scales[0].medians.W;
  if (w) {
    const c = scales[0].medians.C;
    console.log(`W (1x, warm floor: list, stat, read the cache; no tool code): ${fmtS(w.ms)}, W/C ${fmtR(ratio(w.ms, c.ms))}`);
  }
  if (scales.length > 1) {
    console.log('\nGrowth against 1x (time, peak RSS)\n');
    const one = scales[0].medians;
    printTable(
      scales.map(({ scale, medians: m }) => ({
        scale: `${scale}x`,
        'A time': fmtR(ratio(m.A.ms, one.A.ms)),
        'A RSS': fmtR(ratio(m.A.rssMB, one.A.rssMB)),
        'B time': fmtR(ratio(m.B.ms, one.B.ms)),
        'B RSS': fmtR(ratio(m.B.rssMB, one.B.rssMB)),
        'C time': fmtR(ratio(m.C.ms, one.C.ms)),
        'D time': fmtR(ratio(m.D.ms, one.D.ms)),
      })),
    );
  }
  const s = startup.medians;
  console.log(`\nStartup (medians of ${startup.reps} runs, small repo = the Lightspeed excerpt)\n`);
  printTable([
    { command: 'node -e 0', time: fmtS(s.node), 'x node': '1.00' },
    { command: 'gherkin-bridge --version', time: fmtS(s.version), 'x node': fmtR(ratio(s.version, s.node)) },
    { command: 'gherkin-bridge coverage (warm cache)', time: fmtS(s.coverage), 'x node': fmtR(ratio(s.coverage, s.node)) },
    { command: 'gherkin-bridge coverage --no-cache', time: fmtS(s.coverageNoCache), 'x node': fmtR(ratio(s.coverageNoCache, s.node)) },
  ]);
  for (const section of sections) {
    console.log(`\n${section.name}${section.file !== section.name ? ` (bench/sections/${section.file})` : ''}\n`);
    if (section.error) console.log(`failed: ${section.error}`);
    else printTable(section.rows);
  }
  const verdicts = targets(scales, startup);
  console.log('\nTargets\n');
  for (const t of verdicts) {
    const value = t.value === null ? '?' : t.name.includes('MB') ? fmtMB(t.value) : fmtR(t.value);
    console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.name}: ${value}`);
  }
  const results = {
    date: new Date().toISOString(),
    quick,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine,
    corpus: { kind: source.kind, files: layout.files, bytes: layout.bytes, designs: layout.designs },
    scales,
    startup,
    targets: verdicts,
    sections,
  };
  writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results.json (${results.durationSeconds} s in all).`);
}

function cleanUp() {
  if (keep) console.log(`Kept ${workspace}`);
  else rmSync(workspace, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

try {
  await mainBench();
} finally {
  cleanUp();
}
