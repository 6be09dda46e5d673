// C, the floor of the obvious approach: read every .feature file under the
// given folders and parse and compile it with @cucumber/gherkin, on one thread,
// as a user's own script would. Prints what it saw, so the work cannot be skipped.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';

let files = 0;
let pickles = 0;
let errors = 0;
for (const root of process.argv.slice(2)) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.feature')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const newId = IdGenerator.incrementing();
    try {
      const document = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(text);
      pickles += compile(document, file, newId).length;
    } catch {
      errors++;
    }
    files++;
  }
}
console.log(JSON.stringify({ files, pickles, errors }));
