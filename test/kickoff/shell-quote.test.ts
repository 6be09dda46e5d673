import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/kickoff/shell-quote.js';

describe('shellQuote', () => {
  it('leaves plain paths alone and quotes the rest', () => {
    expect(shellQuote('tests/e2e/features/a-b_c.feature')).toBe('tests/e2e/features/a-b_c.feature');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
  });

  it.skipIf(!existsSync('/bin/sh'))('gives back the same word through /bin/sh (property)', () => {
    const words = fc.sample(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 20 }).filter((s) => !s.includes('\u0000')), { numRuns: 40, seed: 7 });
    words.push("$(touch /tmp/pwned) `id` ; | & > < * ? ~ ' \" \\ !", 'tests/e2e/features/it\'s `odd`.feature');
    const script = words.map((word) => `printf '%s\\0' ${shellQuote(word)}`).join('\n');
    const result = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\u0000').slice(0, -1)).toEqual(words);
  });
});
