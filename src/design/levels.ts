import { LEVELS, type Level } from '../model.js';

/** The words of a "Verified by" cell that name each level, in its words joined by single spaces. */
const LEVEL_WORDS: Partial<Record<Level, RegExp>> = {
  e2e: /(?:^| )(?:e2e|endtoend|end to end)(?= |$)/,
  integration: /(?:^| )integrations?(?= |$)/,
  unit: /(?:^| )unit(?:test)?s?(?= |$)/,
  manual: /(?:^| )manual(?:ly)?(?= |$)/,
};

/**
 * Classify the free text of a "Verified by" cell into levels, word by word
 * and case-insensitively: `e2e`/`end-to-end`/`end to end`, `integration`,
 * `unit`, `manual`/`manually`. The result is in {@link LEVELS} order without
 * duplicates; text that names no level gives `['unknown']`.
 */
export function classifyLevels(verifiedBy: string): Level[] {
  const words = verifiedBy.toLowerCase().split(/[^a-z0-9]+/).join(' ');
  const found = LEVELS.filter((level) => LEVEL_WORDS[level]?.test(words));
  return found.length > 0 ? found : ['unknown'];
}
