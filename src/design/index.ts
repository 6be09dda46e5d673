export { extractDesign } from './extract-design.js';
export { classifyLevels } from './levels.js';
export { parseRequirementIds, type ParsedRequirementIds } from './requirement-ids.js';
export { slugFromPath } from './slug.js';
