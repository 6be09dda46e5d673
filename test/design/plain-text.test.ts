import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { collapseWhitespace } from '../../src/design/plain-text.js';

/** What `collapseWhitespace` must give: JavaScript's own whitespace, collapsed and trimmed. */
const reference = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('collapseWhitespace', () => {
  it('treats every UTF-16 code unit as JavaScript does', () => {
    let all = '';
    for (let code = 0; code < 0x10000; code++) all += `${String.fromCharCode(code)}x`;
    expect(collapseWhitespace(all)).toBe(reference(all));
  });

  it('collapses and trims like the regular expression on any text (property)', () => {
    const unit = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'é', '😀', '');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(collapseWhitespace(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a 2,000,000-character cell of words intact', () => {
    const words = 'word  \t'.repeat(300_000);
    expect(collapseWhitespace(words)).toBe('word '.repeat(300_000).trimEnd());
  });
});

describe('HTML in design text', () => {
  const design = (behavior: string) =>
    extractDesign(
      `# Feature design for X\n\n## Requirements\n\n- **R1:** Users.\n\n## Acceptance test surface\n\n| Req | Observable behavior | Verified by |\n|---|---|---|\n| R1 | ${behavior} | e2e |\n`,
      'x.md',
    ).surface[0]?.behavior;

  it.each([
    ['GET /users/<id> answers 404 when <id> is unknown', 'GET /users/<id> answers 404 when <id> is unknown'],
    ['`GET /users/<id>` answers <status>', 'GET /users/<id> answers <status>'],
    ['first<br>second<br/>third', 'first second third'],
    ['<b>bold</b> and <span class="x">span</span>', 'bold and span'],
    ['a <!-- hidden --> b', 'a b'],
  ])('%j reads as %j: placeholders in angle brackets are text, layout tags and comments are not', (cell, text) => {
    expect(design(cell)).toBe(text);
  });
});
