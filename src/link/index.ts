export { applyLinks } from './apply-links.js';
export {
  DEFAULT_MIN_SCORE,
  suggestLinks,
  type LinkCandidate,
  type SuggestOptions,
  type Suggestion,
} from './suggest-links.js';
