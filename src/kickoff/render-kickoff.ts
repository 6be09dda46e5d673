import { posix } from 'node:path';
import { DEFAULT_SKIP_TAG } from '../generate/options.js';
import type { Design, Level, SurfaceRow } from '../model.js';
import { LEVELS } from '../model.js';
import { escapeMarkdown, markdownCode } from '../report/escape-markdown.js';
import { singleLine } from '../report/text-cleanup.js';
import { shellQuote } from './shell-quote.js';

/** What the kickoff ticket needs besides the design. */
export interface KickoffOptions {
  /** Feature file the new scenarios belong in, relative to the repository root, `/`-separated. */
  featureFile: string;
  /** Levels whose surface rows are in scope (the CLI's default is `['e2e']`). */
  levels: Level[];
  /** Path of the design doc, relative to the repository root, `/`-separated. */
  designPath: string;
  /** Tag that keeps the new scenarios out of a green run: `@skip` when absent, null for none. */
  skipTag?: string | null;
  /** Runner list the suite runs its feature files from (Lightspeed: `tests/e2e/test_list.txt`), if any. */
  runnerList?: string | null;
  /** gherkin-bridge version the printed commands pin (`npx --yes gherkin-bridge@<version>`), so they run without a package.json. */
  version?: string;
  /** Every feature file already linked to the design (the acceptance check covers them all with `featureFile`). */
  linkedFiles?: readonly string[];
  /** Requirement ids already covered by a scenario: their checklist items are ticked. */
  covered?: ReadonlySet<string>;
}

// Lightspeed titles read "Feature design for LCORE-788: <name>" or "Feature design: <name>".
const TITLE_PREFIX = /^feature design(?:(?: for [^:]*)?:| for)\s*/i;

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'none';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function codeBlock(lines: readonly string[]): string[] {
  const runs = lines.flatMap((line) => line.match(/`+/g) ?? []);
  const fence = '`'.repeat(Math.max(3, ...runs.map((run) => run.length + 1)));
  return [`${fence}sh`, ...lines, fence];
}

function scopeItem(row: SurfaceRow, texts: ReadonlyMap<string, string>, featureFile: string, covered: ReadonlySet<string>): string[] {
  const done = row.requirements.length > 0 && row.requirements.every((id) => covered.has(id));
  const ids = row.requirements.map((id) => `**${escapeMarkdown(id)}**`).join(', ') || '**(no requirement id)**';
  const verified = row.verifiedBy.trim() === '' ? row.levels.join(', ') : row.verifiedBy;
  const lines = [
    `- [${done ? 'x' : ' '}] ${ids}: ${escapeMarkdown(row.behavior)} (verified by: ${escapeMarkdown(verified)}; ` +
      `design line ${row.line}) ${done ? 'already covered' : `in ${markdownCode(featureFile)}`}`,
  ];
  for (const id of row.requirements) {
    const text = texts.get(id);
    if (text !== undefined) lines.push(`  - ${escapeMarkdown(id)}: ${escapeMarkdown(text)}`);
  }
  return lines;
}

/**
 * The Markdown body of a feature's e2e-kickoff ticket ("the feature files first, no impl Story"): the
 * scope (a checklist item per surface row at a selected level) and the acceptance criteria with the
 * commands that verify them. Design text is escaped, so it renders literally.
 */
export function renderKickoff(design: Design, options: KickoffOptions): string {
  const levels = LEVELS.filter((level) => options.levels.includes(level));
  const levelList = levels.join(',') || 'e2e';
  const skipName = (options.skipTag === undefined ? DEFAULT_SKIP_TAG : options.skipTag)?.replace(/^@/, '') || null;
  const rows = design.surface.filter((row) => row.levels.some((level) => levels.includes(level)));
  const name = (design.title ?? design.slug).replace(TITLE_PREFIX, '') || design.slug;
  const key = design.feature ? ` for ${escapeMarkdown(design.feature)}` : '';
  const featureFile = singleLine(options.featureFile);
  const designPath = singleLine(options.designPath);
  const file = markdownCode(featureFile);

  const lines: string[] = [
    `# E2E kickoff${key}: ${escapeMarkdown(name)}`,
    '',
    'Feature files first, no implementation: write the Gherkin scenarios for this feature before it is built, ' +
      `one scenario for each row of the design's Acceptance test surface verified by ${escapeMarkdown(orList(levels))}, ` +
      "tagged with the row's requirement ids. No step definitions and no implementation ship with this ticket; " +
      'the step definitions are a separate ticket, blocked by this one and by the implementation tickets.',
    '',
    `- **Design:** ${markdownCode(designPath)}`,
  ];
  if (design.feature) lines.push(`- **Feature:** ${escapeMarkdown(design.feature)}`);
  lines.push(
    `- **Feature file:** ${file}, linked to the design with ${markdownCode(`@design:${design.slug}`)}`,
    `- **Levels in scope:** ${escapeMarkdown(levels.join(', ') || 'none')}`,
    '',
    '## Scope',
    '',
  );
  if (design.surfaceLine === null) {
    lines.push(
      'The design has no Acceptance test surface section; add it to the design first, so that every ' +
        'requirement says how it is verified.',
      '',
    );
  }
  if (rows.length === 0) {
    lines.push(`- No surface row is verified by ${escapeMarkdown(orList(levels))}: this ticket has nothing in scope.`);
  } else {
    const texts = new Map(design.requirements.map((r) => [r.id, r.text]));
    for (const row of rows) lines.push(...scopeItem(row, texts, featureFile, options.covered ?? new Set()));
  }
  if (options.runnerList) {
    lines.push(`- [ ] List ${file} in the runner list ${markdownCode(singleLine(options.runnerList))}, so the suite runs it.`);
  }

  const quotedFile = shellQuote(featureFile);
  const dryRun = `behave --dry-run ${quotedFile}`;
  const skipRun = skipName ? `behave --tags=-${shellQuote(skipName)} ${quotedFile}` : null;
  // Pinned and with --yes: the repository may have no package.json (a Python project), and npx must not ask.
  const npx = `npx --yes gherkin-bridge${options.version ? `@${options.version}` : ''}`;
  const checked = [...new Set([...(options.linkedFiles ?? []), featureFile].map(singleLine))].sort();
  const coverage =
    `${npx} coverage --designs ${shellQuote(designPath)} ${checked.map((f) => `--features ${shellQuote(f)}`).join(' ')} ` +
    `--levels ${levelList} --fail-on uncovered,orphaned,parse-error`;
  // `generate` names its output <out>/<slug>.feature, so it only fits when the ticket's file has that name.
  const generate =
    posix.basename(featureFile) === `${design.slug}.feature`
      ? `${npx} generate ${shellQuote(designPath)} --out ${shellQuote(posix.dirname(featureFile))} ` +
        `--levels ${levelList}`
      : null;

  lines.push(
    '',
    '## Acceptance criteria',
    '',
    `- [ ] behave parses every new feature file: ${markdownCode(dryRun)} lists every new scenario and reports ` +
      'no parse error (it exits 1, because the new steps are undefined).',
    '- [ ] All new steps are undefined: the dry run counts every new step as undefined ' +
      '("0 steps passed, 0 failed, 0 skipped, N undefined"), and this ticket adds no step definition.',
    skipRun
      ? `- [ ] The e2e suite stays green: every new scenario is tagged ${markdownCode(`@${skipName}`)} until its ` +
          `step definitions land, so ${markdownCode(skipRun)} runs none of them (0 failed, 0 undefined), and ` +
          'the rest of the suite passes as before.'
      : '- [ ] The e2e suite stays green: the new scenarios stay out of the suite run until their step ' +
          'definitions land, and the rest of the suite passes as before.',
    `- [ ] Every row in scope has a scenario tagged with its requirement ids: ${markdownCode(coverage)} exits 0.`,
    '',
    '### Commands',
    '',
  );
  if (generate) lines.push('Start from the generated skeletons, then verify:', '');
  lines.push(...codeBlock([...(generate ? [generate] : []), dryRun, ...(skipRun ? [skipRun] : []), coverage]));
  // Once the steps land, CI runs the suite and judges the requirements by its results.
  const skipTags = skipName ? ` --tags=-${shellQuote(skipName)}` : '';
  lines.push(
    '',
    'In CI, once the step definitions land: run the suite, then judge each requirement by its results ' +
      '(`passed`, `failed`, `pending`, `not-run`, `uncovered`):',
    '',
    ...codeBlock([
      `behave${skipTags} -f json -o reports/behave.json ${quotedFile}`,
      `npx gherkin-bridge coverage --designs ${shellQuote(designPath)} --features ${quotedFile} --levels ${levelList}` +
        `${skipTags} --results reports/behave.json`,
    ]),
  );
  return `${lines.join('\n')}\n`;
}
