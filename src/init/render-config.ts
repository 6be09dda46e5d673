import { CONFIG_SCHEMA_URL } from '../config/schema.js';
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
  'Every key is described in gherkin-bridge\'s docs/configuration.md and in the schema named by "$schema"; "//" holds comments and is ignored.';

/** The text of `gherkin-bridge.config.json` for a layout: `"$schema"` first, the notes in `"//"`, short lists on one line. */
export function renderConfig(layout: Layout): string {
  const entries: string[] = [`  "$schema": ${JSON.stringify(CONFIG_SCHEMA_URL)}`, list('//', [INIT_HEADER, ...layout.notes]), list('designs', layout.designs), list('features', layout.features)];
  if (layout.runnerList !== null) entries.push(`  "runnerList": ${JSON.stringify(layout.runnerList)}`);
  entries.push(list('levels', layout.levels));
  return `{\n${entries.join(',\n')}\n}\n`;
}
