import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgram, COMMANDS } from '../../src/cli/main.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { DEFAULT_SEVERITY } from '../../src/config/defaults.js';
import { FINDING_KINDS } from '../../src/report/finding-kinds.js';
import { repoRoot } from '../support/corpus.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('README stays in step with the code', () => {
  it('lists every finding kind with its default severity', () => {
    for (const [kind, info] of Object.entries(FINDING_KINDS)) {
      expect(readme, kind).toContain(`| \`${kind}\` | ${info.severity} |`);
      expect(DEFAULT_SEVERITY[kind as keyof typeof DEFAULT_SEVERITY]).toBe(info.severity);
    }
  });

  it('documents every config key', () => {
    for (const key of Object.keys(CONFIG_SCHEMA.properties)) {
      if (key === '$schema' || key === '//') continue;
      expect(readme, key).toContain(`| \`${key}\` |`);
    }
  });

  it('documents every command and every flag', async () => {
    const io = { stdout: () => {}, stderr: () => {}, cwd: repoRoot, env: {}, stderrIsTTY: false };
    const program = createProgram({ io, version: '0', setExit: () => {} });
    expect(program.commands.length).toBe(Object.keys(COMMANDS).length);
    for (const command of program.commands) {
      expect(readme, command.name()).toMatch(new RegExp(`### \`${command.name()}[ \`]`));
      for (const option of command.options) {
        expect(readme, `${command.name()} ${option.long}`).toContain(`\`${option.long}`);
      }
    }
  });
});
