export { indexFeature, type IndexDetail } from './index-feature.js';
export { listScenarioTexts, type FeatureScenario, type FeatureScenarios } from './scenario-texts.js';
export { compareRequirementIds, designSlug, requirementId, DESIGN_TAG_PREFIX } from './tag-kinds.js';
