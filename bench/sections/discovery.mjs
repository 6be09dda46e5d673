// Bench section: file discovery. How long the first `discover` call of a
// process takes (loading its modules included, as in a CLI run, which calls it
// once or twice) over a project laid out like the main benchmark's 1x project
// (`c0/` with the corpus's 3,212 feature files in their folders, designs under
// `docs/design`), against the tinyglobby-based discovery it replaced. Each
// measurement is a fresh Node process; the two alternate, and the table shows
// medians. Both must find the same files.
//
// Run by bench/run.mjs (`npm run bench`), or alone, after `npm run build`:
//
//   node bench/sections/discovery.mjs [--quick]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSyntheticCorpus } from '../synthetic-corpus.mjs';

const CASES = [
  { label: 'features (defaults)', patterns: ['**/*.feature', '!**/node_modules/**'] },
  { label: 'designs (defaults)', patterns: ['docs/design/**/*.md', '!**/*-spike.md'] },
  { label: 'braces and a class', patterns: ['c0/**/*.{feature,md}', '!**/tests/**/[a-c]*.feature'] },
];

// Node's own modules are loaded before timing starts in both scripts, as they are in a CLI run
// by the time discovery starts; the modules of discovery itself (and tinyglobby's) are timed.
const BUILTINS = `
import 'node:fs';
import 'node:fs/promises';
import 'node:module';
import 'node:path';
import 'node:url';
`;

/** The first call in a fresh process: modules loaded, then one `discover`. Prints time, count and a digest. */
const NEW_SCRIPT = `${BUILTINS}
const started = performance.now();
const { discover } = await import(process.env.DISCOVER_MODULE);
const files = await discover(process.env.DISCOVER_CWD, JSON.parse(process.env.DISCOVER_PATTERNS));
const ms = performance.now() - started;
const { createHash } = await import('node:crypto');
process.stdout.write(JSON.stringify({ ms, count: files.length, digest: createHash('sha1').update(files.join('\\n')).digest('hex') }));
`;

/** The same with discovery as it was: tinyglobby, then the literal paths that are not regular files. */
const OLD_SCRIPT = `${BUILTINS}
const started = performance.now();
const { lstat } = await import('node:fs/promises');
const path = (await import('node:path')).default;
const { glob, isDynamicPattern } = await import(process.env.TINYGLOBBY_MODULE);
async function discover(cwd, patterns) {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0) return [];
  const files = await glob(include, { cwd, ignore: ['**/.git/**', ...excluded], onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
  const literal = include.filter((pattern) => !isDynamicPattern(pattern) && !excluded.includes(pattern));
  const named = await Promise.all(literal.map(async (pattern) => {
    const absolute = path.resolve(cwd, pattern);
    try { if ((await lstat(absolute)).isFile()) return null; } catch { return null; }
    const relative = path.relative(cwd, absolute).split(path.sep).join('/');
    return relative === '' || relative.split('/').includes('.git') ? null : relative;
  }));
  return [...new Set([...files, ...named.filter((file) => file !== null)])].sort();
}
const files = await discover(process.env.DISCOVER_CWD, JSON.parse(process.env.DISCOVER_PATTERNS));
const ms = performance.now() - started;
const { createHash } = await import('node:crypto');
process.stdout.write(JSON.stringify({ ms, count: files.length, digest: createHash('sha1').update(files.join('\\n')).digest('hex') }));
`;

/** The floor: every folder read with readdirSync, one at a time, nothing matched. */
const FLOOR_SCRIPT = `${BUILTINS}
const started = performance.now();
const { readdirSync } = await import('node:fs');
let count = 0;
const folders = [process.env.DISCOVER_CWD];
for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) folders.push(folder + '/' + entry.name);
    else if (entry.isFile()) count++;
  }
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, count, digest: '' }));
`;

function filesUnder(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'));
}

/** The 1x project's folders and file names (discovery reads no content, so the files are empty). */
function buildProject(source, dir) {
  const features = [
    ...filesUnder(path.join(source, 'real-features'), '.feature').map((file) => `real-features/${file}`),
    ...filesUnder(path.join(source, 'lightspeed-stack/tests/e2e/features'), '.feature').map((file) => `lightspeed-stack/tests/e2e/features/${file}`),
  ];
  const designs = filesUnder(path.join(source, 'lightspeed-stack/docs/design'), '.md').map((file) => `docs/design/${file}`);
  for (const file of [...features.map((file) => `c0/${file}`), ...designs]) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, '');
  }
  return features.length;
}

function measure(script, env) {
  const result = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`discovery child failed: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export async function run({ repoRoot, corpus, quick }) {
  const module = path.join(repoRoot, 'dist/io/discover.js');
  if (!existsSync(module)) throw new Error(`${module} is missing: run npm run build first`);
  const tinyglobby = createRequire(path.join(repoRoot, 'package.json')).resolve('tinyglobby');
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-discovery-'));
  try {
    let source = corpus;
    if (source === null) {
      source = path.join(workspace, 'synthetic');
      writeSyntheticCorpus(source);
    }
    const project = path.join(workspace, 'project');
    const featureFiles = buildProject(source, project);
    // Child scripts as files, so that timing starts with Node's module loader up, as in a CLI run.
    const scripts = { old: path.join(workspace, 'old.mjs'), new: path.join(workspace, 'new.mjs'), floor: path.join(workspace, 'floor.mjs') };
    writeFileSync(scripts.old, OLD_SCRIPT);
    writeFileSync(scripts.new, NEW_SCRIPT);
    writeFileSync(scripts.floor, FLOOR_SCRIPT);
    const repetitions = quick ? 5 : 15;
    const rows = [];
    for (const [index, { label, patterns }] of CASES.entries()) {
      const env = {
        DISCOVER_MODULE: pathToFileURL(module).href,
        TINYGLOBBY_MODULE: pathToFileURL(tinyglobby).href,
        DISCOVER_CWD: project,
        DISCOVER_PATTERNS: JSON.stringify(patterns),
      };
      // The floor runs beside the first case, in the same rotation, so that it sees the same load.
      const kinds = index === 0 ? ['old', 'new', 'floor'] : ['old', 'new'];
      const times = { old: [], new: [], floor: [] };
      const results = {};
      for (let k = 0; k < repetitions; k++) {
        const order = [...kinds.slice(k % kinds.length), ...kinds.slice(0, k % kinds.length)];
        for (const which of order) {
          const result = measure(scripts[which], env);
          times[which].push(result.ms);
          results[which] = result;
        }
      }
      const before = median(times.old);
      const after = median(times.new);
      rows.push({
        case: label,
        patterns: patterns.join(' '),
        files: results.new.count,
        'tinyglobby ms': before.toFixed(1),
        'discover ms': after.toFixed(1),
        'speed-up': `${(before / after).toFixed(2)}x`,
        'same files': results.old.digest === results.new.digest ? 'yes' : 'NO',
      });
      if (index === 0) {
        rows.push({
          case: 'floor: readdirSync walk, nothing matched',
          patterns: '',
          files: results.floor.count,
          'tinyglobby ms': '',
          'discover ms': median(times.floor).toFixed(1),
          'speed-up': '',
          'same files': '',
        });
      }
    }
    return {
      name: `discovery: first call in a fresh process, modules loaded (1x project, ${featureFiles} feature files, median of ${repetitions})`,
      rows,
    };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const corpus = path.resolve(repoRoot, '../shared/corpus');
  const section = await run({ repoRoot, corpus: existsSync(corpus) ? corpus : null, quick: process.argv.includes('--quick') });
  console.log(section.name);
  console.table(section.rows);
}
