import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/ and the rooms each may not import: data flows one way
 * (design, features -> coverage -> report; io and load below api; cli on top).
 * A wrong import fails `npm run lint` (test/lint/layering.test.ts proves it).
 */
const ALL = ['api', 'cli', 'config', 'coverage', 'design', 'features', 'generate', 'init', 'io', 'kickoff', 'link', 'load', 'report', 'shared', 'sync'];
const except = (...allowed) => ALL.filter((room) => !allowed.includes(room));
export const LAYERS = {
  shared: except(),
  config: except(),
  design: except('shared'),
  features: except('shared'),
  generate: except('shared'),
  report: except('shared'),
  coverage: except('shared'),
  link: except('shared', 'features'),
  sync: except('shared', 'generate'),
  kickoff: except('shared', 'generate', 'report'),
  init: except('shared', 'config', 'kickoff', 'sync'),
  // Bytes and files only; the template sources' type is the one thing it borrows.
  io: except('config', 'generate'),
  load: except('shared', 'io', 'features', 'design'),
  api: ['cli'],
};

const layering = Object.entries(LAYERS).map(([room, banned]) => ({
  files: [`src/${room}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((other) => ({
          group: [`../${other}/*`, `../../${other}/*`],
          message: `src/${room} may not import src/${other} (see the layering in eslint.config.js).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layering,
);
