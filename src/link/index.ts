export { applyLinks, type LinkEdit } from './apply-links.js';
export {
  formatAccuracy,
  measureAccuracy,
  type AccuracyMiss,
  type AccuracyReport,
  type LinkLabel,
  type LinkLabels,
} from './measure-accuracy.js';
export { stem } from './stem.js';
export { terms, tokenize, type Token } from './tokenize.js';
export {
  DEFAULT_LIMIT,
  DEFAULT_MIN_SCORE,
  suggestLinks,
  type LinkCandidate,
  type ScenarioText,
  type SuggestOptions,
  type Suggestion,
} from './suggest-links.js';
