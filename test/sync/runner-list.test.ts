import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseListPath, parseRunnerList, registerInList } from '../../src/sync/runner-list.js';
import { corpusDir } from '../support/corpus.js';

const LIST = [
  '# Order matters: the stack configuration changes between groups.',
  'features/health.feature',
  '',
  '  # group two',
  './features/info.feature',
  'features\\models.feature',
  '  features/query.feature  ',
  '',
].join('\n');

describe('parseRunnerList', () => {
  it('skips blanks and comments, normalises paths and gives 1-based lines', () => {
    expect(parseRunnerList(LIST)).toEqual({
      entries: ['features/health.feature', 'features/info.feature', 'features/models.feature', 'features/query.feature'],
      lines: [2, 5, 6, 7],
    });
  });

  it('is not shifted by a BOM or CRLF and reads a last line without a break', () => {
    expect(parseRunnerList('\uFEFFa.feature\r\n\r\n# c\r\nb.feature')).toEqual({
      entries: ['a.feature', 'b.feature'],
      lines: [1, 4],
    });
  });

  it('returns nothing for an empty list', () => {
    expect(parseRunnerList('')).toEqual({ entries: [], lines: [] });
  });
});

describe('normaliseListPath', () => {
  it('compares ./a, a, a/ and b/../a as one path', () => {
    for (const form of ['./a.feature', 'a.feature', '././a.feature', 'b/../a.feature', ' a.feature ', '.\\a.feature']) {
      expect(normaliseListPath(form)).toBe('a.feature');
    }
    expect(normaliseListPath('features/')).toBe('features');
    expect(normaliseListPath('./')).toBe('');
  });
});

describe('registerInList', () => {
  it('keeps existing lines byte for byte and appends only missing entries, in order', () => {
    const { text, added } = registerInList(LIST, ['features/new.feature', 'features/info.feature', './features/other.feature']);
    expect(added).toEqual(['features/new.feature', 'features/other.feature']);
    expect(text).toBe(`${LIST}features/new.feature\nfeatures/other.feature\n`);
  });

  it('treats ./a and a as the same entry, also within the new entries', () => {
    const { text, added } = registerInList('a.feature\n', ['./a.feature', 'b.feature', './b.feature', 'b.feature']);
    expect(added).toEqual(['b.feature']);
    expect(text).toBe('a.feature\nb.feature\n');
  });

  it('adds a line break first when the list has no final one, in its CRLF style', () => {
    const { text } = registerInList('# list\r\na.feature', ['b.feature', 'c.feature']);
    expect(text).toBe('# list\r\na.feature\r\nb.feature\r\nc.feature\r\n');
  });

  it('writes into an empty list', () => {
    expect(registerInList('', ['x/y.feature'])).toEqual({ text: 'x/y.feature\n', added: ['x/y.feature'] });
  });

  it('returns the same text when nothing is missing, even without a final line break', () => {
    expect(registerInList('a.feature', ['./a.feature', ''])).toEqual({ text: 'a.feature', added: [] });
  });

  it('is idempotent and keeps the original as a prefix', () => {
    const segment = fc.constantFrom('a', 'b', 'features', '.', 'x.feature', 'y.feature');
    const entry = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
    const line = fc.oneof(entry, fc.constantFrom('', '# comment', '   ', '\t# indented'));
    const list = fc
      .tuple(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([lines, eol, final]) => lines.join(eol) + (final && lines.length > 0 ? eol : ''));
    fc.assert(
      fc.property(list, fc.array(entry, { maxLength: 6 }), (original, entries) => {
        const once = registerInList(original, entries);
        expect(once.text.startsWith(original)).toBe(true);
        const twice = registerInList(once.text, entries);
        expect(twice).toEqual({ text: once.text, added: [] });
        const listed = new Set(parseRunnerList(once.text).entries);
        for (const e of entries) if (normaliseListPath(e) !== '') expect(listed.has(normaliseListPath(e))).toBe(true);
        expect(parseRunnerList(once.text).entries.slice(0, parseRunnerList(original).entries.length)).toEqual(
          parseRunnerList(original).entries,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('registerInList on the Lightspeed test list (corpus)', () => {
  const corpus = corpusDir();
  it.skipIf(corpus === null)('keeps the real list unchanged for listed features and appends a new one', () => {
    const listText = readFileSync(path.join(corpus ?? '', 'lightspeed-stack/tests/e2e/test_list.txt'), 'utf8');
    const { entries } = parseRunnerList(listText);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries).toContain('features/health.feature');
    expect(registerInList(listText, entries.map((e) => `./${e}`))).toEqual({ text: listText, added: [] });
    const { text, added } = registerInList(listText, ['features/health.feature', 'features/saved_items.feature']);
    expect(added).toEqual(['features/saved_items.feature']);
    expect(text.startsWith(listText)).toBe(true);
    expect(parseRunnerList(text).entries).toEqual([...entries, 'features/saved_items.feature']);
  });
});
