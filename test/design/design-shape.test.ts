import { describe, expect, it } from 'vitest';
import { notADesign } from '../../src/design/design-shape.js';
import { extractDesign } from '../../src/design/extract-design.js';
import { doc } from './doc.js';

function reason(text: string): string | null {
  return notADesign(extractDesign(text, 'docs/design/x/x.md'));
}

describe('what counts as a feature design', () => {
  it.each([
    ['a "Feature design" title alone', doc('# Feature design for Widgets', '', 'TODO')],
    ['the metadata table', doc('# Widgets', '', '| | |', '|---|---|', '| **Feature** | ABC-1 |')],
    ['requirement ids', doc('# Widgets', '', '## Requirements', '', '- **R1:** One.')],
    ['a surface table', doc('# Widgets', '', '## Acceptance test surface', '', '| Requirement | Behavior | Verified by |', '|---|---|---|', '| R1 | x | e2e |')],
  ])('is a design with %s', (_shape, text) => {
    expect(reason(text)).toBeNull();
  });

  it.each([
    ['a folder README', doc('# BYOK PDF', '', 'This folder holds the design.')],
    ['proof-of-concept results', doc('# Parser comparison', '', '| Parser | Speed |', '|---|---|', '| one | 12 |')],
    ['meeting notes with a numbered list', doc('# Notes', '', '## Requirements?', '', '1. Chunk size 512.')],
  ])('skips %s, with the reason', (_shape, text) => {
    expect(reason(text)).toBe('no "Feature design" title, metadata table, requirement ids or Acceptance test surface table');
  });
});
