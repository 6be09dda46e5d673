import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgram, COMMANDS } from '../../src/cli/main.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { DEFAULT_SEVERITY } from '../../src/config/defaults.js';
import { FINDING_KINDS } from '../../src/model.js';
import { repoRoot } from '../support/corpus.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const doc = (name: string): string => readFileSync(path.join(repoRoot, 'docs', name), 'utf8');
const commands = doc('commands.md');
const reports = doc('reports.md');
const configuration = doc('configuration.md');

describe('the reference in docs/ stays in step with the code', () => {
  it('lists every finding kind with its default severity', () => {
    for (const [kind, info] of Object.entries(FINDING_KINDS)) {
      expect(reports, kind).toContain(`| \`${kind}\` | ${info.severity} |`);
      expect(DEFAULT_SEVERITY[kind as keyof typeof DEFAULT_SEVERITY]).toBe(info.severity);
    }
  });

  it('documents every config key', () => {
    for (const key of Object.keys(CONFIG_SCHEMA.properties)) {
      if (key === '$schema' || key === '//') continue;
      expect(configuration, key).toContain(`| \`${key}\` |`);
    }
  });

  it('documents every command and every flag', async () => {
    const io = { stdout: () => {}, stderr: () => {}, cwd: repoRoot, env: {}, stderrIsTTY: false };
    const program = await createProgram({ io, version: '0', setExit: () => {} });
    expect(program.commands.length).toBe(Object.keys(COMMANDS).length);
    for (const command of program.commands) {
      expect(commands, command.name()).toMatch(new RegExp(`^## \`${command.name()}[ \`]`, 'm'));
      for (const option of command.options) {
        expect(commands, `${command.name()} ${option.long}`).toContain(`\`${option.long}`);
      }
    }
  });
});

describe('README is a guide', () => {
  it('stays short and links only to pages that exist', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) {
      expect(() => readFileSync(path.join(repoRoot, target as string)), target).not.toThrow();
    }
  });
});
