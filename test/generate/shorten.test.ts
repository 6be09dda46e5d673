import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, shortenName } from '../../src/generate/shorten.js';
import { assertProperty, propertyParameters } from '../hostile/support/property.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const count = (text: string): number => [...graphemes.segment(text)].length;

describe('shortenName', () => {
  it('keeps text of at most 100 characters', () => {
    const exact = 'x'.repeat(MAX_NAME_LENGTH);
    expect(shortenName(exact)).toBe(exact);
    const emoji = '😀'.repeat(100);
    expect(shortenName(emoji)).toBe(emoji);
  });

  it('cuts at the last word boundary and ends with …', () => {
    const text = `${'word '.repeat(19)}tail-of-the-text and more`;
    const short = shortenName(text);
    expect(short).toBe(`${'word '.repeat(19).trimEnd()}…`);
    expect(count(short)).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it('cuts inside a word when there is no boundary in the second half', () => {
    const short = shortenName(`ab ${'x'.repeat(200)}`);
    expect(short).toBe(`ab ${'x'.repeat(96)}…`);
    expect(count(short)).toBe(MAX_NAME_LENGTH);
  });

  it('drops separators before the ellipsis', () => {
    expect(shortenName(`${'a'.repeat(60)}, ${'b'.repeat(60)}`)).toBe(`${'a'.repeat(60)}…`);
  });

  it('never splits a grapheme', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(shortenName(family.repeat(120))).toBe(`${family.repeat(99)}…`);
    const accented = 'e\u0301'.repeat(120);
    expect(shortenName(accented)).toBe(`${'e\u0301'.repeat(99)}…`);
    const flags = '🇺🇦'.repeat(120);
    expect(shortenName(flags)).toBe(`${'🇺🇦'.repeat(99)}…`);
  });

  it('honours a custom maximum', () => {
    expect(shortenName('one two three four', 10)).toBe('one two…');
  });
});

/** The simple path: segment the whole text, then cut as shortenName does. */
function shortenEveryGrapheme(text: string, max: number): string {
  const all = Array.from(graphemes.segment(text), (part) => part.segment);
  if (all.length <= max) return text;
  const room = max - 1;
  let space = -1;
  for (let index = room - 1; index > 0 && space === -1; index--) if (all[index]?.trim() === '') space = index;
  const cut = all[room]?.trim() !== '' && space >= Math.floor(room / 2) ? space : room;
  return `${all.slice(0, cut).join('').replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

describe('shortenName against the simple path', () => {
  // Plain ASCII (the shortcut) and graphemes of many UTF-16 units (a prefix grown several times).
  const piece = fc.constantFrom('a', 'word', ' ', ', ', '-', 'é', 'e\u0301', '😀', '🇺🇦', '👩‍👩‍👧‍👦', '\u00a0', 'x\u200d');
  const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

  it('equals shortening over every grapheme', () => {
    assertProperty(
      fc.property(text, fc.integer({ min: 2, max: 40 }), (name, max) => {
        expect(shortenName(name, max)).toBe(shortenEveryGrapheme(name, max));
      }),
      propertyParameters(2000),
      'test/generate/shorten.test.ts',
    );
  });
});
