import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type Pickle } from '@cucumber/messages';

/** Parse Gherkin text; throws on parse errors like the real runners do. */
export function parseGherkin(text: string): GherkinDocument {
  return new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(text);
}

/** The pickles (runnable scenarios with inherited tags) of Gherkin text. */
export function picklesOf(text: string): readonly Pickle[] {
  const document = parseGherkin(text);
  return document.feature ? compile(document, 'test.feature', IdGenerator.incrementing()) : [];
}

/** The kinds of line break present in `text`: `CRLF`, `LF` (bare) and `CR` (lone). */
export function lineBreakKinds(text: string): Set<string> {
  const kinds = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        kinds.add('CRLF');
        i++;
      } else {
        kinds.add('CR');
      }
    } else if (code === 10) {
      kinds.add('LF');
    }
  }
  return kinds;
}
