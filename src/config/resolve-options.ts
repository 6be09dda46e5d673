import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { FINDING_KIND_NAMES, type DesignSetting, type FindingKind, type Level } from '../model.js';
import {
  DEFAULT_DESIGNS,
  DEFAULT_FEATURES,
  DEFAULT_LEVELS,
  DEFAULT_SEVERITY,
  DEFAULT_SKIP_TAG,
  DEFAULT_STEPS,
  type KindSeverity,
} from './defaults.js';
import { CONFIG_SCHEMA } from './schema.js';

/** The config file's shape (every key optional). */
export interface ConfigInput {
  /** Comments for people; ignored. */
  '//'?: string | string[];
  designs?: string[];
  features?: string[];
  levels?: Level[];
  failOn?: (FindingKind | 'none')[];
  severity?: Partial<Record<FindingKind, KindSeverity>>;
  skipTag?: string | null;
  templates?: string;
  out?: string;
  minCoverage?: number;
  minCoverageByDesign?: Record<string, number>;
  minVerified?: number;
  tags?: string | string[];
  results?: string[];
  allowEmpty?: boolean;
  runnerList?: string;
  into?: Record<string, string>;
  /** Gherkin dialect of new feature files. */
  language?: string;
  /** Globs of step definition files. */
  steps?: string[];
  suggestSteps?: boolean;
  cache?: boolean;
  /** The cache folder; unset: the default place (see `defaultCacheDir`). */
  cacheDir?: string;
  perDesign?: Record<string, DesignSetting>;
}

/** Keys whose option is null when neither the config nor a flag sets them. */
type NullableKey = 'templates' | 'out' | 'minCoverage' | 'minVerified' | 'runnerList' | 'cacheDir';

/** Options after defaults, config file and flags are merged: every key of {@link ConfigInput} set. */
export type Options = Required<Omit<ConfigInput, '//' | 'failOn' | 'severity' | 'tags' | NullableKey>> & {
  [K in NullableKey]: NonNullable<ConfigInput[K]> | null;
} & {
  failOn: FindingKind[];
  severity: Record<FindingKind, KindSeverity>;
  /** Tag expressions of the run, ANDed (`--tags`, config `tags`). */
  tags: string[];
};

/** A configuration or usage problem: exit code 2. */
export class ConfigError extends Error {
  readonly code = 'gherkin-bridge.config';
  override readonly name = 'ConfigError';
}

let compiled: ValidateFunction<ConfigInput> | undefined;

/** The schema's validator, compiled on first use: ajv costs tens of milliseconds to load, and most runs have no config. */
function validator(): ValidateFunction<ConfigInput> {
  if (!compiled) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    compiled = new Ajv({ allErrors: true, strict: false }).compile<ConfigInput>(CONFIG_SCHEMA);
  }
  return compiled;
}

function isEmptyObject(input: unknown): boolean {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return false;
  for (const key in input) if (Object.hasOwn(input, key)) return false;
  return Object.getPrototypeOf(input) === Object.prototype || Object.getPrototypeOf(input) === null;
}

function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    // JSON Pointer escapes (RFC 6901): `~1` is `/`, `~0` is `~`; the key is shown as the user wrote it.
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

function describe(error: ErrorObject, label: (key: string) => string): string {
  const key = keyPath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      return `unknown key "${key ? `${key}.${extra}` : extra}"`;
    }
    case 'enum':
      return `${label(key)} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`;
    default:
      return `${label(key || '(root)')} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Check a config-shaped object against the schema; messages name `source` (a file, the command line)
 * and `label(key)`: `key "minCoverage"` for files, while flags name themselves (`--min-coverage`).
 */
export function checkConfig(input: unknown, source: string, label = (key: string): string => `key "${key}"`): ConfigInput {
  // `{}` is always valid (no key is required): no need to load the validator.
  if (isEmptyObject(input)) return input as ConfigInput;
  const validate = validator();
  if (validate(input)) return input;
  const all = (validate.errors ?? []).filter((error) => error.keyword !== 'anyOf');
  // `skipTag: "skip"` fails both branches of "a tag or null"; "must be null" would mislead.
  const isNullBranch = (error: ErrorObject): boolean =>
    error.keyword === 'type' && error.params.type === 'null' && all.some((other) => other !== error && other.instancePath === error.instancePath);
  const errors = all.filter((error) => !isNullBranch(error));
  const unique = [...new Set(errors.map((error) => describe(error, label)))];
  throw new ConfigError(`Invalid configuration in ${source}: ${unique.join('; ')}`);
}

/** Merge defaults, the config file and flags (flags win); both inputs must have passed {@link checkConfig}. */
export function resolveOptions(file: ConfigInput, flags: ConfigInput): Options {
  const pick = <K extends keyof ConfigInput>(key: K): ConfigInput[K] =>
    flags[key] !== undefined ? flags[key] : file[key];

  const severity: Record<FindingKind, KindSeverity> = { ...DEFAULT_SEVERITY, ...file.severity, ...flags.severity };
  const failOnInput = pick('failOn');
  const failOn =
    failOnInput === undefined
      ? FINDING_KIND_NAMES.filter((kind) => severity[kind] === 'error')
      : failOnInput.filter((kind): kind is FindingKind => kind !== 'none');

  const skipTag = pick('skipTag');
  return {
    designs: [...(pick('designs') ?? DEFAULT_DESIGNS)],
    features: [...(pick('features') ?? DEFAULT_FEATURES)],
    levels: [...new Set(pick('levels') ?? DEFAULT_LEVELS)],
    failOn: [...new Set(failOn)],
    severity,
    skipTag: skipTag === undefined ? DEFAULT_SKIP_TAG : skipTag,
    templates: pick('templates') ?? null,
    out: pick('out') ?? null,
    minCoverage: pick('minCoverage') ?? null,
    minCoverageByDesign: { ...file.minCoverageByDesign, ...flags.minCoverageByDesign },
    minVerified: pick('minVerified') ?? null,
    tags: [pick('tags') ?? []].flat(),
    results: [...(pick('results') ?? [])],
    allowEmpty: pick('allowEmpty') ?? false,
    runnerList: pick('runnerList') ?? null,
    into: { ...file.into, ...flags.into },
    language: pick('language') ?? 'en',
    steps: [...(pick('steps') ?? DEFAULT_STEPS)],
    suggestSteps: pick('suggestSteps') ?? true,
    cache: pick('cache') ?? true,
    cacheDir: pick('cacheDir') ?? null,
    perDesign: { ...file.perDesign, ...flags.perDesign },
  };
}
