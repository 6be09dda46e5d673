import { LEVELS, type Level } from '../model.js';

/** The words of a "Verified by" cell that name each level, in its words joined by single spaces. */
const LEVEL_WORDS: Partial<Record<Level, RegExp>> = {
  e2e: /(?:^| )(?:e2e|endtoend|end to end)(?= |$)/,
  integration: /(?:^| )integrations?(?= |$)/,
  unit: /(?:^| )unit(?:test)?s?(?= |$)/,
  manual: /(?:^| )manual(?:ly)?(?= |$)/,
};

/** The levels a "Verified by" cell names, in {@link LEVELS} order, each once; `['unknown']` when it names none. */
export function classifyLevels(verifiedBy: string): Level[] {
  const words = verifiedBy.toLowerCase().split(/[^a-z0-9]+/).join(' ');
  const found = LEVELS.filter((level) => LEVEL_WORDS[level]?.test(words));
  return found.length > 0 ? found : ['unknown'];
}
