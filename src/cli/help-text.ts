/** What `--help` adds after the options, by command name (`''`: the program): examples, and what exit 1 means. */
const HELP: Readonly<Record<string, { examples: string[]; findings?: string }>> = {
  '': {
    examples: ['gherkin-bridge init', 'gherkin-bridge coverage --format markdown', 'gherkin-bridge coverage --help'],
    findings: 'the command found what it was asked to fail on (see its --help)',
  },
  extract: { examples: ['gherkin-bridge extract docs/design/export/export.md', 'gherkin-bridge extract docs/design/*/*.md --format json'] },
  generate: {
    examples: ['gherkin-bridge generate docs/design/export/export.md --out tests/e2e/features', 'gherkin-bridge generate docs/design/*/*.md --out features --check'],
    findings: 'with --check, a file would be created or changed; without it, a file differs and --force was not given',
  },
  coverage: {
    examples: [
      'gherkin-bridge coverage --min-coverage 80',
      'gherkin-bridge coverage --since origin/main --format github --report sarif=reports/gherkin-bridge.sarif',
    ],
    findings: 'a finding kind in failOn (--fail-on), or coverage below --min-coverage',
  },
  sync: {
    examples: ['gherkin-bridge sync --check', 'gherkin-bridge sync --into export=tests/e2e/features/export.feature'],
    findings: 'with --check, sync would change a file; or a feature file could not be edited',
  },
  link: { examples: ['gherkin-bridge link', 'gherkin-bridge link --write'], findings: 'a tag could not be written' },
  init: { examples: ['gherkin-bridge init --dry-run', 'gherkin-bridge --cwd service init'], findings: 'a config already exists (init never overwrites one)' },
  kickoff: { examples: ['gherkin-bridge kickoff docs/design/export/export.md > ticket.md'] },
};

/** The text after a command's options in its `--help` (`''` for the program). */
export function helpFooter(command: string): string {
  const help = HELP[command] ?? { examples: [] };
  const examples = help.examples.map((line) => `  $ ${line}\n`).join('');
  return (
    `${examples ? `\nExamples:\n${examples}` : ''}\nExit codes:\n  0  done, nothing to report\n` +
    (help.findings ? `  1  ${help.findings}\n` : '') +
    '  2  usage or configuration error (a bad flag, config key or missing file)\n  3  internal error (please report it)\n'
  );
}

/** commander's error as one line: `gherkin-bridge coverage: unknown option '--x' (did you mean --y?); see … --help`. */
export function oneLineError(message: string, commandPath: string): string {
  const text = message
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ');
  return `${commandPath}: ${text}; see ${commandPath} --help\n`;
}
