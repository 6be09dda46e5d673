import { describe, expect, it } from 'vitest';
import {
  closesFence,
  fenceOpener,
  htmlOpener,
  isBlank,
  isBulletAtStart,
  isDeeplyIndented,
  isDelimiterRowAtStart,
  isHeadingAtStart,
  isInert,
} from '../../src/design/line-shapes.js';

describe('line shapes', () => {
  it('tells blank lines: only spaces and tabs', () => {
    expect(['', ' ', '\t', ' \t  '].map(isBlank)).toEqual([true, true, true, true]);
    expect(['x', ' \u00a0', '\u3000', ' .'].map(isBlank)).toEqual([false, false, false, false]);
  });

  it('tells lines indented four columns or more, a tab reaching the next tab stop', () => {
    expect(['    x', '\tx', ' \tx', '   \tx', '    '].map(isDeeplyIndented)).toEqual([true, true, true, true, true]);
    expect(['   x', 'x', '  - x', ''].map(isDeeplyIndented)).toEqual([false, false, false, false]);
  });

  it('tells ATX headings at column 1: one to six `#`, then a space, a tab or the end', () => {
    expect(['# a', '###### a', '#', '##\tb', '## '].map(isHeadingAtStart)).toEqual([true, true, true, true, true]);
    expect(['#a', '####### a', ' # a', '\\# a', 'a # b'].map(isHeadingAtStart)).toEqual([false, false, false, false, false]);
  });

  it('tells bullet items with text, never a thematic break, setext underline or delimiter row', () => {
    expect(['- a', '* **R1:** x', '+ y', '-\tz', '- - a'].map(isBulletAtStart)).toEqual([true, true, true, true, true]);
    expect(['-', '- ', '- - -', '* * *', '- --', '-a', ' - a', '1. a', '- :|-', '--- x'].map(isBulletAtStart)).toEqual([
      false, false, false, false, false, false, false, false, false, false,
    ]);
  });

  it('tells delimiter rows at column 1 with a pipe and a dash', () => {
    expect(['|---|', '---|---', '| :-: | --: |', '|-|'].map(isDelimiterRowAtStart)).toEqual([true, true, true, true]);
    expect(['---', ' |---|', '| a |', '|:|', '|--x|'].map(isDelimiterRowAtStart)).toEqual([false, false, false, false, false]);
  });

  it('tells inert lines, which can hold no heading, table, fence, HTML block or definition', () => {
    expect(['Some prose.', '- a list item', '> quoted', '    code', '', '| a | b |', '1. item', '***'].map((line) => isInert(line, true))).toEqual(
      [true, true, true, true, true, true, true, true],
    );
    const live = ['# Heading', '  ## Heading', '===', '---', '  ---  ', '```', '~~~', '<div>', '  <!--', '[a]: /url', 'x [^1]: y', '|---|', ' --- | --- '];
    expect(live.map((line) => isInert(line, true))).toEqual(live.map(() => false));
    expect(isInert('|---|', false)).toBe(true);
    expect(isInert('---', false)).toBe(false);
  });

  it('reads code fences: at most three spaces, three or more backticks or tildes, no backtick in a backtick info string', () => {
    expect(fenceOpener('```')).toEqual({ char: '`', length: 3 });
    expect(fenceOpener('   ~~~~ yaml')).toEqual({ char: '~', length: 4 });
    expect(fenceOpener('``` a`b')).toBeNull();
    expect(fenceOpener('~~~ a`b')).toEqual({ char: '~', length: 3 });
    expect(fenceOpener('    ```')).toBeNull();
    expect(fenceOpener('\t```')).toBeNull();
    expect(fenceOpener('``')).toBeNull();
    const fence = { char: '`', length: 4 } as const;
    expect(['````', '   `````  ', '````\t'].map((line) => closesFence(line, fence))).toEqual([true, true, true]);
    expect(['```', '    ````', '```` x', '~~~~'].map((line) => closesFence(line, fence))).toEqual([false, false, false, false]);
  });

  it('reads what ends the HTML block a line opens', () => {
    expect(htmlOpener('<!-- x')).toEqual({ until: '-->' });
    expect(htmlOpener('<?php')).toEqual({ until: '?>' });
    expect(htmlOpener('<![CDATA[')).toEqual({ until: ']]>' });
    expect(htmlOpener('<!DOCTYPE html>')).toEqual({ until: '>' });
    expect(htmlOpener('  <SCRIPT type="x">')).toEqual({ until: '</script>' });
    expect(htmlOpener('<pre>')).toEqual({ until: '</pre>' });
    expect(htmlOpener('<textarea')).toEqual({ until: '</textarea>' });
    expect(htmlOpener('<div>')).toBe('blank');
    expect(htmlOpener('<scripts>')).toBe('blank');
    expect(htmlOpener('<span>')).toBe('blank');
    expect(htmlOpener('    <div>')).toBeNull();
    expect(htmlOpener('text <div>')).toBeNull();
  });
});
