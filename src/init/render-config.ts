import type { Layout } from './detect-layout.js';

/** Longest line on which a list stays on one line. */
const MAX_LINE = 100;

function list(key: string, values: readonly string[]): string {
  const inline = `  ${JSON.stringify(key)}: [${values.map((value) => JSON.stringify(value)).join(', ')}]`;
  if (inline.length <= MAX_LINE) return inline;
  return [`  ${JSON.stringify(key)}: [`, values.map((value) => `    ${JSON.stringify(value)}`).join(',\n'), '  ]'].join('\n');
}

/** The first line of the `"//"` comments `init` writes. */
export const INIT_HEADER =
  'Written by `gherkin-bridge init` from what it found in this repository; edit freely. ' +
  'Every key is described in docs/configuration.md of gherkin-bridge; "//" holds comments and is ignored.';

/**
 * The text of `gherkin-bridge.config.json` for a layout: JSON (so the
 * schema's one comment key, `"//"`, carries the notes explaining each
 * value), short lists on one line, a final newline. Pure.
 */
export function renderConfig(layout: Layout): string {
  const entries: string[] = [list('//', [INIT_HEADER, ...layout.notes]), list('designs', layout.designs), list('features', layout.features)];
  if (layout.runnerList !== null) entries.push(`  "runnerList": ${JSON.stringify(layout.runnerList)}`);
  entries.push(list('levels', layout.levels));
  return `{\n${entries.join(',\n')}\n}\n`;
}
