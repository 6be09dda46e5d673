export { acceptStale } from './accept-stale.js';
export { appendScenarios } from './insert-scenarios.js';
export { parseRunnerList, registerInList } from './runner-list.js';
export { unifiedDiff } from './unified-diff.js';
