import { AstBuilder, GherkinClassicTokenMatcher, Parser, dialects } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument } from '@cucumber/messages';
import { convertLineEndings, detectLineEnding, endsWithLineBreak } from './line-endings.js';
import { SyncError } from './sync-error.js';

/** Name of the Rule that {@link appendScenarios} opens when a file ends inside another Rule. */
export const GENERATED_RULE_TITLE = 'Scenarios added by gherkin-bridge sync';

/** Options of {@link appendScenarios}. */
export interface AppendOptions {
  /** Gherkin text (LF) written first when the file has no Feature yet (`@design:x\nFeature: X\n`). */
  featureHeader?: string;
  /** Name of the Rule opened when the file ends inside a Rule; {@link GENERATED_RULE_TITLE} by default. */
  ruleTitle?: string;
}

/**
 * Where appended scenarios land: under the Feature, in a new or the reused generated Rule, in a file
 * without a Feature, or in one that does not parse (appended to as is).
 */
export type AppendTarget = 'feature' | 'new-rule' | 'generated-rule' | 'no-feature' | 'unparsed';

/** Which {@link AppendTarget} `original` has, for the given options. */
export function appendTarget(original: string, options: AppendOptions = {}): AppendTarget {
  return analyse(original, options.ruleTitle ?? GENERATED_RULE_TITLE).target;
}

/** The Gherkin dialect of a feature file (`en` without a header), or null when it has no Feature or does not parse. */
export function fileLanguage(original: string): string | null {
  return analyse(original, GENERATED_RULE_TITLE).language;
}

/**
 * Append generated scenarios (`block`, LF) at the end of a feature file, in its line ending style;
 * `original` is always a prefix of the result. A file that ends inside a Rule would lend it its tags
 * and Background, so an untagged {@link GENERATED_RULE_TITLE} Rule is opened (or reused) first.
 *
 * @throws {SyncError} `sync.noFeature` when the file has no Feature and no `featureHeader` was given.
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

  return original + insertion;
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
    // The file is broken with or without the new scenarios; `coverage` reports the parse error.
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
  const rest = block.replaceAll('\r\n', '\n').replace(/^(?:[^\S\n]*\n)*/, '');
  if (rest.trim() === '') return '';
  return rest.endsWith('\n') ? rest : `${rest}\n`;
}

/** Whether the last line of `text` (ignoring its final line break, if any) is blank. */
function lastLineIsBlank(text: string): boolean {
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return text.slice(start, end).trim() === '';
}

/** Every line that is not empty, indented by two spaces. */
function indent(lfBlock: string): string {
  return lfBlock.replace(/(?<=^|\n)(?=[^\n])/g, '  ');
}

/** Append a whole feature (`featureText`, LF) to a file with no Feature yet, after one blank line; `original` stays a prefix. */
export function appendFeature(original: string, featureText: string): string {
  const eol = detectLineEnding(original);
  let insertion = endsWithLineBreak(original) ? '' : eol;
  if (original.trim() !== '' && !lastLineIsBlank(original)) insertion += eol;
  return original + insertion + convertLineEndings(normaliseBlock(featureText), eol);
}
