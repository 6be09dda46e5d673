import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { slugFromPath } from '../../src/design/slug.js';
import { doc } from './doc.js';

function metadata(...rows: string[]) {
  const design = extractDesign(doc('# Title', '', '| | |', '|---|---|', ...rows), 'x.md');
  return { feature: design.feature, spike: design.spike };
}

describe('title', () => {
  it('is the plain text of the first depth-1 heading', () => {
    const text = doc('Preamble with a [link](x).', '', '## Not the title', '', '# Feature design: `gherkin` **bridge**', '', '# Second');
    expect(extractDesign(text, 'x.md').title).toBe('Feature design: gherkin bridge');
  });

  it('is null without a depth-1 heading', () => {
    expect(extractDesign(doc('## Requirements', '', 'Text.'), 'x.md').title).toBeNull();
  });

  it('accepts a setext heading', () => {
    expect(extractDesign(doc('Setext title', '============'), 'x.md').title).toBe('Setext title');
  });
});

describe('Jira keys', () => {
  it('reads Feature and Spike keys from link text', () => {
    expect(
      metadata(
        '| **Date** | 2026-07-09 |',
        '| **Feature** | [LCORE-788](https://redhat.atlassian.net/browse/LCORE-788) |',
        '| **Spike** | [LCORE-2664](https://redhat.atlassian.net/browse/LCORE-2664) — [spike doc](spike.md) |',
        '| **Links** | [LCORE-256](https://redhat.atlassian.net/browse/LCORE-256) |',
      ),
    ).toEqual({ feature: 'LCORE-788', spike: 'LCORE-2664' });
  });

  it('accepts the "Feature / Initiative" label and takes the first key in the cell', () => {
    expect(metadata('| Feature / Initiative: | See PROJ-12 and PROJ-13 |')).toEqual({ feature: 'PROJ-12', spike: null });
  });

  it('treats a cell that starts with TODO as a placeholder', () => {
    expect(
      metadata(
        '| **Feature** | TODO: [LCORE-XXXX](https://redhat.atlassian.net/browse/LCORE-1234) |',
        '| **Spike** | todo LCORE-99 |',
      ),
    ).toEqual({ feature: null, spike: null });
  });

  it('gives null for a cell without a key', () => {
    expect(metadata('| **Feature** | [LCORE-836](https://x/LCORE-836) |', '| **Spike** | [the spike](spike.md) |')).toEqual({
      feature: 'LCORE-836',
      spike: null,
    });
  });

  it('falls back to a key in a link target', () => {
    expect(metadata('| **Feature** | [the epic](https://jira.example.com/browse/ABC-42) |')).toEqual({
      feature: 'ABC-42',
      spike: null,
    });
  });

  it('needs the key to start a word and to be upper case', () => {
    expect(metadata('| **Feature** | xLCORE-1 lcore-2 Lcore-3 |')).toEqual({ feature: null, spike: null });
  });

  it('gives null for both without a metadata table', () => {
    expect(extractDesign(doc('# T', '', 'Feature: LCORE-1'), 'x.md')).toMatchObject({ feature: null, spike: null });
  });

  it('uses the first table with a Feature or Spike row', () => {
    const text = doc(
      '# T',
      '',
      '| File | What |',
      '|---|---|',
      '| a.ts | edit |',
      '',
      '| | |',
      '|---|---|',
      '| **Spike** | ABC-1 |',
      '',
      '| | |',
      '|---|---|',
      '| **Feature** | ABC-2 |',
    );
    expect(extractDesign(text, 'x.md')).toMatchObject({ feature: null, spike: 'ABC-1' });
  });
});

describe('slug', () => {
  it.each([
    ['docs/design/byok-confluence-import/byok-confluence-import.md', 'byok-confluence-import'],
    ['design.MD', 'design'],
    ['C:\\docs\\my design.md', 'my-design'],
    ['notes/a@b#c\td\u0000e\u007f.md', 'a-b-c-d-e-'],
    ['README', 'README'],
    ['.md', 'untitled'],
    ['docs/design/byok-pdf/byok-pdf-design.md', 'byok-pdf'],
    ['docs/design/byok-pdf/design.md', 'byok-pdf'],
    ['docs/design/byok-pdf/other-design.md', 'other-design'],
  ])('of %j is %j', (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });

  it('is set on the design', () => {
    expect(extractDesign('', 'docs/design/x y.md').slug).toBe('x-y');
  });

  it('keeps the file name as an alias when the folder names the design, so old tags still link', () => {
    expect(extractDesign('', 'docs/byok-pdf/byok-pdf-design.md')).toMatchObject({ slug: 'byok-pdf', aliases: ['byok-pdf-design'] });
    expect(extractDesign('', 'docs/byok-pdf/byok-pdf.md').aliases).toBeUndefined();
  });
});
