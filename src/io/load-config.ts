import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkConfig, ConfigError, type ConfigInput } from '../config/resolve-options.js';
import { readOptionalText as readOptional } from './read-text.js';

/** The config file looked for first in each folder. */
export const CONFIG_FILE = 'gherkin-bridge.config.json';

/** A loaded config, where it came from (null when none was found) and the folder its paths are relative to. */
export interface LoadedConfig {
  config: ConfigInput;
  source: string | null;
  /** Folder holding the config (paths in it are relative to this folder); the working directory when none was found. */
  dir: string;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const before = position ? text.slice(0, Number(position[1])) : null;
    const where = before === null ? file : `${file}:${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
    throw new ConfigError(`${where}: invalid JSON: ${message}`);
  }
}

async function parseToml(text: string, file: string): Promise<Record<string, unknown>> {
  const { parse, TomlError } = await import('smol-toml');
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    throw new ConfigError(`${file}:${error.line}:${error.column}: invalid TOML: ${error.message.split('\n')[0] ?? ''}`);
  }
}

/** The config in one folder (`shown` is the folder as the user sees it, for messages), or null. */
async function configIn(dir: string, shown: string): Promise<LoadedConfig | null> {
  const name = (file: string): string => (shown === '' ? file : path.join(shown, file));
  const own = await readOptional(path.join(dir, CONFIG_FILE));
  if (own !== null) {
    const source = name(CONFIG_FILE);
    return { config: checkConfig(parseJson(own, source), source), source, dir };
  }
  const section = (data: unknown, source: string): LoadedConfig | null =>
    data && typeof data === 'object' && 'gherkin-bridge' in data
      ? { config: checkConfig((data as Record<string, unknown>)['gherkin-bridge'], source), source, dir }
      : null;
  const pkg = await readOptional(path.join(dir, 'package.json'));
  const inPackage = pkg === null ? null : section(parseJson(pkg, name('package.json')), `${name('package.json')}#gherkin-bridge`);
  if (inPackage) return inPackage;
  const pyproject = await readOptional(path.join(dir, 'pyproject.toml'));
  if (pyproject !== null && pyproject.includes('gherkin-bridge')) {
    return section((await parseToml(pyproject, name('pyproject.toml'))).tool, `${name('pyproject.toml')}#tool.gherkin-bridge`);
  }
  return null;
}

/**
 * The validated configuration: the `--config` file, else the first of `gherkin-bridge.config.json`,
 * `package.json#gherkin-bridge` and `pyproject.toml#tool.gherkin-bridge` in `cwd` or a parent folder
 * up to the repository root; else none.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    const text = await readOptional(file);
    if (text === null) throw new ConfigError(`${explicit}: config file does not exist`);
    const data = file.endsWith('.toml') ? (await parseToml(text, explicit)).tool : parseJson(text, explicit);
    const config = file.endsWith('.toml') ? (data as Record<string, unknown> | undefined)?.['gherkin-bridge'] ?? {} : data;
    return { config: checkConfig(config, explicit), source: explicit, dir: cwd };
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const found = await configIn(dir, path.relative(cwd, dir));
    if (found !== null) return found;
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) break;
  }
  return { config: {}, source: null, dir: cwd };
}
