import type { Design } from '../../src/model.js';

/** A design shaped like a Lightspeed spec doc: combined ids, several levels, one row not at e2e. */
export const CONFIG_MERGE: Design = {
  path: 'docs/design/config-merge/config-merge.md',
  slug: 'config-merge',
  title: 'Feature design: unified configuration file',
  feature: 'LCORE-4321',
  spike: null,
  requirements: [
    { id: 'R1', text: 'A single configuration file boots the service in both modes.', line: 40 },
    { id: 'R2', text: 'The legacy two-file configuration keeps working, with a deprecation warning.', line: 42 },
    { id: 'R3', text: 'Mixing both shapes is rejected at load time.', line: 44 },
    { id: 'R3a', text: 'The rejection names the migration flag.', line: 45 },
    { id: 'R4', text: 'Unknown keys are rejected.', line: 47 },
  ],
  useCases: [],
  surface: [
    { requirements: ['R1'], behavior: 'Unified config boots; /readiness and /v1/query succeed', verifiedBy: 'e2e', levels: ['e2e'], line: 150, extra: {} },
    { requirements: ['R2'], behavior: 'Legacy config boots with one WARN at startup', verifiedBy: 'e2e + unit', levels: ['e2e', 'unit'], line: 151, extra: {} },
    { requirements: ['R3', 'R3a'], behavior: 'Load fails with an error naming `--migrate-config`', verifiedBy: 'integration', levels: ['integration'], line: 152, extra: {} },
    { requirements: ['R4'], behavior: 'Unknown fields rejected (`extra="forbid"`)', verifiedBy: 'unit', levels: ['unit'], line: 153, extra: {} },
  ],
  surfaceLine: 146,
  diagnostics: [],
};

const HOSTILE_TEXT =
  'Evil <img src=x onerror=alert(1)> & *bold* _u_ [l](http://x.test) | pipe `tick` @team\nnext line\r\u0000 🚀 שלום </script>';

/** Every text field of the design carries markup, line breaks, control characters and mentions. */
export const HOSTILE_DESIGN: Design = {
  path: 'docs/design/e vil/e vil.md',
  slug: 'e-vil',
  title: `# Title ${HOSTILE_TEXT}`,
  feature: 'LCORE-1 <b>',
  spike: null,
  requirements: [{ id: 'R1', text: `Req ${HOSTILE_TEXT}`, line: 3 }],
  useCases: [],
  surface: [
    { requirements: ['R1'], behavior: `Behavior ${HOSTILE_TEXT}`, verifiedBy: `e2e ${HOSTILE_TEXT}`, levels: ['e2e'], line: 9, extra: {} },
  ],
  surfaceLine: 7,
  diagnostics: [],
};
