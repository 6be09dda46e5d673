import { GherkinClassicTokenMatcher, type Parser } from '@cucumber/gherkin';
// Not re-exported by the package's entry; the cache key includes the package version, and
// test/features/scan-gherkin.test.ts checks this scan against the full parse on every corpus file.
import { RuleType, TokenType } from '@cucumber/gherkin/dist/Parser.js';
import type IToken from '@cucumber/gherkin/dist/IToken.js';
import { createLineParser, type LineParser } from './line-parser.js';
import { quickScan } from './quick-scan.js';

/** What {@link scanGherkin} learns from a valid file without building its syntax tree. */
export interface GherkinScan {
  /** The Feature line's name and line, or null for a file with no Feature (empty, comments only). */
  feature: { name: string; line: number } | null;
  /** Scenarios and Scenario Outlines (inside Rules too; Backgrounds are not scenarios). */
  scenarios: number;
}

interface Frame {
  rule: RuleType;
  /** Cell counts of the rows of a data table or Examples table. */
  rows: number[] | null;
}

/**
 * The parts of `AstBuilder` that can reject a document, and nothing else: the
 * parser's state machine finds every other error, so a scan that ends without
 * one agrees with a full parse. The only check the builder adds is that every
 * row of a table has as many cells as the first.
 */
class ScanBuilder {
  private stack: Frame[] = [];
  private feature: GherkinScan['feature'] = null;
  private scenarios = 0;
  /** Set when a table row's cell count differs from its table's first row. */
  inconsistent = false;

  reset(): void {
    this.stack = [{ rule: RuleType.None, rows: null }];
    this.feature = null;
    this.scenarios = 0;
    this.inconsistent = false;
  }

  startRule(rule: RuleType): void {
    const table = rule === RuleType.DataTable || rule === RuleType.ExamplesTable;
    this.stack.push({ rule, rows: table ? [] : null });
  }

  endRule(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.rule === RuleType.ScenarioDefinition) this.scenarios++;
    const first = frame.rows?.[0];
    if (first !== undefined && frame.rows?.some((cells) => cells !== first)) this.inconsistent = true;
  }

  build(token: IToken<TokenType>): void {
    if (token.matchedType === TokenType.TableRow) {
      this.stack[this.stack.length - 1]?.rows?.push(token.matchedItems.length);
    } else if (token.matchedType === TokenType.FeatureLine && this.feature === null) {
      this.feature = { name: token.matchedText ?? '', line: token.location.line };
    }
  }

  getResult(): GherkinScan {
    return { feature: this.feature, scenarios: this.scenarios };
  }
}

let shared: { parser: LineParser; builder: ScanBuilder } | null = null;

function scanner(): { parser: LineParser; builder: ScanBuilder } {
  if (!shared) {
    const builder = new ScanBuilder();
    // The parser calls only reset, startRule, endRule, build and getResult on its builder.
    const parser = createLineParser(builder as unknown as ConstructorParameters<typeof Parser>[0], new GherkinClassicTokenMatcher());
    shared = { parser, builder };
  }
  return shared;
}

/**
 * Check Gherkin text as a full parse would, without building the syntax
 * tree: the Feature's name and line and the number of scenarios when the
 * text is valid, or null when a full parse would report an error (the caller
 * parses it fully to word the errors). English text that is valid is
 * scanned by {@link quickScan} (from its UTF-8 bytes); anything else by the
 * library's parser, with {@link libraryScan}.
 */
export function scanGherkin(text: string): GherkinScan | null {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The quick scan reads UTF-8; a string with a lone surrogate has none that reads back the same.
  const wellFormed = (source as string & { isWellFormed(): boolean }).isWellFormed();
  return (wellFormed ? quickScan(Buffer.from(source, 'utf8')) : undefined) ?? libraryScan(source);
}

/**
 * {@link scanGherkin} with the same parser and token matcher as a full parse
 * (about a third cheaper than one): the reference the quick scan is tested
 * against, and the scan of whatever it declines. `text` has no byte order mark.
 */
export function libraryScan(text: string): GherkinScan | null {
  const { parser, builder } = scanner();
  try {
    parser.parse(text);
    return builder.inconsistent ? null : builder.getResult();
  } catch {
    return null;
  }
}
