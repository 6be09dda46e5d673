import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderKickoff } from '../../src/kickoff/render-kickoff.js';
import { repoRoot } from '../support/corpus.js';
import { expectGolden } from '../support/golden.js';
import { CONFIG_MERGE, HOSTILE_DESIGN } from './fixtures.js';

const FEATURE_FILE = 'tests/e2e/features/config-merge.feature';
const BASE = { featureFile: FEATURE_FILE, levels: ['e2e' as const], designPath: CONFIG_MERGE.path };

function parse(markdown: string): RootContent[] {
  const all: RootContent[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type !== 'root') all.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return all;
}

/** Checklist items of the `## Scope` section, as rendered text. */
function scopeItems(markdown: string): string[] {
  const scope = markdown.slice(markdown.indexOf('## Scope'), markdown.indexOf('## Acceptance criteria'));
  return parse(scope)
    .filter((node) => node.type === 'listItem' && node.checked === false)
    .map((node) => toString(node));
}

function commands(markdown: string): string[] {
  const block = parse(markdown).find((node) => node.type === 'code');
  return block && block.type === 'code' ? block.value.split('\n') : [];
}

describe('renderKickoff', () => {
  it('golden: an ordinary design at the default level', () => {
    expectGolden(path.join(repoRoot, 'test/kickoff/golden/config-merge.md'), renderKickoff(CONFIG_MERGE, BASE));
  });

  it('golden: a hostile design at two levels, no skip tag, a runner list', () => {
    const out = renderKickoff(HOSTILE_DESIGN, {
      featureFile: "tests/e2e/features/it's `odd`.feature",
      levels: ['integration', 'e2e'],
      designPath: HOSTILE_DESIGN.path,
      skipTag: null,
      runnerList: 'tests/e2e/test_list.txt',
    });
    expectGolden(path.join(repoRoot, 'test/kickoff/golden/hostile.md'), out);
  });

  it('has one checklist item per surface row verified at a selected level, with ids, behavior and file', () => {
    const e2e = scopeItems(renderKickoff(CONFIG_MERGE, BASE));
    expect(e2e).toHaveLength(2);
    expect(e2e[0]).toContain('R1: Unified config boots; /readiness and /v1/query succeed');
    expect(e2e[0]).toContain('A single configuration file boots the service in both modes.');
    expect(e2e[1]).toContain('R2: Legacy config boots with one WARN at startup (verified by: e2e + unit; design line 151)');
    for (const item of e2e) expect(item).toContain(`in ${FEATURE_FILE}`);

    const wider = scopeItems(renderKickoff(CONFIG_MERGE, { ...BASE, levels: ['integration', 'e2e'] }));
    expect(wider).toHaveLength(3);
    expect(wider[2]).toContain('R3, R3a: Load fails with an error naming `--migrate-config`');
    expect(wider[2]).toContain('R3a: The rejection names the migration flag.');

    const manual = renderKickoff(CONFIG_MERGE, { ...BASE, levels: ['manual'] });
    expect(scopeItems(manual)).toEqual([]);
    expect(manual).toContain('No surface row is verified by manual: this ticket has nothing in scope.');
  });

  it('names the ticket after the design without the template prefix, with its Jira key', () => {
    const heading = parse(renderKickoff(CONFIG_MERGE, BASE)).find((n) => n.type === 'heading' && n.depth === 1);
    expect(heading && toString(heading)).toBe('E2E kickoff for LCORE-4321: unified configuration file');
    const untitled = renderKickoff({ ...CONFIG_MERGE, title: null, feature: null }, BASE);
    expect(untitled.split('\n')[0]).toBe('# E2E kickoff: config-merge');
  });

  it('gives acceptance criteria with the exact commands that verify them', () => {
    const out = renderKickoff(CONFIG_MERGE, BASE);
    const criteria = out.slice(out.indexOf('## Acceptance criteria'));
    expect(criteria.match(/^- \[ \] /gm)).toHaveLength(4);
    expect(commands(out)).toEqual([
      `npx --yes gherkin-bridge generate ${CONFIG_MERGE.path} --out tests/e2e/features --levels e2e`,
      `behave --dry-run ${FEATURE_FILE}`,
      `behave --tags=-skip ${FEATURE_FILE}`,
      `npx --yes gherkin-bridge coverage --designs ${CONFIG_MERGE.path} --features ${FEATURE_FILE} --levels e2e --fail-on uncovered,orphaned,parse-error`,
    ]);
    for (const command of commands(out).slice(1)) expect(criteria).toContain(`\`${command}\``);
    expect(commands(renderKickoff(CONFIG_MERGE, { ...BASE, skipTag: 'wip' }))).toContain(`behave --tags=-wip ${FEATURE_FILE}`);
    expect(commands(renderKickoff(CONFIG_MERGE, { ...BASE, featureFile: 'tests/e2e/features/other.feature' }))[0]).toMatch(/^behave /);
  });

  it('pins the version for a repository without a package.json, checks every linked file and ticks covered rows', () => {
    const out = renderKickoff(CONFIG_MERGE, { ...BASE, version: '1.2.3', linkedFiles: ['tests/e2e/features/b.feature'], covered: new Set(['R1']) });
    expect(commands(out).at(-1)).toBe(
      `npx --yes gherkin-bridge@1.2.3 coverage --designs ${CONFIG_MERGE.path} --features tests/e2e/features/b.feature --features ${FEATURE_FILE} --levels e2e --fail-on uncovered,orphaned,parse-error`,
    );
    expect(out).toMatch(/^- \[x\] \*\*R1\*\*.* already covered$/m);
    expect(scopeItems(out)).toEqual([expect.stringMatching(/^R2: /)]);
  });

  it('says so when the design has no Acceptance test surface', () => {
    const out = renderKickoff({ ...CONFIG_MERGE, surface: [], surfaceLine: null }, BASE);
    expect(out).toContain('The design has no Acceptance test surface section');
    expect(scopeItems(out)).toEqual([]);
  });

  it('renders hostile design text literally: no HTML, emphasis, link text or mention comes out of it', () => {
    const out = renderKickoff(HOSTILE_DESIGN, { featureFile: 'f.feature', levels: ['e2e'], designPath: HOSTILE_DESIGN.path });
    const nodes = parse(out);
    expect(nodes.filter((n) => ['html', 'emphasis', 'delete', 'image', 'linkReference'].includes(n.type))).toEqual([]);
    for (const link of nodes.filter((n) => n.type === 'link')) expect(link.type === 'link' && link.url).toBe(toString(link));
    expect(nodes.filter((n) => n.type === 'heading').map((n) => toString(n))).toEqual([
      expect.stringContaining('E2E kickoff for LCORE-1 <b>: # Title Evil <img src=x onerror=alert(1)> & *bold* _u_ [l](http://x.test) | pipe `tick` @team next line'),
      'Scope',
      'Acceptance criteria',
      'Commands',
    ]);
    // Mentions are code, so GitHub and Jira notify nobody.
    expect(nodes.filter((n) => n.type === 'inlineCode').map((n) => toString(n))).toContain('@team');
    const [item] = scopeItems(out);
    expect(item).toContain('R1: Behavior Evil <img src=x onerror=alert(1)> & *bold* _u_ [l](http://x.test) | pipe `tick` @team next line');
    expect(out.includes('\r') || out.includes('\u0000')).toBe(false);
  });
});
