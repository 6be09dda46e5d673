export { renderFeature, renderScenarios, selectRows } from './render-feature.js';
export { DEFAULT_SKIP_TAG, type GenerateOptions, type TemplateSources } from './options.js';
export { GenerateError, type GenerateErrorKind, type TemplateName } from './generate-error.js';
export { DEFAULT_TEMPLATE_FILES, defaultTemplatesDir, defaultTemplateUrls } from './default-templates.js';
export type {
  ExtraColumnContext,
  FeatureContext,
  RequirementContext,
  ScenarioContext,
} from './template-context.js';
export {
  PROVENANCE_PREFIX,
  fingerprint,
  formatProvenance,
  normalizeBehavior,
  parseProvenance,
} from '../shared/provenance.js';
