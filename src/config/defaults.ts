import { FINDING_KIND_NAMES, FINDING_KINDS, type FindingKind, type Level } from '../model.js';

/** What a finding kind does to a run: fail it (error), show it (warning), or drop it (off). */
export type KindSeverity = 'error' | 'warning' | 'off';

/** Default severity of each finding kind, in the order reports list them. The default `--fail-on` is every `error` kind. */
export const DEFAULT_SEVERITY = Object.fromEntries(
  FINDING_KIND_NAMES.map((kind) => [kind, FINDING_KINDS[kind].severity]),
) as Readonly<Record<FindingKind, KindSeverity>>;

/** Where designs and features are found when nothing says otherwise (a Lightspeed-shaped repository). */
export const DEFAULT_DESIGNS: readonly string[] = ['docs/design/**/*.md', '!**/*-spike.md'];
export const DEFAULT_FEATURES: readonly string[] = ['**/*.feature', '!**/node_modules/**'];
export const DEFAULT_LEVELS: readonly Level[] = ['e2e'];
export const DEFAULT_SKIP_TAG = '@skip';
/** Where step definitions are found: behave's `steps/` modules and cucumber-js support and step files. */
export const DEFAULT_STEPS: readonly string[] = [
  '**/steps/**/*.py',
  '**/{step_definitions,steps,support}/**/*.{js,mjs,cjs,ts}',
  '!**/node_modules/**',
];
