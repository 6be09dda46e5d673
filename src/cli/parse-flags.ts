import { checkConfig, ConfigError, type ConfigInput } from '../config/resolve-options.js';

/** `a,b , c` -> ['a', 'b', 'c'] */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** `key=value` -> [key, value]; anything else is a ConfigError `Unexpected <flag> <value>, expected <shape>`. */
export function splitPair(value: string, flag: string, shape: string): [string, string] {
  const at = value.indexOf('=');
  if (at <= 0 || at === value.length - 1) throw new ConfigError(`Unexpected ${flag} ${value}, expected ${shape}`);
  return [value.slice(0, at), value.slice(at + 1)];
}

/** Commander collector for repeatable options. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Raw option values shared by commands that read designs and features. */
export interface SharedFlags {
  designs?: string[];
  features?: string[];
  levels?: string;
  failOn?: string;
  skipTag?: string | false;
  template?: string;
  out?: string;
  runnerList?: string;
  minCoverage?: string;
  language?: string;
  suggestSteps?: boolean;
  minVerified?: string;
  tags?: string[];
  results?: string[];
  allowEmpty?: boolean;
  cache?: boolean;
}

function percentFlag(value: string): number | string {
  const number = Number(value);
  return Number.isFinite(number) && value.trim() !== '' ? number : value;
}

/** Config keys whose flag is not the key in kebab case. */
const FLAG_OF_KEY: Readonly<Record<string, string>> = { templates: '--template', cache: '--no-cache', suggestSteps: '--no-suggest-steps' };

/** The flag a config key path comes from: `minCoverage` -> `--min-coverage`, `levels[0]` -> `--levels`. */
export function flagOfKey(key: string): string {
  const top = /^[^.[]*/.exec(key)?.[0] ?? key;
  return FLAG_OF_KEY[top] ?? `--${top.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Flags whose value is the config key's, as given. */
const AS_GIVEN = ['designs', 'features', 'out', 'runnerList', 'tags', 'results', 'language'] as const;

/** Command-line flags in the config's shape, checked by the same schema (the message names the flag). */
export function flagsToConfig(flags: SharedFlags): ConfigInput {
  const config: Record<string, unknown> = {};
  for (const key of AS_GIVEN) if (flags[key] !== undefined) config[key] = flags[key];
  if (flags.levels !== undefined) config.levels = splitList(flags.levels);
  if (flags.failOn !== undefined) config.failOn = splitList(flags.failOn);
  if (flags.skipTag === false) config.skipTag = null;
  else if (flags.skipTag !== undefined) config.skipTag = flags.skipTag;
  if (flags.template !== undefined) config.templates = flags.template;
  if (flags.minCoverage !== undefined) config.minCoverage = percentFlag(flags.minCoverage);
  if (flags.minVerified !== undefined) config.minVerified = percentFlag(flags.minVerified);
  if (flags.allowEmpty) config.allowEmpty = true;
  if (flags.suggestSteps === false) config.suggestSteps = false;
  if (flags.cache === false) config.cache = false;
  return checkConfig(config, 'the command line', flagOfKey);
}
