export { acceptStale, replaceFingerprint } from './accept-stale.js';
export {
  GENERATED_RULE_TITLE,
  appendFeature,
  appendScenarios,
  appendTarget,
  type AppendOptions,
  type AppendTarget,
} from './insert-scenarios.js';
export { convertLineEndings, detectLineEnding, endsWithLineBreak, type LineEnding } from './line-endings.js';
export {
  normaliseListPath,
  parseRunnerList,
  registerInList,
  type RegisterResult,
  type RunnerList,
} from './runner-list.js';
export { SyncError, type SyncErrorCode } from './sync-error.js';
export { unifiedDiff } from './unified-diff.js';
