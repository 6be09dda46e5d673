import { isAscii } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A cache file of JSON entries by key, for one run: entries are read once;
 * the run's `get`s and `set`s decide what {@link JsonCache.save} keeps, so
 * the file holds one project's entries and does not grow without end.
 */
export interface JsonCache<T> {
  /** The cache file. */
  readonly file: string;
  /** Entries read from disk (0 when there was no file, or it was unusable). */
  readonly loaded: number;
  /**
   * The entry for `key`, or undefined when there is none or it has the wrong
   * shape. A second `get` of a key returns a copy, so no two callers share
   * mutable objects.
   */
  get(key: string): T | undefined;
  /** Store (or replace) an entry; it is written by the next save. */
  set(key: string, value: T): void;
  /**
   * When the run added entries, write the entries it used: to a temporary
   * file, then renamed over the cache file, so a concurrent run reads the old
   * file or the new one, never a mix. A cache that cannot be written is not
   * an error (read-only checkout, full disk): returns false.
   */
  save(): Promise<boolean>;
}

/** Entries per piece of the written text, so a large cache is never one huge string. */
const ENTRIES_PER_CHUNK = 500;

/**
 * Open the cache file `file`. Its `format` and `version` must match, or it
 * counts as empty (and is replaced on the next save); so does a missing,
 * unreadable or corrupt file. `isEntry` checks each entry's shape on first use.
 * The file is read synchronously: the caller needs it before anything else
 * can start (and in a cold run, workers start right after).
 */
export function openJsonCache<T>(
  file: string,
  format: string,
  version: string,
  isEntry: (value: unknown) => value is T,
): JsonCache<T> {
  const entries = readEntries(file, format, version);
  const used = new Map<string, T>();
  let added = false;
  return {
    file,
    loaded: entries ? Object.keys(entries).length : 0,
    get(key) {
      const seen = used.get(key);
      if (seen !== undefined) return structuredClone(seen);
      const candidate = entries && Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (!isEntry(candidate)) return undefined;
      used.set(key, candidate);
      return candidate;
    },
    set(key, value) {
      used.set(key, value);
      added = true;
    },
    async save() {
      if (!added) return false;
      try {
        await writeCacheFile(file, cacheChunks(format, version, used));
        added = false;
        return true;
      } catch {
        return false;
      }
    },
  };
}

function readEntries(file: string, format: string, version: string): Record<string, unknown> | null {
  let text: string;
  try {
    const bytes = readFileSync(file);
    // Written as ASCII (see `toAscii`): a one-byte string, read without UTF-8
    // decoding, parses faster and takes half the memory of a two-byte one.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; version?: unknown; entries?: unknown } | null;
    if (!data || typeof data !== 'object' || data.format !== format || data.version !== version) return null;
    const { entries } = data;
    return entries && typeof entries === 'object' && !Array.isArray(entries) ? (entries as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const NON_ASCII_RE = /[\u007f-\uffff]/g;

/** JSON text with every non-ASCII character escaped (`\u00e9`): the same value, in ASCII. */
function toAscii(json: string): string {
  return json.replace(NON_ASCII_RE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function* cacheChunks<T>(format: string, version: string, entries: Map<string, T>): Generator<string> {
  yield toAscii(`{"format":${JSON.stringify(format)},"version":${JSON.stringify(version)},"entries":{`);
  let parts: string[] = [];
  let first = true;
  for (const [key, entry] of entries) {
    parts.push(toAscii(`${first ? '' : ','}\n${JSON.stringify(key)}:${JSON.stringify(entry)}`));
    first = false;
    if (parts.length === ENTRIES_PER_CHUNK) {
      yield parts.join('');
      parts = [];
    }
  }
  yield `${parts.join('')}\n}}\n`;
}

async function writeCacheFile(file: string, chunks: Iterable<string>): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  // Like pytest's and mypy's caches: a `*` .gitignore keeps the folder (and
  // itself) out of `git status` in repositories that do not ignore node_modules.
  await writeFile(path.join(dir, '.gitignore'), '# Created by gherkin-bridge.\n*\n', { flag: 'wx' }).catch(() => {});
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, chunks, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
