#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundle the design worker's entry
// (dist/io/design-worker.js) and the Markdown parser it loads into one file,
// dist/io/design-worker.bundle.js. A worker started from it loads one module
// instead of about two hundred (micromark and its extensions come in many
// small packages): about 0.12 s less CPU in a cold `coverage` run, on a core
// the main thread shares. src/api/design-worker.ts starts the bundle when it
// exists, else the plain entry.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await rolldown({
  input: path.join(root, 'dist/io/design-worker.js'),
  platform: 'node',
  logLevel: 'warn',
});
try {
  await bundle.write({ file: path.join(root, 'dist/io/design-worker.bundle.js'), format: 'esm' });
} finally {
  await bundle.close();
}
