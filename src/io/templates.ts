import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/resolve-options.js';
import { readOptionalText } from './read-text.js';
import type { TemplateSources } from '../generate/options.js';

/** The templates shipped with gherkin-bridge (`templates/` in the package). */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The built-in templates, overridden by `feature.hbs` and/or `scenario.hbs` of a folder, or by one feature template file. */
export async function loadTemplates(cwd: string, custom: string | null): Promise<TemplateSources> {
  const builtin = {
    feature: await readFile(path.join(BUILTIN_TEMPLATES_DIR, 'feature.hbs'), 'utf8'),
    scenario: await readFile(path.join(BUILTIN_TEMPLATES_DIR, 'scenario.hbs'), 'utf8'),
  };
  if (custom === null) return builtin;
  const target = path.resolve(cwd, custom);
  let isDir: boolean;
  try {
    isDir = (await stat(target)).isDirectory();
  } catch {
    throw new ConfigError(`${custom}: template file or folder does not exist`);
  }
  if (!isDir) return { ...builtin, feature: (await readOptionalText(target, ' template')) ?? builtin.feature };
  const feature = await readOptionalText(path.join(target, 'feature.hbs'), ' template');
  const scenario = await readOptionalText(path.join(target, 'scenario.hbs'), ' template');
  if (feature === null && scenario === null) {
    throw new ConfigError(`${custom}: expected feature.hbs and/or scenario.hbs in the template folder`);
  }
  return { feature: feature ?? builtin.feature, scenario: scenario ?? builtin.scenario };
}
