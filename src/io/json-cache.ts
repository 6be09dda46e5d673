import { isAscii } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Entries by key in one section of a cache file, for one run: entries are read
 * once; the run's `get`s and `set`s decide what the next save keeps, so the
 * file holds one project's entries and does not grow without end.
 */
export interface CacheSection<T> {
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
}

/** A cache file of one section, `entries`. */
export interface JsonCache<T> extends CacheSection<T> {
  /** The cache file. */
  readonly file: string;
  /**
   * When the run added entries, write the entries it used (see
   * {@link CacheFile.save}); false when nothing was written.
   */
  save(): Promise<boolean>;
}

/**
 * A cache file: a format, a version, other fields, and sections of JSON
 * entries by key.
 */
export interface CacheFile {
  readonly file: string;
  /** A field the file was written with (any JSON value), or undefined. */
  field(name: string): unknown;
  /** The section `name`; entries of the wrong shape (`isEntry` false) read as missing. */
  section<T>(name: string, isEntry: (value: unknown) => value is T): CacheSection<T>;
  /**
   * When the run added entries to any section (or `changed` says the fields
   * changed), write the entries each section used, with these fields: to a
   * temporary file, then renamed over the cache file, so a concurrent run
   * reads the old file or the new one, never a mix. A cache that cannot be written is not an
   * error (read-only checkout, full disk): returns false. Synchronous: one
   * write, no turns of the event loop for the process to wait on.
   */
  save(fields?: Record<string, unknown>, changed?: boolean): boolean;
}

/** What each section keeps for the next save. */
interface SectionState {
  used: Map<string, unknown>;
  added: boolean;
}

/**
 * Open the cache file `file`. Its `format` and `version` must match, or it
 * counts as empty (and is replaced on the next save); so does a missing,
 * unreadable or corrupt file. Read synchronously: the caller needs it before
 * anything else can start (and in a cold run, workers start right after).
 */
export function openCacheFile(file: string, format: string, version: string): CacheFile {
  const data = readData(file, format, version);
  const sections = new Map<string, SectionState>();
  return {
    file,
    field(name) {
      return data?.[name];
    },
    section<T>(name: string, isEntry: (value: unknown) => value is T): CacheSection<T> {
      const entries = sectionEntries(data?.[name]);
      const state: SectionState = { used: new Map(), added: false };
      sections.set(name, state);
      return {
        loaded: entries.size,
        get(key) {
          const seen = state.used.get(key) as T | undefined;
          if (seen !== undefined) return structuredClone(seen);
          const candidate = entries.get(key);
          if (!isEntry(candidate)) return undefined;
          state.used.set(key, candidate);
          return candidate;
        },
        set(key, value) {
          state.used.set(key, value);
          state.added = true;
        },
      };
    },
    save(fields = {}, changed = false) {
      if (!changed && ![...sections.values()].some((state) => state.added)) return false;
      try {
        writeCacheText(file, cacheText(format, version, fields, sections));
        for (const state of sections.values()) state.added = false;
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** A cache file of one section, `entries` (see {@link openCacheFile}). */
export function openJsonCache<T>(
  file: string,
  format: string,
  version: string,
  isEntry: (value: unknown) => value is T,
): JsonCache<T> {
  const cache = openCacheFile(file, format, version);
  const entries = cache.section('entries', isEntry);
  return {
    file,
    loaded: entries.loaded,
    get: (key) => entries.get(key),
    set: (key, value) => entries.set(key, value),
    save: async () => cache.save(),
  };
}

function readData(file: string, format: string, version: string): Record<string, unknown> | null {
  let text: string;
  try {
    const bytes = readFileSync(file);
    // Mostly ASCII: read as such, without UTF-8 decoding, when it is.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as Record<string, unknown> | null;
    if (!data || typeof data !== 'object' || data.format !== format || data.version !== version) return null;
    return data;
  } catch {
    return null;
  }
}

/**
 * A section's entries as written: one flat array, key then value, key then
 * value (an object with thousands of keys costs far more to build and to
 * write, and an array per pair is one more object each to read), the first
 * value of a key winning; anything else reads as empty.
 */
function sectionEntries(stored: unknown): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (!Array.isArray(stored)) return entries;
  const items = stored as unknown[];
  for (let i = 0; i + 1 < items.length; i += 2) {
    const key = items[i];
    if (typeof key === 'string' && !entries.has(key)) entries.set(key, items[i + 1]);
  }
  return entries;
}

/**
 * The file's text: one `JSON.stringify` of the whole (several times faster
 * than one per entry), sections as flat arrays of keys and values. Written as UTF-8:
 * escaping the few non-ASCII names to keep the text ASCII cost more when
 * writing (a scan of the whole text) than it saved when reading.
 */
function cacheText(
  format: string,
  version: string,
  fields: Record<string, unknown>,
  sections: ReadonlyMap<string, SectionState>,
): string {
  const data: Record<string, unknown> = { format, version, ...fields };
  for (const [name, { used }] of sections) data[name] = [...used].flat(1);
  return `${JSON.stringify(data)}\n`;
}

function writeCacheText(file: string, text: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  // Like pytest's and mypy's caches: a `*` .gitignore keeps the folder (and
  // itself) out of `git status` in repositories that do not ignore node_modules.
  try {
    writeFileSync(path.join(dir, '.gitignore'), '# Created by gherkin-bridge.\n*\n', { flag: 'wx' });
  } catch {
    // Already there (or not writable: the cache file's write below tells).
  }
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
