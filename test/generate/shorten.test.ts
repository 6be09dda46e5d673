import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, shortenName } from '../../src/generate/shorten.js';

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
