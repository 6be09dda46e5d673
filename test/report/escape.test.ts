import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCode } from '../../src/report/escape-markdown.js';
import { escapeXmlAttribute, escapeXmlText, stripXmlForbidden } from '../../src/report/escape-xml.js';
import { escapeGithubData, escapeGithubProperty } from '../../src/report/github.js';
import { embedJson } from '../../src/report/html.js';
import { singleLine, toWellFormed } from '../../src/report/text-cleanup.js';
import { relativeUri } from '../../src/report/sarif.js';
import { HOSTILE_TEXT } from './fixtures.js';
import { unescapeGithub } from './github-unescape.js';

const anyText = fc.string({ unit: 'binary', maxLength: 80 });

describe('singleLine', () => {
  it('turns every line break and control character into a space', () => {
    expect(singleLine('a\nb\r\nc\u2028d\u2029e\u0085f\u0000g\th')).toBe('a b  c d e f g h');
  });
  it('replaces lone surrogates and U+FFFE/U+FFFF, keeps astral characters', () => {
    expect(singleLine('x\uD800y\uDC00z\uFFFF\uFFFE🚀')).toBe('x\uFFFDy\uFFFDz\uFFFD\uFFFD🚀');
    expect(toWellFormed('🚀\uD83D')).toBe('🚀\uFFFD');
  });
  it('never leaves a line break (property)', () => {
    fc.assert(fc.property(anyText, (text) => !/[\r\n\u2028\u2029]/.test(singleLine(text))));
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup characters', () => {
    expect(escapeMarkdown('a|b <i> & *x* _y_ [l](u) `c` ~~s~~ # ! $m$ \\')).toBe(
      'a&#124;b &lt;i&gt; &amp; \\*x\\* \\_y\\_ \\[l\\](u) \\`c\\` \\~\\~s\\~\\~ \\# \\! \\$m\\$ \\\\',
    );
  });
  it('shows tags as code so they mention nobody', () => {
    expect(escapeMarkdown('tagged @R3 and @design:foo-bar. mail a@b.c')).toBe(
      'tagged `@R3` and `@design:foo-bar`. mail a@b.c',
    );
  });
  it('keeps a table row intact: no raw pipe, no line break, no raw angle bracket (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = escapeMarkdown(text);
        return !/[|\r\n<>]/.test(out);
      }),
    );
  });
});

describe('markdownCode', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('``x``')).toBe('``` ``x`` ```');
    expect(markdownCode('plain')).toBe('`plain`');
    expect(markdownCode('  ')).toBe('  ');
  });
});

describe('XML escaping', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: true });

  it('removes exactly the characters XML 1.0 forbids', () => {
    expect(stripXmlForbidden('a\u0000b\u0001\tc\nd\re\uFFFE\uFFFFf\uD800g\uDC00h🚀\u0085\u007F')).toBe(
      'ab\tc\nd\refgh🚀\u0085\u007F',
    );
  });

  it('an attribute reads back as the text minus forbidden characters (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const xml = `<a v="${escapeXmlAttribute(text)}">${escapeXmlText(text)}</a>`;
        expect(XMLValidator.validate(xml)).toBe(true);
        const parsed = parser.parse(xml) as { a: { v: string; '#text'?: string } };
        expect(parsed.a.v).toBe(stripXmlForbidden(text));
        expect(parsed.a['#text'] ?? '').toBe(stripXmlForbidden(text));
      }),
    );
  });

  it('never writes a CDATA end or a raw markup character', () => {
    const out = escapeXmlText(HOSTILE_TEXT);
    expect(out).not.toContain(']]>');
    expect(out).not.toMatch(/[<>"']/);
  });
});

describe('GitHub workflow command escaping', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeGithubData('100%\r\n:,')).toBe('100%25%0D%0A:,');
    expect(escapeGithubProperty('100%\r\n:,')).toBe('100%25%0D%0A%3A%2C');
  });
  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(unescapeGithub(escapeGithubData(text))).toBe(text);
        expect(unescapeGithub(escapeGithubProperty(text))).toBe(text);
        expect(escapeGithubData(text)).not.toMatch(/[\r\n]/);
        expect(escapeGithubProperty(text)).not.toMatch(/[\r\n:,]/);
      }),
    );
  });
});

describe('embedJson', () => {
  it('cannot close the script element or open a comment, and parses back (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyText, (value, text) => {
        const data = { value, text, hostile: HOSTILE_TEXT };
        const embedded = embedJson(data);
        expect(embedded).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(embedded)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });
});

describe('relativeUri', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(relativeUri('docs/a b/c#d%e?.md')).toBe('docs/a%20b/c%23d%25e%3F.md');
    expect(relativeUri('features/ünï.feature')).toBe('features/%C3%BCn%C3%AF.feature');
  });
  it('decodes back to the path (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[/\\]/.test(s)), { minLength: 1, maxLength: 4 }), (segments) => {
        const file = toWellFormed(segments.join('/'));
        expect(decodeURIComponent(relativeUri(file))).toBe(file);
      }),
    );
  });
});
