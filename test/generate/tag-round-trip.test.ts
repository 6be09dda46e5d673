import { describe, expect, it } from 'vitest';
import { fingerprint, parseBehaviorComment, parseProvenance } from '../../src/shared/provenance.js';
import { renderFeature } from '../../src/generate/render-feature.js';
import { design, options, parseGherkin, requirementTags, row } from './support.js';

describe('requirement tags round-trip through @cucumber/gherkin', () => {
  const rows = [
    row(['R1'], 'Single id'),
    row(['R2', 'R3'], 'Combined ids'),
    row(['R4', 'R4a', 'R4b'], 'Suffixed ids'),
    row(['R10', 'R1'], 'Ids out of numeric order keep row order'),
    row(['U1', 'R5'], 'A use case and a requirement'),
    row(['R6', 'R6'], 'A repeated id is tagged once'),
  ];

  it('gives each scenario exactly its row ids as tags, in order', () => {
    const { pickles } = parseGherkin(renderFeature(design(rows), options()));
    expect(pickles.map(requirementTags)).toEqual([
      ['@R1'],
      ['@R2', '@R3'],
      ['@R4', '@R4a', '@R4b'],
      ['@R10', '@R1'],
      ['@U1', '@R5'],
      ['@R6'],
    ]);
  });

  it('puts the skip tag after the requirement tags and the design tags on the Feature', () => {
    const { document, pickles } = parseGherkin(renderFeature(design(rows), options({ skipTag: 'wip' })));
    expect(document.feature?.tags.map((tag) => tag.name)).toEqual(['@design:sample', '@LCORE-1']);
    const own = document.feature?.children.map((child) => child.scenario?.tags.map((tag) => tag.name));
    expect(own?.[1]).toEqual(['@R2', '@R3', '@wip']);
    expect(pickles[2]?.tags.map((tag) => tag.name)).toEqual(['@design:sample', '@LCORE-1', '@R4', '@R4a', '@R4b', '@wip']);
  });

  it('writes the provenance comment and the recorded behavior directly above each tag line', () => {
    const text = renderFeature(design(rows), options());
    const lines = text.split('\n');
    const { document } = parseGherkin(text);
    for (const [index, child] of (document.feature?.children ?? []).entries()) {
      const tagLine = child.scenario?.tags[0]?.location.line ?? 0;
      const provenance = parseProvenance(lines[tagLine - 3] ?? '', tagLine - 2);
      expect(provenance).toEqual({
        design: 'sample',
        row: rows[index]?.requirements,
        fingerprint: fingerprint(rows[index]?.behavior ?? ''),
        line: tagLine - 2,
      });
      expect(parseBehaviorComment(lines[tagLine - 2] ?? '')).toBe(rows[index]?.behavior);
    }
  });

  it('omits the Jira tag when the design has no feature key', () => {
    const { document } = parseGherkin(renderFeature(design(rows, { feature: null }), options()));
    expect(document.feature?.tags.map((tag) => tag.name)).toEqual(['@design:sample']);
  });
});
