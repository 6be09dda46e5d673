import { AstBuilder, GherkinClassicTokenMatcher, Parser, dialects } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument } from '@cucumber/messages';
import { convertLineEndings, detectLineEnding, endsWithLineBreak } from './line-endings.js';
import { SyncError } from './sync-error.js';

/** Name of the Rule that {@link appendScenarios} opens when a file ends inside another Rule. */
export const GENERATED_RULE_TITLE = 'Scenarios added by gherkin-bridge sync';

/** Options of {@link appendScenarios}. */
export interface AppendOptions {
  /**
   * Gherkin text (LF) written before the block when the file has no Feature
   * yet (empty, blank or comment-only), for example `@design:x\nFeature: X\n`.
   * Without it such a file is an error, because scenarios outside a Feature do
   * not parse.
   */
  featureHeader?: string;
  /** Name of the Rule opened when the file ends inside a Rule; {@link GENERATED_RULE_TITLE} by default. */
  ruleTitle?: string;
}

/**
 * Where appended scenarios land:
 * - `feature`: directly under the Feature (its last child is not a Rule);
 * - `new-rule`: the file ends inside a Rule, so a new untagged Rule is opened first;
 * - `generated-rule`: the file already ends inside such a generated Rule, which is reused;
 * - `no-feature`: the file has no Feature (empty, blank or comments only);
 * - `unparsed`: the file does not parse, so it is appended to as is.
 */
export type AppendTarget = 'feature' | 'new-rule' | 'generated-rule' | 'no-feature' | 'unparsed';

/** Which {@link AppendTarget} `original` has, for the given options. */
export function appendTarget(original: string, options: AppendOptions = {}): AppendTarget {
  return analyse(original, options.ruleTitle ?? GENERATED_RULE_TITLE).target;
}

/**
 * The Gherkin dialect of a feature file (its `# language:` header, `en`
 * without one), or null when it has no Feature or does not parse: generated
 * scenarios appended to it must use its keywords.
 */
export function fileLanguage(original: string): string | null {
  return analyse(original, GENERATED_RULE_TITLE).language;
}

/**
 * Append generated scenarios at the end of a feature file without touching
 * any of its bytes: `original` is always a prefix of the result.
 *
 * `block` is LF text (the generator's output); it is converted to the file's
 * line ending style (from its first line break, LF by default). A line break
 * is added first when the file has no final one, then one blank line unless
 * the file already ends with a blank line.
 *
 * A Feature's scenarios and Rules run to the end of the file, so a file that
 * ends inside a Rule would make the appended scenarios part of that Rule: they
 * would inherit its tags (a `@R3` or `@design:` on the Rule would claim them)
 * and run its Background. To keep their tags their own, a new untagged Rule
 * named {@link GENERATED_RULE_TITLE} (in the file's language) is opened first
 * and the block is indented under it; the next append reuses that Rule.
 *
 * @throws {SyncError} `sync.noFeature` when the file has no Feature and no
 *   `featureHeader` was given.
 */
export function appendScenarios(original: string, block: string, options: AppendOptions = {}): string {
  const lfBlock = normaliseBlock(block);
  if (lfBlock === '') return original;

  const ruleTitle = options.ruleTitle ?? GENERATED_RULE_TITLE;
  const { target, ruleKeyword } = analyse(original, ruleTitle);
  const eol = detectLineEnding(original);
  let insertion = '';
  if (!endsWithLineBreak(original)) insertion += eol;
  if (original.length > 0 && !lastLineIsBlank(original)) insertion += eol;

  if (target === 'no-feature') {
    if (options.featureHeader === undefined) {
      throw new SyncError(
        'sync.noFeature',
        'Unexpected file without a Feature, expected one before scenarios can be appended (give a featureHeader to add it)',
      );
    }
    insertion += convertLineEndings(normaliseBlock(options.featureHeader), eol) + eol;
  }
  if (target === 'new-rule') {
    insertion += convertLineEndings(`  ${ruleKeyword}: ${ruleTitle}\n\n`, eol);
  }
  const body = target === 'new-rule' || target === 'generated-rule' ? indent(lfBlock) : lfBlock;
  insertion += convertLineEndings(body, eol);

  const result = original + insertion;
  if (!result.startsWith(original)) {
    throw new SyncError('sync.prefixViolated', 'Unexpected change to existing bytes while appending scenarios');
  }
  return result;
}

interface Analysis {
  target: AppendTarget;
  ruleKeyword: string;
  language: string | null;
}

function analyse(original: string, ruleTitle: string): Analysis {
  let document: GherkinDocument;
  try {
    document = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(original);
  } catch {
    // Its structure is unknown, and the file is broken with or without the
    // new scenarios; `coverage` reports the parse error.
    return { target: 'unparsed', ruleKeyword: 'Rule', language: null };
  }
  const feature = document.feature;
  if (!feature) return { target: 'no-feature', ruleKeyword: 'Rule', language: null };
  const { language } = feature;
  const ruleKeyword = dialects[language]?.rule[0] ?? 'Rule';
  const rule = feature.children.at(-1)?.rule;
  if (!rule) return { target: 'feature', ruleKeyword, language };
  const reusable =
    rule.name === ruleTitle && rule.tags.length === 0 && !rule.children.some((child) => child.background);
  return { target: reusable ? 'generated-rule' : 'new-rule', ruleKeyword, language };
}

/** LF text without leading blank lines, ending with `\n`; empty when there is nothing to add. */
function normaliseBlock(block: string): string {
  const lf = block.replaceAll('\r\n', '\n');
  let start = 0;
  for (;;) {
    const end = lf.indexOf('\n', start);
    if (end === -1 || lf.slice(start, end).trim() !== '') break;
    start = end + 1;
  }
  const rest = lf.slice(start);
  if (rest.trim() === '') return '';
  return rest.endsWith('\n') ? rest : `${rest}\n`;
}

/** Whether the last line of `text` (ignoring its final line break, if any) is blank. */
function lastLineIsBlank(text: string): boolean {
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return text.slice(start, end).trim() === '';
}

function indent(lfBlock: string): string {
  return lfBlock
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
}

/**
 * Append a whole feature (`featureText`, LF, from the feature template) to a
 * file that has none yet: empty, blank or comments only. `original` stays a
 * prefix of the result; the feature is converted to the file's line ending
 * style and separated from a comment by one blank line. For a file that
 * already has a Feature, use {@link appendScenarios}.
 */
export function appendFeature(original: string, featureText: string): string {
  const eol = detectLineEnding(original);
  let insertion = endsWithLineBreak(original) ? '' : eol;
  if (original.trim() !== '' && !lastLineIsBlank(original)) insertion += eol;
  return original + insertion + convertLineEndings(normaliseBlock(featureText), eol);
}
