import { LEVELS, type Level } from '../model.js';

/** Words of a "Verified by" cell that name a level, lower case. */
const LEVEL_WORDS: ReadonlyMap<string, Level> = new Map<string, Level>([
  ['e2e', 'e2e'],
  ['endtoend', 'e2e'],
  ['integration', 'integration'],
  ['integrations', 'integration'],
  ['unit', 'unit'],
  ['units', 'unit'],
  ['unittest', 'unit'],
  ['unittests', 'unit'],
  ['manual', 'manual'],
  ['manually', 'manual'],
]);

/**
 * Classify the free text of a "Verified by" cell into levels, word by word
 * and case-insensitively: `e2e`/`end-to-end`/`end to end`, `integration`,
 * `unit`, `manual`/`manually`. The result is in {@link LEVELS} order without
 * duplicates; text that names no level gives `['unknown']`.
 */
export function classifyLevels(verifiedBy: string): Level[] {
  const words = verifiedBy.toLowerCase().split(/[^a-z0-9]+/);
  const found = new Set<Level>();
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    const level = LEVEL_WORDS.get(word);
    if (level !== undefined) found.add(level);
    else if (word === 'end' && words[index + 1] === 'to' && words[index + 2] === 'end') found.add('e2e');
  }
  if (found.size === 0) return ['unknown'];
  return LEVELS.filter((level) => found.has(level));
}
