import { describe, expect, it } from 'vitest';
import { stem } from '../../src/link/stem.js';
import { terms, tokenize } from '../../src/link/tokenize.js';

describe('tokenize', () => {
  it.each([
    ['native_override', ['native_override', stem('native'), stem('override')]],
    ['--migrate-config', ['migrate-config', stem('migrate'), stem('config')]],
    ['run.yaml', ['run.yaml', 'run', 'yaml']],
    ['/v1/query', ['v1/query', 'v1', stem('query')]],
    ['0600', ['0600']],
    ['NetworkConfig', ['networkconfig', 'network', 'config']],
  ])('keeps %s whole as well as its parts', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('finds identifiers inside prose, backticks and trailing punctuation', () => {
    const found = terms('Set `native_override`, then run --migrate-config on run.yaml. It serves /v1/query (mode 0600).');
    for (const identifier of ['native_override', 'migrate-config', 'run.yaml', 'v1/query', '0600']) {
      expect(found).toContain(identifier);
    }
  });

  it('also keeps the identifier segments of a dotted path whole', () => {
    const found = terms('llama_stack.config.native_override');
    expect(found.slice(0, 3)).toEqual(['llama_stack.config.native_override', 'llama_stack', 'native_override']);
  });

  it('lower-cases, drops stop words and one-letter words, and stems the rest', () => {
    expect(terms('When I Rotate the API keys and a key is Rotated')).toEqual([
      stem('rotate'),
      'api',
      'key',
      'key',
      stem('rotated'),
    ]);
  });

  it('keeps the surface form and marks whole identifiers', () => {
    expect(tokenize('Migrations use run.yaml')).toEqual([
      { term: stem('migrations'), surface: 'migrations', whole: false },
      { term: stem('use'), surface: 'use', whole: false },
      { term: 'run.yaml', surface: 'run.yaml', whole: true },
      { term: 'run', surface: 'run', whole: false },
      { term: 'yaml', surface: 'yaml', whole: false },
    ]);
  });

  it('treats punctuation and symbols as separators', () => {
    expect(terms('quota→reset; "limit"=10 (daily)|weekly')).toEqual([
      stem('quota'),
      stem('reset'),
      stem('limit'),
      '10',
      stem('daily'),
      stem('weekly'),
    ]);
  });

  it('returns nothing for text without words', () => {
    expect(terms('')).toEqual([]);
    expect(terms(' -- / . _ ')).toEqual([]);
  });

  // A quadratic scan would take minutes on this input; the bound is loose for busy machines.
  it('stays fast on long runs of joiners and words', () => {
    const hostile = `${'a_'.repeat(50_000)} ${'-'.repeat(100_000)} ${'word '.repeat(20_000)}`;
    const started = performance.now();
    const found = terms(hostile);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(found.length).toBeGreaterThan(20_000);
  });
});
