import { describe, expect, it } from 'vitest';
import { classifyLevels } from '../../src/design/levels.js';

describe('classifyLevels', () => {
  it.each([
    ['E2E', ['e2e']],
    ['e2e', ['e2e']],
    ['e2e (mock S3), unit', ['e2e', 'unit']],
    ['unit + e2e', ['e2e', 'unit']],
    ['documented manual verification', ['manual']],
    ['e2e (kind/CRC) or documented manual verification', ['e2e', 'manual']],
    ['end-to-end', ['e2e']],
    ['End to end', ['e2e']],
    ['unit (parametric) + e2e (one scalar + one list key)', ['e2e', 'unit']],
    ['Integration', ['integration']],
    ['unit + integration (integration coverage tracked by LCORE-2747)', ['integration', 'unit']],
    ['manually, Unit tests, INTEGRATION, e2e', ['e2e', 'integration', 'unit', 'manual']],
    ['unit-tests', ['unit']],
  ])('classifies %j as %j', (text, levels) => {
    expect(classifyLevels(text)).toEqual(levels);
  });

  it.each(['', 'TODO', 'smoke test', 'integrated', 'e2ee', 'community unity manuals', 'end to'])(
    'gives unknown when no level word appears: %j',
    (text) => {
      expect(classifyLevels(text)).toEqual(['unknown']);
    },
  );
});
