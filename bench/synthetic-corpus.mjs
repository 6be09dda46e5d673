// A synthetic stand-in for ../shared/corpus when it is absent: feature files
// of the same number, total size and shape as the real-world corpus (a few
// thousand files averaging ~8.5 kB, ~5 scenarios each, tags, backgrounds,
// outlines with examples, data tables, doc strings, some parse errors and
// empty files), two design docs in the Lightspeed template's shape, and a small
// "excerpt" repository (two designs, ~40 feature files, a few linked to them).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Counts of the real corpus this imitates (real-features + the Lightspeed excerpt). */
export const SHAPE = { files: 3171, bytes: 27_000_000, excerptFiles: 41 };

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'user admin course page report request response server token config cache queue item order account ' +
  'invoice product price customer session role permission group folder file share link upload download ' +
  'message notice error status field value table column row list filter search result setting option'
).split(' ');
const KEYWORDS = ['Given', 'When', 'Then', 'And', 'But'];

function pick(rand, items) {
  return items[Math.floor(rand() * items.length)];
}

function words(rand, count) {
  return Array.from({ length: count }, () => pick(rand, WORDS)).join(' ');
}

function step(rand, keyword) {
  return `    ${keyword} the ${words(rand, 3 + Math.floor(rand() * 8))} "${words(rand, 2)}"`;
}

function table(rand, indent) {
  const columns = 2 + Math.floor(rand() * 4);
  const rows = 2 + Math.floor(rand() * 6);
  const lines = [];
  for (let r = 0; r < rows; r++) {
    const cells = Array.from({ length: columns }, () => words(rand, 1 + Math.floor(rand() * 2)));
    lines.push(`${indent}| ${cells.join(' | ')} |`);
  }
  return lines;
}

function scenario(rand, n, linked) {
  const lines = [''];
  const tags = [];
  if (rand() < 0.5) tags.push(`@${pick(rand, WORDS)}`);
  if (linked) tags.push(`@R${1 + Math.floor(rand() * 6)}`);
  if (tags.length > 0) lines.push(`  ${tags.join(' ')}`);
  const outline = rand() < 0.2;
  lines.push(`  ${outline ? 'Scenario Outline' : 'Scenario'}: ${words(rand, 4)} ${n}`);
  const steps = 4 + Math.floor(rand() * 12);
  for (let s = 0; s < steps; s++) {
    lines.push(step(rand, s === 0 ? 'Given' : pick(rand, KEYWORDS)));
    const extra = rand();
    if (extra < 0.12) lines.push(...table(rand, '      '));
    else if (extra < 0.16) lines.push('      """', `      ${words(rand, 12)}`, `      ${words(rand, 9)}`, '      """');
  }
  if (outline) {
    lines.push('', '    Examples:', '      | value | other |');
    for (let e = 0; e < 2 + Math.floor(rand() * 5); e++) lines.push(`      | ${pick(rand, WORDS)} | ${e} |`);
  }
  return lines;
}

/** The text of one synthetic feature file of about `size` bytes. */
export function featureFile(rand, n, size, designSlug) {
  const kind = rand();
  if (kind < 0.001) return '';
  if (kind < 0.002) return `Feature: broken ${n}\n  Scenario: one\n    Given a step\n  not gherkin at all\n`;
  const lines = [];
  if (designSlug) lines.push(`@design:${designSlug}`);
  else if (rand() < 0.4) lines.push(`@${pick(rand, WORDS)} @${pick(rand, WORDS)}`);
  lines.push(`Feature: ${words(rand, 4)} ${n}`, `  In order to ${words(rand, 6)}`, `  As a ${pick(rand, WORDS)}`, '');
  if (rand() < 0.4) lines.push('  Background:', step(rand, 'Given'), step(rand, 'And'));
  let bytes = 0;
  let s = 0;
  while (bytes < size || s === 0) {
    const block = scenario(rand, s++, designSlug !== null);
    bytes += block.reduce((sum, line) => sum + line.length + 1, 0);
    lines.push(...block);
  }
  return `${lines.join('\n')}\n`;
}

/** A design doc in the Lightspeed template's shape, with `count` requirements. */
export function designDoc(rand, slug, count) {
  const lines = [
    `# Feature design for LCORE-${100 + count}: ${words(rand, 4)}`,
    '',
    '|                    |                 |',
    '|--------------------|-----------------|',
    '| **Date**           | 2026-01-01      |',
    `| **Feature**        | LCORE-${100 + count} |`,
    `| **Spike**          | LCORE-${200 + count} |`,
    '',
    '## What',
    '',
    words(rand, 40),
    '',
    '## Requirements',
    '',
  ];
  for (let r = 1; r <= count; r++) lines.push(`- **R${r}:** The ${words(rand, 12)}.`);
  lines.push('', '## Use Cases', '', `- **U1:** As a ${pick(rand, WORDS)}, I ${words(rand, 10)}.`, '');
  lines.push('## Acceptance test surface', '', '| Req | Observable behavior | Verified by |', '|-----|---------------------|-------------|');
  for (let r = 1; r <= count; r++) lines.push(`| R${r} | ${words(rand, 10)} | ${pick(rand, ['e2e', 'integration', 'unit', 'e2e, unit'])} |`);
  lines.push('', '## Implementation Suggestions', '', words(rand, 60), '');
  return `${lines.join('\n')}\n`;
}

/**
 * Write the synthetic corpus under `dir`: `real-features/**` (the big suite),
 * `lightspeed-stack/docs/design/<slug>/<slug>.md` and
 * `lightspeed-stack/tests/e2e/features/*.feature` (the small excerpt), the
 * same layout the real corpus has.
 */
export function writeSyntheticCorpus(dir, shape = SHAPE) {
  const rand = random(20260709);
  const slugs = ['synthetic-import', 'synthetic-config-merge'];
  for (const [k, slug] of slugs.entries()) {
    const file = path.join(dir, 'lightspeed-stack/docs/design', slug, `${slug}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, designDoc(rand, slug, 8 + k * 6));
  }
  const mean = shape.bytes / shape.files;
  for (let n = 0; n < shape.files; n++) {
    // Log-normal sizes: most files small, a few very large, mean ~ `mean`.
    const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const size = Math.min(400_000, Math.round(mean * Math.exp(0.9 * normal - 0.405)));
    const file = path.join(dir, 'real-features', `suite-${n % 4}`, `area-${n % 37}`, `feature-${n}.feature`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, featureFile(rand, n, size, null));
  }
  for (let n = 0; n < shape.excerptFiles; n++) {
    const file = path.join(dir, 'lightspeed-stack/tests/e2e/features', `excerpt-${n}.feature`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, featureFile(rand, n, 3000, n % 8 === 0 ? slugs[n % 2] : null));
  }
}
