import path from 'node:path';
import { checkConfig, ConfigError, type ConfigInput } from '../config/resolve-options.js';
import { readRegularFile } from './read-text.js';

/** The config file names looked for, in order, in the working directory. */
export const CONFIG_FILE = 'gherkin-bridge.config.json';

/** A loaded config and where it came from (null when none was found). */
export interface LoadedConfig {
  config: ConfigInput;
  source: string | null;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? `${file}:${lineColumn(text, Number(position[1]))}` : file;
    throw new ConfigError(`${where}: invalid JSON: ${message}`);
  }
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return (await readRegularFile(file)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`${file}: cannot read: ${(error as Error).message}`);
  }
}

/**
 * Find and validate the configuration: the file given with `--config`, else
 * `gherkin-bridge.config.json` in `cwd`, else the `"gherkin-bridge"` key of
 * `cwd/package.json`, else nothing (defaults only).
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    const text = await readOptional(file);
    if (text === null) throw new ConfigError(`${explicit}: config file does not exist`);
    return { config: checkConfig(parseJson(text, explicit), explicit), source: explicit };
  }
  const own = await readOptional(path.join(cwd, CONFIG_FILE));
  if (own !== null) {
    return { config: checkConfig(parseJson(own, CONFIG_FILE), CONFIG_FILE), source: CONFIG_FILE };
  }
  const pkg = await readOptional(path.join(cwd, 'package.json'));
  if (pkg !== null) {
    const data = parseJson(pkg, 'package.json') as Record<string, unknown> | null;
    if (data && typeof data === 'object' && 'gherkin-bridge' in data) {
      const source = 'package.json#gherkin-bridge';
      return { config: checkConfig(data['gherkin-bridge'], source), source };
    }
  }
  return { config: {}, source: null };
}
