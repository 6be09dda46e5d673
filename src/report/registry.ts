import type { Reporter } from './types.js';

/** Every output format by its `--format` name, each loaded on first use (seven formats are fourteen modules). */
const LOADERS: Readonly<Record<string, () => Promise<Reporter>>> = {
  text: async () => (await import('./text.js')).textReport,
  json: async () => (await import('./json.js')).jsonReport,
  markdown: async () => (await import('./markdown.js')).markdownReport,
  junit: async () => (await import('./junit.js')).junitReport,
  github: async () => (await import('./github.js')).githubReport,
  sarif: async () => (await import('./sarif.js')).sarifReport,
  html: async () => (await import('./html.js')).htmlReport,
};

/** The names of every output format, in the order help and messages list them. */
export const FORMATS: readonly string[] = Object.keys(LOADERS);

/** The reporter for a format name, or undefined when there is none. */
export async function loadReporter(name: string): Promise<Reporter | undefined> {
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : undefined;
  return load ? load() : undefined;
}
