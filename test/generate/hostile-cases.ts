/**
 * Design text chosen to break a naive generator. `appears` lists fragments
 * that must be found literally in the output (line breaks split a text into
 * several comment lines; other control characters become spaces).
 */
export interface HostileCase {
  name: string;
  text: string;
  appears: string[];
}

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'pipes', text: '| a | b |', appears: ['| a | b |'] },
  { name: 'leading pipe', text: '|starts with a pipe', appears: ['|starts with a pipe'] },
  { name: 'hash', text: '# not a comment', appears: ['# not a comment'] },
  { name: 'at signs', text: '@not-a-tag and @another', appears: ['@not-a-tag and @another'] },
  { name: 'doc string quotes', text: '"""\nfenced\n"""', appears: ['"""', 'fenced'] },
  { name: 'backticks', text: '```\ncode\n```', appears: ['```', 'code'] },
  {
    name: 'keywords on their own lines',
    text: 'Scenario: fake\nGiven a step\nFeature: another\nRule: r\nBackground: b\nExamples:\n| x |',
    appears: ['Scenario: fake', 'Given a step', 'Feature: another', 'Rule: r', 'Background: b', 'Examples:', '| x |'],
  },
  { name: 'leading step keyword', text: 'Given the user logs in', appears: ['Given the user logs in'] },
  { name: 'leading feature keyword', text: 'Feature: inner', appears: ['Feature: inner'] },
  { name: 'tabs', text: 'a\tb\t\tc', appears: ['a\tb\t\tc'] },
  { name: 'CR', text: 'one\rtwo', appears: ['one', 'two'] },
  { name: 'CRLF', text: 'one\r\ntwo', appears: ['one', 'two'] },
  { name: 'LF', text: 'one\ntwo', appears: ['one', 'two'] },
  {
    name: 'NUL and other controls',
    text: 'nul\u0000 bell\u0007 esc\u001b[31m del\u007f csi\u009b',
    appears: ['nul  bell  esc [31m del  csi '],
  },
  { name: 'VT FF FS GS RS NEL', text: 'a\u000bb\u000cc\u001cd\u001de\u001ef\u0085g', appears: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
  { name: 'U+2028 and U+2029', text: 'line\u2028separator\u2029paragraph', appears: ['line', 'separator', 'paragraph'] },
  { name: '10,000-character line of words', text: 'word '.repeat(2000).trim(), appears: ['word '.repeat(2000).trim()] },
  { name: '10,000-character unbroken line', text: 'x'.repeat(10_000), appears: ['x'.repeat(10_000)] },
  {
    name: 'emoji',
    text: '👩‍👩‍👧‍👦 family, 🇺🇦 flag, 😀 grin',
    appears: ['👩‍👩‍👧‍👦 family, 🇺🇦 flag, 😀 grin'],
  },
  {
    name: 'right-to-left text',
    text: 'مرحبا بالعالم שלום עולם \u202Eevil\u202C done',
    appears: ['مرحبا بالعالم שלום עולם \u202Eevil\u202C done'],
  },
  {
    name: 'handlebars expressions',
    text: '{{foo}} {{#each}} {{#each items}}x{{/each}} {{> scenario}} {{{raw}}} {{! comment}}',
    appears: ['{{foo}} {{#each}} {{#each items}}x{{/each}} {{> scenario}} {{{raw}}} {{! comment}}'],
  },
  { name: 'language directive', text: '#language: fr\n# language: de', appears: ['#language: fr', '# language: de'] },
  {
    name: 'provenance look-alike',
    text: 'first\ngherkin-bridge: design=evil row=R9 behavior=abcdef123456',
    appears: ['first', 'gherkin-bridge: design=evil row=R9 behavior=abcdef123456'],
  },
  { name: 'BOM and lone surrogate', text: 'bom\uFEFF lone\uD800 end', appears: ['bom\uFEFF lone\uFFFD end'] },
  { name: 'empty', text: '', appears: [] },
  { name: 'only whitespace', text: ' \n\t \r\n ', appears: [] },
  { name: 'table escapes', text: '\\| \\n \\\\', appears: ['\\| \\n \\\\'] },
  { name: 'leading and trailing spaces', text: '   padded   ', appears: ['padded'] },
  { name: 'Scenario Outline placeholders', text: 'uses <placeholder> and <other>', appears: ['uses <placeholder> and <other>'] },
];
