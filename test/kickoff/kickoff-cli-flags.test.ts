import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCoverage } from '../../src/cli/commands/coverage.js';
import { registerGenerate } from '../../src/cli/commands/generate.js';
import type { CommandContext } from '../../src/cli/context.js';
import { repoRoot } from '../support/corpus.js';
import { command } from './ticket-commands.js';

describe('the gherkin-bridge commands of the kickoff ticket', () => {
  it('use only flags the gherkin-bridge CLI defines', () => {
    const ctx: CommandContext = {
      io: { stdout: () => {}, stderr: () => {}, cwd: repoRoot, env: {}, stderrIsTTY: false },
      version: '0.0.0',
      setExit: () => {},
    };
    const program = new Command('gherkin-bridge');
    registerCoverage(program, ctx);
    registerGenerate(program, ctx);
    for (const prefix of ['npx --yes gherkin-bridge coverage', 'npx --yes gherkin-bridge generate']) {
      // `npx --yes gherkin-bridge <command> ...`: --yes is npx's own flag.
      const words = command(prefix).split(' ').slice(1).filter((word) => word !== '--yes');
      const sub = program.commands.find((c) => c.name() === words[1]);
      expect(sub, words[1]).toBeDefined();
      const known = new Set(sub!.options.map((option) => option.long));
      for (const flag of words.filter((word) => word.startsWith('--'))) expect(known, `${words[1]} ${flag}`).toContain(flag);
    }
  });
});
