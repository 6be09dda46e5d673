export { extractDesign, classifyLevels, parseRequirementIds } from './extract-design.js';
export type { ParsedRequirementIds } from './requirement-ids.js';
export { slugFromPath } from './slug.js';
