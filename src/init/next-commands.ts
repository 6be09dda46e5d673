import { shellQuote } from '../kickoff/shell-quote.js';
import type { Layout } from './detect-layout.js';

/** How the printed commands reach the same repository and config as `init` did. */
export interface CommandPrefix {
  /** `--cwd` to pass, or null when the commands run where `init` ran. */
  cwd: string | null;
  /** `--config` to pass, or null for the default file name. */
  config: string | null;
}

function command(prefix: CommandPrefix, rest: string): string {
  const words = ['gherkin-bridge'];
  if (prefix.cwd !== null) words.push('--cwd', shellQuote(prefix.cwd));
  if (prefix.config !== null) words.push('--config', shellQuote(prefix.config));
  return `${words.join(' ')} ${rest}`;
}

/** Design docs named on a suggested `generate` command; with more, only the first. */
const MAX_GENERATE = 3;

/** The three commands to run after `init`, for the state the repository is in (no design, no feature file, untagged scenarios, all tagged). */
export function nextCommands(layout: Layout, prefix: CommandPrefix): string[] {
  const first = layout.designFiles[0];
  if (first === undefined) {
    return [
      command(prefix, 'extract docs/design/my-feature/my-feature.md'),
      command(prefix, 'link'),
      command(prefix, 'coverage'),
    ];
  }
  if (layout.featureFiles === 0) {
    const levels = layout.levels.join(',');
    const designs = layout.designFiles.length <= MAX_GENERATE ? layout.designFiles : [first];
    const glob = layout.features[0] ?? '';
    const at = glob.indexOf('/**');
    const out = at > 0 && !glob.startsWith('!') ? glob.slice(0, at) : 'tests/e2e/features';
    return [
      command(prefix, `generate ${designs.map(shellQuote).join(' ')} --out ${shellQuote(out)} --levels ${levels}`),
      command(prefix, 'coverage'),
      command(prefix, 'sync --check'),
    ];
  }
  if (layout.untagged > 0) {
    return [command(prefix, 'link'), command(prefix, 'link --write'), command(prefix, 'coverage')];
  }
  return [command(prefix, 'coverage'), command(prefix, 'sync --check'), command(prefix, 'sync')];
}
