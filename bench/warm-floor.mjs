// W, the floor of a warm run: what any warm `coverage` must do before its own
// work, and no more. List the .feature files under the given folders, stat
// each (to see that it is unchanged), and read and parse the cache file the
// tool wrote. Prints what it saw, so the work cannot be skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

let files = 0;
let bytes = 0;
for (const root of process.argv.slice(2)) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.feature')) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
}
const dir = 'node_modules/.cache/gherkin-bridge';
const name = readdirSync(dir).find((file) => file.startsWith('cache-') && file.endsWith('.json'));
const cache = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
console.log(JSON.stringify({ files, bytes, entries: cache.entries.length / 2 }));
