/**
 * Arbitrary hand edits to a feature file, the kind people make in an editor:
 * comments and blank lines anywhere, tabs, trailing spaces, CRLF, a BOM, no
 * final newline, and now and then a line that is not Gherkin at all.
 */
import fc from 'fast-check';

/** A design with four e2e rows, for the feature files below to link to. */
export const SYNC_DESIGN = `# Feature design for payments

## Requirements

- **R1:** Pay by card.
- **R2:** Refund a payment.
- **R3:** Show a receipt with {{amount}} and a | pipe.
- **R4:** Export payments as CSV.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1 | A card payment succeeds | e2e |
| R2 | A refund appears on the statement | e2e |
| R3 | The receipt shows {{amount}} and a \\| pipe | e2e |
| R4 | The CSV export has one line per payment | e2e |
`;

/** Feature files linked to the design, covering some of its rows, in shapes sync must append after. */
export const BASE_FEATURES: readonly string[] = [
  [
    '@design:payments',
    'Feature: Payments',
    '',
    '  Background:',
    '    Given a merchant account',
    '',
    '  @R1',
    '  Scenario: Pay by card',
    '    Given a card',
    '      | number | expiry |',
    '      | 4242   | 12/30  |',
    '    When I pay 10 EUR',
    '    Then the payment succeeds',
    '',
  ].join('\n'),
  [
    '@design:payments',
    'Feature: Payments',
    '',
    '  @R1 @R2',
    '  Scenario Outline: Pay and refund <amount>',
    '    Given a payment of <amount>',
    '    Then a refund note says:',
    '      """',
    '      refunded <amount>',
    '      # not a comment inside a doc string',
    '      """',
    '',
    '    Examples:',
    '      | amount |',
    '      | 1      |',
    '      | 2      |',
    '',
  ].join('\n'),
  [
    '@design:payments',
    'Feature: Payments',
    '',
    '  Rule: Cards',
    '',
    '    @R1',
    '    Example: Pay by card',
    '      Given a card',
    '      Then the payment succeeds',
  ].join('\n'),
  ['@design:payments', 'Feature: Payments', ''].join('\n'),
];

/** One edit, applied to the lines of a file (LF, no final newline marker). */
export type LineEdit =
  | { kind: 'comment'; at: number; text: string }
  | { kind: 'blank'; at: number; text: string }
  | { kind: 'tabs'; at: number }
  | { kind: 'trailing'; at: number; text: string }
  | { kind: 'junk'; at: number };

/** Whole-file edits, applied after the line edits. */
export interface FileEdits {
  crlf: boolean;
  bom: boolean;
  noFinalNewline: boolean;
  extraFinalBlankLines: number;
}

const commentText = fc
  .array(fc.constantFrom('note', '@R4', '@design:other', '{{x}}', '|', '"""', 'Scenario:', '\t', ' ', '😀', 'ש', 'gherkin-bridge:', 'TODO'), {
    maxLength: 5,
  })
  .map((parts) => parts.join(' '));

const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('comment' as const), at: fc.nat(), text: fc.tuple(fc.constantFrom('', '  ', '\t', '    '), commentText).map(([indent, text]) => `${indent}#${text}`) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('blank' as const), at: fc.nat(), text: fc.constantFrom('', ' ', '\t', '  \t  ') }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('tabs' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('trailing' as const), at: fc.nat(), text: fc.constantFrom(' ', '\t', '   ') }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('junk' as const), at: fc.nat() }), weight: 1 },
);

/** A base file and the edits made to it. */
export interface EditedFeature {
  base: number;
  edits: LineEdit[];
  file: FileEdits;
}

export const editedFeatureArb: fc.Arbitrary<EditedFeature> = fc.record({
  base: fc.nat({ max: BASE_FEATURES.length - 1 }),
  edits: fc.array(lineEdit, { maxLength: 8 }),
  file: fc.record({
    crlf: fc.boolean(),
    bom: fc.boolean(),
    noFinalNewline: fc.boolean(),
    extraFinalBlankLines: fc.nat({ max: 2 }),
  }),
});

/** The text of a base file after the edits. */
export function applyEdits({ base, edits, file }: EditedFeature): string {
  const lines = (BASE_FEATURES[base] ?? '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const edit of edits) {
    const at = lines.length === 0 ? 0 : edit.at % (lines.length + 1);
    switch (edit.kind) {
      case 'comment':
      case 'blank':
        lines.splice(at, 0, edit.text);
        break;
      case 'junk':
        lines.splice(at, 0, '    this line is not Gherkin');
        break;
      case 'tabs': {
        const index = Math.min(at, lines.length - 1);
        if (index >= 0) lines[index] = (lines[index] ?? '').replace(/^ +/, (spaces) => '\t'.repeat(Math.ceil(spaces.length / 2)));
        break;
      }
      case 'trailing': {
        const index = Math.min(at, lines.length - 1);
        if (index >= 0) lines[index] = `${lines[index] ?? ''}${edit.text}`;
        break;
      }
    }
  }
  for (let k = 0; k < file.extraFinalBlankLines; k++) lines.push('');
  let text = lines.join('\n') + (file.noFinalNewline ? '' : '\n');
  if (file.crlf) text = text.replace(/\n/g, '\r\n');
  return (file.bom ? '\uFEFF' : '') + text;
}
