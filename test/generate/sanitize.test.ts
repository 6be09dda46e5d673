import { describe, expect, it } from 'vitest';
import { toSingleLine, toTagName, toTextLines } from '../../src/generate/sanitize.js';

describe('toSingleLine', () => {
  it.each([
    ['a\nb', 'a b'],
    ['a\r\nb\rc', 'a b c'],
    ['a\u2028b\u2029c', 'a b c'],
    ['a\u000bb\u000cc\u001cd\u0085e', 'a b c d e'],
    ['nul\u0000bell\u0007del\u007fcsi\u009b', 'nul bell del csi'],
    ['tab\tand   spaces\u00a0nbsp', 'tab and spaces nbsp'],
    ['\uFEFF bom at both ends \uFEFF', 'bom at both ends'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['😀 emoji and שלום stay', '😀 emoji and שלום stay'],
    ['{{foo}} | # @ """', '{{foo}} | # @ """'],
  ])('%j -> %j', (input, expected) => {
    expect(toSingleLine(input)).toBe(expected);
  });
});

describe('toTextLines', () => {
  it('splits on every kind of line break and keeps the rest literally', () => {
    expect(toTextLines('one\r\ntwo\rthree\nfour\u2028five\u2029six\u0085seven\u000beight')).toEqual([
      'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
    ]);
    expect(toTextLines('  keep\tthe tab and | # @ {{x}}  ')).toEqual(['keep\tthe tab and | # @ {{x}}']);
  });

  it('keeps blank lines inside, drops them at the ends, and replaces other controls', () => {
    expect(toTextLines('\n\nfirst\n\nsecond\n\n')).toEqual(['first', '', 'second']);
    expect(toTextLines('a\u0000b\u001bc')).toEqual(['a b c']);
    expect(toTextLines(' \n\t ')).toEqual([]);
  });
});

describe('toTagName', () => {
  it.each([
    ['R4a', 'R4a'],
    ['@skip', 'skip'],
    ['@@x', 'x'],
    ['R 1', 'R_1'],
    ['R#1', 'R_1'],
    ['R@1', 'R_1'],
    ['R\n1', 'R_1'],
    ['LCORE-836', 'LCORE-836'],
    ['  ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(toTagName(input)).toBe(expected);
  });
});
