export { commonDir, isUnder } from './common-dir.js';
export {
  detectLayout,
  type DesignFact,
  type FeatureFact,
  type Layout,
  type RepositoryFacts,
} from './detect-layout.js';
export { nextCommands, type CommandPrefix } from './next-commands.js';
export { INIT_HEADER, renderConfig } from './render-config.js';
export { runnerListFact, type RunnerListFact } from './runner-list-fact.js';
