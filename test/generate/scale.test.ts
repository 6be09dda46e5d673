import { describe, expect, it } from 'vitest';
import { renderFeature } from '../../src/generate/render-feature.js';
import { design, options, parseGherkin, row } from './support.js';

describe('scale', () => {
  // A regex with catastrophic backtracking or a quadratic loop would blow the test timeout.
  it('renders 2,000 rows and texts with 100,000-character whitespace runs and 50,000 lines', () => {
    const many = design(Array.from({ length: 2000 }, (_, index) => row([`R${index}`], 'Same behavior   ')));
    const names = parseGherkin(renderFeature(many, options())).pickles.map((pickle) => pickle.name);
    expect(new Set(names).size).toBe(2000);
    expect(names.at(-1)).toBe('Same behavior (2000)');

    const huge = `${' '.repeat(100_000)}x${'\t '.repeat(100_000)}${'y\n'.repeat(50_000)}`;
    const text = renderFeature(
      design([row(['R1'], huge, { verifiedBy: huge, extra: { Notes: huge } })], {
        title: huge,
        path: huge,
        requirements: [{ id: 'R1', text: huge, line: 1 }],
      }),
      options(),
    );
    expect(parseGherkin(text).pickles).toHaveLength(1);
    // The requirement text is one comment line; verified by and the extra column keep their lines.
    expect(text.split('\n').filter((line) => line === '    #   y')).toHaveLength(2 * (50_000 - 1));
  });
});
