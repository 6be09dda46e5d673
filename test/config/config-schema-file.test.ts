import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, CONFIG_SCHEMA_URL } from '../../src/config/schema.js';
import { checkConfig } from '../../src/config/resolve-options.js';
import { renderConfig } from '../../src/init/render-config.js';

const committed = readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8');

describe('schema/config.schema.json', () => {
  it('is exactly what `npm run schema` writes from the validator\'s CONFIG_SCHEMA (run it when this fails)', () => {
    expect(committed).toBe(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
  });

  it('is a draft-07 schema published at the address init writes, and judges configs as the validator does', () => {
    const schema = JSON.parse(committed) as { $id: string; $schema: string };
    expect(schema).toMatchObject({ $id: CONFIG_SCHEMA_URL, $schema: 'http://json-schema.org/draft-07/schema#' });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const written = JSON.parse(
      renderConfig({ designs: ['docs/**/*.md'], features: ['tests/**/*.feature'], runnerList: null, levels: ['e2e'], notes: [] } as never),
    ) as Record<string, unknown>;
    expect(written.$schema).toBe(CONFIG_SCHEMA_URL);
    for (const config of [written, { minCoverage: 'abc' }, { failOn: ['nothing'] }, { severity: { stale: 'loud' } }, { cacheDir: '' }, { skipTag: '@ok' }]) {
      const fileSays = validate(config);
      const validatorSays = (() => {
        try {
          checkConfig(config, 'test');
          return true;
        } catch {
          return false;
        }
      })();
      expect([JSON.stringify(config), fileSays]).toEqual([JSON.stringify(config), validatorSays]);
    }
    expect(validate({ minCoverage: 'abc' })).toBe(false);
    expect(validate(written)).toBe(true);
  });
});
