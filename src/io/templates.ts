import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/resolve-options.js';
import { readRegularFile } from './read-text.js';

import type { TemplateSources } from '../generate/options.js';

/** The templates shipped with gherkin-bridge (`templates/` in the package). */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

async function readIfExists(file: string): Promise<string | null> {
  try {
    return (await readRegularFile(file)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`${file}: cannot read template: ${(error as Error).message}`);
  }
}

/**
 * Load the templates: the built-in ones, overridden by `feature.hbs` and/or
 * `scenario.hbs` in the user's folder, or by a single file used as the
 * feature template.
 */
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
  if (!isDir) return { ...builtin, feature: (await readIfExists(target)) ?? builtin.feature };
  const feature = await readIfExists(path.join(target, 'feature.hbs'));
  const scenario = await readIfExists(path.join(target, 'scenario.hbs'));
  if (feature === null && scenario === null) {
    throw new ConfigError(`${custom}: expected feature.hbs and/or scenario.hbs in the template folder`);
  }
  return { feature: feature ?? builtin.feature, scenario: scenario ?? builtin.scenario };
}
