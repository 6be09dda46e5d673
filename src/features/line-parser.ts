import { Parser } from '@cucumber/gherkin';
// Not re-exported by the package's entry (the cache key includes the package version; the corpus
// tests compare this parser with the library's own on every file).
import { Token } from '@cucumber/gherkin/dist/Parser.js';
import { GherkinLine } from './gherkin-line.js';

/** The parser's builder and token matcher, as its constructor takes them. */
type ParserParts = ConstructorParameters<typeof Parser>;

/** The part of the parser's internals replaced here: where its tokens come from. */
interface TokenSource {
  readToken(context: { tokenQueue: Token[] }): Token;
}

/** A parser that can be reused: `parse` resets it, and it collects every error (it does not stop at the first). */
export interface LineParser {
  /** Parse Gherkin text; throws what `Parser.parse` throws. */
  parse(text: string): unknown;
}

/**
 * `@cucumber/gherkin`'s parser, fed with this package's {@link GherkinLine}
 * instead of its own: the grammar, the token matcher, the builder and every
 * error stay the library's. Lines are split exactly as its `TokenScanner`
 * does (`\r?\n`, a last blank line dropped).
 */
export function createLineParser(builder: ParserParts[0], matcher: ParserParts[1]): LineParser {
  const parser = new Parser(builder, matcher);
  parser.stopAtFirstError = false;
  let lines: string[] = [];
  let next = 0;
  const readLine = (): Token => {
    const text = lines[next++];
    const line = text === undefined ? null : new GherkinLine(text, next);
    return new Token(line as unknown as ConstructorParameters<typeof Token>[0], { line: next });
  };
  (parser as unknown as TokenSource).readToken = (context) => context.tokenQueue.shift() ?? readLine();
  return {
    parse(text) {
      lines = text.split(/\r?\n/);
      if (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
      next = 0;
      try {
        // The text given to the library's own scanner is empty: every token comes from `readLine`.
        return parser.parse('');
      } finally {
        lines = [];
      }
    },
  };
}
