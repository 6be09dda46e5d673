import type { CoverageReport, DesignCoverage, Finding } from '../../src/model.js';
import type { ReportOptions } from '../../src/report/types.js';

/** Options every golden output was produced with. */
export const OPTIONS: ReportOptions = { cwd: '/work/project', toolVersion: '1.2.3' };

const exportDesign: DesignCoverage = {
  slug: 'conversation-export',
  path: 'docs/design/conversation-export/conversation-export.md',
  title: 'Conversation export',
  feature: 'LCORE-1234',
  expected: 4,
  covered: 2,
  uncovered: 2,
  pending: 0,
  notRun: 0,
  coverage: 50,
  featureFiles: ['tests/e2e/features/conversation_export.feature'],
  requirements: [
    {
      id: 'R1',
      text: 'An operator can export one conversation as JSON.',
      line: 31,
      expected: true,
      levels: ['e2e'],
      status: 'covered',
      scenarios: [
        { file: 'tests/e2e/features/conversation_export.feature', line: 8, name: 'Export a conversation as JSON', status: 'covered' },
        { file: 'tests/e2e/features/conversation_export.feature', line: 19, name: 'Export keeps attachments', status: 'covered' },
      ],
    },
    {
      id: 'R2',
      text: 'Exports of another user’s conversation are refused with 403.',
      line: 32,
      expected: true,
      levels: ['e2e', 'unit'],
      status: 'covered',
      scenarios: [{ file: 'tests/e2e/features/conversation_export.feature', line: 30, name: 'Foreign export is refused', status: 'covered' }],
    },
    {
      id: 'R3',
      text: 'Large exports stream instead of buffering.',
      line: 33,
      expected: true,
      levels: ['e2e', 'integration'],
      status: 'uncovered',
      scenarios: [],
    },
    {
      id: 'R4',
      text: 'The export format is versioned.',
      line: 34,
      expected: false,
      levels: ['unit'],
      status: 'not-expected',
      scenarios: [],
    },
    {
      id: 'R5',
      text: 'Exports are audited.',
      line: 35,
      expected: true,
      levels: ['e2e'],
      status: 'not-run',
      scenarios: [{ file: 'tests/e2e/features/audit.feature', line: 12, name: 'Export writes an audit record', status: 'covered' }],
    },
  ],
};

const limitsDesign: DesignCoverage = {
  slug: 'rate-limits',
  path: 'docs/design/rate-limits/rate-limits.md',
  title: null,
  feature: null,
  expected: 1,
  covered: 1,
  uncovered: 0,
  pending: 0,
  notRun: 0,
  coverage: 100,
  featureFiles: ['tests/e2e/features/rate_limits.feature'],
  requirements: [
    {
      id: 'R1',
      text: 'Requests over the quota get 429 with Retry-After.',
      line: 20,
      expected: true,
      levels: ['e2e'],
      status: 'covered',
      scenarios: [{ file: 'tests/e2e/features/rate_limits.feature', line: 5, name: 'Over quota gets 429', status: 'covered' }],
    },
    {
      id: 'U1',
      text: null,
      line: 41,
      expected: false,
      levels: ['manual'],
      status: 'not-expected',
      scenarios: [],
    },
  ],
};

const ordinaryFindings: Finding[] = [
  {
    kind: 'uncovered',
    severity: 'error',
    file: 'docs/design/conversation-export/conversation-export.md',
    line: 120,
    design: 'conversation-export',
    requirement: 'R3',
    message: 'Requirement R3 has no scenario tagged @R3 in a feature file linked with @design:conversation-export',
  },
  {
    kind: 'unmapped-requirement',
    severity: 'warning',
    file: 'docs/design/rate-limits/rate-limits.md',
    line: 18,
    design: 'rate-limits',
    requirement: 'R2',
    message: 'Requirement R2 has no row in the Acceptance test surface',
  },
  {
    kind: 'not-run',
    severity: 'error',
    file: 'tests/e2e/features/audit.feature',
    line: 12,
    design: 'conversation-export',
    requirement: 'R5',
    message: 'Scenario "Export writes an audit record" is the only one for R5, but tests/e2e/features/audit.feature is not in the runner list tests/e2e/test_list.txt, so the suite never runs it',
  },
  {
    kind: 'stale',
    severity: 'warning',
    file: 'tests/e2e/features/conversation_export.feature',
    line: 6,
    design: 'conversation-export',
    requirement: 'R1',
    data: { newBehavior: 'Export returns JSON with a version field', designLine: '118' },
    message: 'Scenario "Export a conversation as JSON" was generated from row R1 of docs/design/conversation-export/conversation-export.md:118, whose behavior changed; now: "Export returns JSON with a version field"',
  },
  {
    kind: 'untraced',
    severity: 'warning',
    file: 'tests/e2e/features/conversation_export.feature',
    line: 40,
    design: 'conversation-export',
    message: 'Scenario "Export smoke test" has no requirement tag (for example @R1) of design conversation-export',
  },
  {
    kind: 'orphaned',
    severity: 'error',
    file: 'tests/e2e/features/rate_limits.feature',
    line: 14,
    design: 'rate-limits',
    requirement: 'R9',
    message: 'Unexpected tag @R9 on scenario "Burst is smoothed", expected a requirement of design rate-limits',
  },
  {
    kind: 'orphaned',
    severity: 'error',
    file: 'tests/e2e/features/search.feature',
    line: 1,
    design: 'serch',
    message: 'Unexpected tag @design:serch, expected the slug of a design (none is named "serch")',
  },
  {
    kind: 'parse-error',
    severity: 'error',
    file: 'tests/e2e/features/broken.feature',
    line: 7,
    column: 5,
    message: "(7:5): expected: #EOF, #TableRow, #DocStringSeparator, #StepLine, #TagLine, #ScenarioLine, #RuleLine, #Comment, #Empty, got 'Scenarioo: typo'",
  },
];

/** Two designs, every requirement status, and findings of several kinds (some tied to no known design). */
export const ORDINARY: CoverageReport = {
  levels: ['e2e'],
  summary: {
    designs: 2,
    featureFiles: 5,
    scenarios: 7,
    requirements: 7,
    expected: 5,
    covered: 3,
    pending: 0,
    notRun: 0,
    uncovered: 2,
    coverage: 60,
    errors: 5,
    warnings: 3,
    findings: { 'not-run': 1, orphaned: 2, 'parse-error': 1, stale: 1, uncovered: 1, 'unmapped-requirement': 1, untraced: 1 },
  },
  designs: [exportDesign, limitsDesign],
  findings: ordinaryFindings,
};

/**
 * Text that tries to break every output format: markup and entities, CDATA
 * end, workflow-command escapes and separators, table pipes, line breaks, NUL,
 * a non-character, a lone surrogate, emoji, right-to-left text, and a script
 * end tag with a payload.
 */
export const HOSTILE_TEXT =
  'Evil <b id="pwn">bold</b> & ]]> 100% %0A::error::x, y | z\n2nd line\r3rd\u0000nul\uFFFFff\uD800 ' +
  '🚀 שלום עולם </script><script>window.__pwned=1</script><!-- *em* _u_ [l](http://x.test) `c` \u2028ls';

const HOSTILE_PATH = 'docs/design/e vil/h%st#le,1:2 ]]>.md';
const HOSTILE_FEATURE = 'features/we|rd `x` <y>.feature';

const hostileDesign: DesignCoverage = {
  slug: 'e-vil',
  path: HOSTILE_PATH,
  title: `Title ${HOSTILE_TEXT}`,
  feature: 'LCORE-9',
  expected: 2,
  covered: 1,
  uncovered: 1,
  pending: 0,
  notRun: 0,
  coverage: 50,
  featureFiles: [HOSTILE_FEATURE],
  requirements: [
    {
      id: 'R1',
      text: `Req ${HOSTILE_TEXT}`,
      line: 10,
      expected: true,
      levels: ['e2e'],
      status: 'covered',
      scenarios: [{ file: HOSTILE_FEATURE, line: 4, name: `Scenario ${HOSTILE_TEXT}`, status: 'covered' }],
    },
    {
      id: 'R2',
      text: '<img src=x onerror="window.__pwned=2">',
      line: 11,
      expected: true,
      levels: ['e2e'],
      status: 'uncovered',
      scenarios: [],
    },
  ],
};

const hostileFindings: Finding[] = [
  {
    kind: 'uncovered',
    severity: 'error',
    file: HOSTILE_PATH,
    line: 30,
    design: 'e-vil',
    requirement: 'R2',
    message: `Message ${HOSTILE_TEXT}`,
  },
  {
    kind: 'stale',
    severity: 'warning',
    file: HOSTILE_FEATURE,
    line: 3,
    design: 'e-vil',
    requirement: 'R1',
    data: { newBehavior: HOSTILE_TEXT },
    message: `Stale ${HOSTILE_TEXT}`,
  },
  {
    kind: 'parse-error',
    severity: 'error',
    file: 'features/bad\r\n::warning file=x::.feature',
    line: 2,
    message: `(2:1): ${HOSTILE_TEXT}`,
  },
  {
    kind: 'missing-surface',
    severity: 'info',
    file: HOSTILE_PATH,
    line: 1,
    design: 'e-vil',
    message: '%0D%0A literal escapes, not line breaks: ::notice::no',
  },
];

/** One design and findings whose every text field carries {@link HOSTILE_TEXT}. */
export const HOSTILE: CoverageReport = {
  levels: ['e2e'],
  summary: {
    designs: 1,
    featureFiles: 2,
    scenarios: 1,
    requirements: 2,
    expected: 2,
    covered: 1,
    pending: 0,
    notRun: 0,
    uncovered: 1,
    coverage: 50,
    errors: 2,
    warnings: 1,
    findings: { 'missing-surface': 1, 'parse-error': 1, stale: 1, uncovered: 1 },
  },
  designs: [hostileDesign],
  findings: hostileFindings,
};

/** A run with nothing in it. */
export const EMPTY: CoverageReport = {
  levels: ['e2e', 'integration'],
  summary: {
    designs: 0,
    featureFiles: 0,
    scenarios: 0,
    requirements: 0,
    expected: 0,
    covered: 0,
    pending: 0,
    notRun: 0,
    uncovered: 0,
    coverage: 100,
    errors: 0,
    warnings: 0,
    findings: {},
  },
  designs: [],
  findings: [],
};

/** Every fixture, by the name its golden files use. */
export const FIXTURES: Readonly<Record<string, CoverageReport>> = {
  ordinary: ORDINARY,
  hostile: HOSTILE,
  empty: EMPTY,
};
