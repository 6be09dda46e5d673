/**
 * gherkin-bridge as a library: the same operations the CLI runs.
 * Pure functions take text or models and return data; `run*` functions read
 * and write files.
 */
export type * from './model.js';
export { LEVELS, FINDING_KINDS } from './model.js';

export { extractDesign, classifyLevels, parseRequirementIds, slugFromPath } from './design/index.js';

export { renderFeature, renderScenarios, selectRows } from './generate/render-feature.js';
export type { GenerateOptions, TemplateSources } from './generate/options.js';
export { GenerateError } from './generate/generate-error.js';
export { fingerprint, formatProvenance, parseProvenance } from './shared/provenance.js';

export { indexFeature, type IndexDetail } from './features/index-feature.js';
export { listScenarioTexts } from './features/scenario-texts.js';

export { computeCoverage, type CoverageOptions } from './coverage/compute-coverage.js';
export { gate, type GatePolicy, type GateResult } from './coverage/gate.js';

export { FORMATS, loadReporter } from './report/registry.js';
export type { Reporter, ReportOptions } from './report/types.js';
export { renderKickoff, type KickoffOptions } from './kickoff/render-kickoff.js';

export { suggestLinks, DEFAULT_MIN_SCORE, type Suggestion, type LinkCandidate, type SuggestOptions } from './link/suggest-links.js';
export { applyLinks } from './link/apply-links.js';

export { appendScenarios, acceptStale, registerInList, parseRunnerList, unifiedDiff } from './sync/index.js';

export { checkConfig, resolveOptions, ConfigError, type ConfigInput, type Options } from './config/resolve-options.js';
export { DEFAULT_SEVERITY } from './config/defaults.js';

export { loadDesigns, loadFeatures } from './load/load-project.js';
export { runCoverage, type CoverageRequest } from './api/run-coverage.js';
export { runGenerate, type GenerateRequest, type GenerateOutcome } from './api/run-generate.js';
export { runSync, type SyncRequest, type SyncOutcome } from './api/run-sync.js';
export { loadTemplates } from './io/templates.js';
export { loadConfig } from './io/load-config.js';
