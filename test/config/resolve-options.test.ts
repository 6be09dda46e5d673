import { describe, expect, it } from 'vitest';
import { checkConfig, ConfigError, resolveOptions } from '../../src/config/resolve-options.js';

describe('resolveOptions', () => {
  it('uses Lightspeed-shaped defaults when nothing is configured', () => {
    const options = resolveOptions({}, {});
    expect(options.designs).toEqual(['docs/design/**/*.md', '!**/*-spike.md']);
    expect(options.features).toEqual(['**/*.feature', '!**/node_modules/**']);
    expect(options.levels).toEqual(['e2e']);
    expect(options.skipTag).toBe('@skip');
    expect(options.failOn).toEqual(['parse-error', 'io-error', 'invalid-surface', 'uncovered', 'not-run', 'failed', 'orphaned']);
  });

  it('lets flags win over the file and the file over defaults', () => {
    const options = resolveOptions({ levels: ['unit'], features: ['a/**'] }, { levels: ['e2e', 'manual'] });
    expect(options.levels).toEqual(['e2e', 'manual']);
    expect(options.features).toEqual(['a/**']);
  });

  it('derives fail-on from severities unless fail-on is given', () => {
    const relaxed = resolveOptions({ severity: { uncovered: 'warning', stale: 'error' } }, {});
    expect(relaxed.failOn).not.toContain('uncovered');
    expect(relaxed.failOn).toContain('stale');
    const explicit = resolveOptions({ severity: { stale: 'error' } }, { failOn: ['untraced'] });
    expect(explicit.failOn).toEqual(['untraced']);
    expect(resolveOptions({}, { failOn: ['none'] }).failOn).toEqual([]);
  });

  it('turns skipTag null into no skip tag', () => {
    expect(resolveOptions({ skipTag: null }, {}).skipTag).toBeNull();
    expect(resolveOptions({ skipTag: null }, { skipTag: '@wip' }).skipTag).toBe('@wip');
  });
});

describe('checkConfig', () => {
  const message = (input: unknown): string => {
    try {
      checkConfig(input, 'gherkin-bridge.config.json');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('accepts a full valid config', () => {
    expect(() =>
      checkConfig(
        {
          designs: ['docs/**/*.md'],
          features: ['**/*.feature'],
          levels: ['e2e', 'unknown'],
          failOn: ['uncovered'],
          severity: { untraced: 'off' },
          skipTag: '@wip',
          minCoverage: 80,
          minCoverageByDesign: { foo: 50 },
        },
        'x',
      ),
    ).not.toThrow();
  });

  it('names an unknown key', () => {
    expect(message({ levles: ['e2e'] })).toContain('unknown key "levles"');
  });

  it('names a key with a slash or a tilde as written, not JSON-Pointer-escaped (`//`, not `~1~1`)', () => {
    const shown = message({ '//': 5 });
    expect(shown).toContain('key "//"');
    expect(shown).not.toContain('~1');
  });

  it('names the element of a bad list value and lists what is allowed', () => {
    const text = message({ levels: ['e2e', 'smoke'] });
    expect(text).toContain('levels[1]');
    expect(text).toContain('e2e, integration, unit, manual, unknown');
  });

  it('names a nested bad severity', () => {
    expect(message({ severity: { uncovered: 'fatal' } })).toContain('severity.uncovered');
    expect(message({ severity: { nope: 'error' } })).toContain('unknown key "severity.nope"');
  });

  it('names the source and rejects wrong types', () => {
    const text = message({ designs: 'docs/**' });
    expect(text).toContain('gherkin-bridge.config.json');
    expect(text).toContain('key "designs" must be array');
    expect(message({ minCoverage: 120 })).toContain('minCoverage');
    expect(message({ skipTag: 'skip' })).toContain('skipTag');
  });
});
