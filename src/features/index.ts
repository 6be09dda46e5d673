export { indexFeature, type IndexDetail } from './index-feature.js';
export { listScenarioTexts, type ScenarioText, type ScenarioTexts } from './scenario-texts.js';
export { compareRequirementIds, designSlug, requirementId, DESIGN_TAG_PREFIX } from './tag-kinds.js';
