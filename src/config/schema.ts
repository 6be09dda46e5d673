import { FINDING_KIND_NAMES, LEVELS } from '../model.js';

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;

/** The published schema, which `init` writes as `"$schema"`: an address, for repositories without node_modules. */
export const CONFIG_SCHEMA_URL = 'https://unpkg.com/gherkin-bridge/schema/config.schema.json';

/**
 * JSON Schema of the config, which flags are checked against too; the source of
 * `schema/config.schema.json` (`npm run schema` writes it; a test compares them).
 */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_URL,
  title: 'gherkin-bridge configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The JSON Schema of this file, for editors; ignored by gherkin-bridge.' },
    '//': {
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      description: 'Comments for people (JSON has none); ignored by gherkin-bridge. `init` writes its notes here.',
    },
    designs: { ...stringList, description: 'Globs of design docs; a leading ! excludes.' },
    features: { ...stringList, description: 'Globs of .feature files; a leading ! excludes.' },
    levels: {
      type: 'array',
      items: { enum: [...LEVELS] },
      minItems: 1,
      description: 'Verification levels whose requirements are expected to have scenarios.',
    },
    failOn: {
      type: 'array',
      items: { enum: [...FINDING_KIND_NAMES, 'none'] },
      description: 'Finding kinds that make the run exit 1. Default: every kind whose severity is error.',
    },
    severity: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        FINDING_KIND_NAMES.map((kind) => [kind, { enum: ['error', 'warning', 'off'] }]),
      ),
      description: 'Severity per finding kind: error, warning or off.',
    },
    skipTag: {
      anyOf: [{ type: 'string', pattern: '^@[^\\s@#]+$' }, { type: 'null' }],
      description: 'Tag put on generated scenarios to keep them out of a green run (null for none).',
    },
    templates: { type: 'string', minLength: 1, description: 'Folder with feature.hbs and/or scenario.hbs.' },
    out: { type: 'string', minLength: 1, description: 'Folder where sync creates new feature files.' },
    minCoverage: { ...percent, description: 'Overall coverage below this percentage exits 1.' },
    minCoverageByDesign: {
      type: 'object',
      additionalProperties: percent,
      description: 'Per-design minimum coverage, by design slug.',
    },
    minVerified: { ...percent, description: 'Overall verified percentage (passed over expected, with results) below this exits 1.' },
    tags: {
      anyOf: [{ type: 'string' }, stringList],
      description: 'Tag expression of the run (Cucumber syntax, or behave 1.2.6 forms such as -skip and @a,@b); a list is ANDed.',
    },
    results: { ...stringList, description: 'Test results files or folders (Cucumber Messages, Cucumber JSON, JUnit XML).' },
    allowEmpty: { type: 'boolean', description: 'Accept design globs that match no file (default false: exit 2).' },
    runnerList: { type: 'string', minLength: 1, description: 'Runner list naming the feature files the suite runs.' },
    into: {
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1 },
      description: 'Design slug -> feature file that sync adds its scenarios to.',
    },
    language: {
      type: 'string',
      pattern: '^[a-zA-Z][a-zA-Z0-9_-]*$',
      description: 'Gherkin dialect of new feature files (en, fr, de…); sync writes an existing file in its own # language.',
    },
    steps: { ...stringList, description: 'Globs of step definition files whose steps generated scenarios may suggest; a leading ! excludes.' },
    suggestSteps: { type: 'boolean', description: 'Suggest Given/When/Then from the suite\'s steps (default true).' },
    cache: { type: 'boolean', description: 'Cache feature indexes on disk (default true).' },
    cacheDir: { type: 'string', minLength: 1, description: 'Cache folder.' },
    perDesign: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          levels: { type: 'array', items: { enum: [...LEVELS] }, minItems: 1 },
          measured: { type: 'boolean' },
          reason: { type: 'string' },
        },
      },
      description:
        'Design slug -> { levels } (the levels at which a design without a surface table is verified) or { measured: false, reason } (verified elsewhere: nothing expected).',
    },
  },
} as const;
