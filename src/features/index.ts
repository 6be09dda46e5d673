export { indexFeature, type IndexDetail } from './index-feature.js';
export { listScenarioTexts } from './scenario-texts.js';
