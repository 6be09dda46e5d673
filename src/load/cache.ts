import path from 'node:path';
import type { Design, FeatureIndex } from '../model.js';
import { cacheFolderRefusal, codeFingerprint, defaultCacheDir, readCacheFile, writeCacheFile } from '../io/cache-folder.js';
import type { FileStamp } from '../io/read-bytes.js';

/**
 * The on-disk cache of feature indexes and designs, after knip's file-entry cache: one JSON file per
 * tool version and code fingerprint, entries by path, each valid while the file's stamp is unchanged.
 * A run keeps only the entries it used; anything unreadable or foreign is a miss, never an error.
 */
export interface Cache {
  /** Why the cache is not used (see `cacheFolderRefusal`), or null. */
  readonly note: string | null;
  /** The feature index recorded for `file` at `stamp`, or undefined (also when it lists less than `all` asks). */
  feature(file: string, stamp: FileStamp | null, all: boolean): FeatureIndex | undefined;
  /** The design recorded for `file` at `stamp`, or undefined. */
  design(file: string, stamp: FileStamp | null): Design | undefined;
  /** Record what was read from `file` at `stamp` (a stamp too recent to trust never matches, see {@link SETTLE_MS}). */
  set(kind: 'feature' | 'design', file: string, stamp: FileStamp | null, now: number, value: FeatureIndex | Design): void;
  /** Write the entries this run used, when it recorded any; false when nothing was written. */
  save(): boolean;
}

/** Format tag in the file; bump it when the stored shape changes. */
const FORMAT = 'gherkin-bridge/cache@1';

/** How old a stamp must be to be trusted: a write in the same clock tick as our read could keep it (git's "racy" case). */
const SETTLE_MS = 2000;

/** An entry: the stamp it was recorded at, then the value. */
type Entry = [size: number, mtimeMs: number, ctimeMs: number, value: unknown];

/** The folders of the code whose output is cached, and the parsers it uses: the cache file's name changes with them. */
const CACHED_CODE = ['../features/', '../design/', '../shared/'];
const PARSERS = ['@cucumber/gherkin', 'unified', 'remark-parse', 'remark-gfm', 'mdast-util-to-string'];
let version: string | undefined;

/** Open the cache in folder `dir` for the project in `root`. Synchronous: one read. */
export function openCache(dir: string, root: string): Cache {
  const note = cacheFolderRefusal(dir, root);
  version ??= codeFingerprint(CACHED_CODE.map((folder) => new URL(folder, import.meta.url)), PARSERS);
  const name = `cache-${version}.json`;
  const stored = parse(note ? null : readCacheFile(dir, name), path.resolve(root));
  const used = new Map<string, Entry>();
  let changed = false;
  /** The value recorded for `key` at `stamp`; a copy from the second time on, so no two callers share objects. */
  const lookUp = (key: string, stamp: FileStamp | null): unknown => {
    const seen = used.get(key);
    const entry = seen ?? stored.get(key);
    if (!entry || !stamp || entry[0] !== stamp[0] || entry[1] !== stamp[1] || entry[2] !== stamp[2]) return undefined;
    used.set(key, entry);
    return seen ? structuredClone(entry[3]) : entry[3];
  };
  return {
    note,
    feature(file, stamp, all) {
      const index = lookUp(`f:${file}`, stamp) as FeatureIndex | undefined;
      return isIndex(index, file) && !(all && index.unlinkedScenarios !== undefined) ? index : undefined;
    },
    design(file, stamp) {
      const design = lookUp(`d:${file}`, stamp) as Design | undefined;
      return isDesign(design, file) ? design : undefined;
    },
    set(kind, file, stamp, now, value) {
      if (!stamp) return;
      // Written just now: kept (so the file is written), with a time that matches no stamp.
      const settled = now - stamp[1] > SETTLE_MS;
      used.set(`${kind[0]}:${file}`, [stamp[0], settled ? stamp[1] : -1, stamp[2], value]);
      changed = true;
    },
    save() {
      if (!changed || note) return false;
      changed = false;
      return writeCacheFile(dir, name, `${JSON.stringify({ format: FORMAT, root: path.resolve(root), entries: [...used].flat(1) })}\n`);
    },
  };
}

/** The entries of a cache file's text, keyed `f:<path>` or `d:<path>`; none for another format or project. */
function parse(text: string | null, root: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const data = text === null ? null : (JSON.parse(text) as { format?: unknown; root?: unknown; entries?: unknown });
    if (!data || data.format !== FORMAT || data.root !== root || !Array.isArray(data.entries)) return entries;
    const items = data.entries as unknown[];
    for (let i = 0; i + 1 < items.length; i += 2) {
      const [key, entry] = [items[i], items[i + 1]];
      if (typeof key === 'string' && Array.isArray(entry) && entry.length === 4) entries.set(key, entry as Entry);
    }
  } catch {
    // Corrupt: a miss for every file.
  }
  return entries;
}

/** Shape check of a stored index: a damaged entry is a miss, never a crash later. */
function isIndex(value: FeatureIndex | undefined, file: string): value is FeatureIndex {
  return (
    !!value &&
    value.path === file &&
    Array.isArray(value.designTags) &&
    Array.isArray(value.diagnostics) &&
    Array.isArray(value.scenarios) &&
    value.scenarios.every((s) => !!s && Array.isArray(s.requirements) && Array.isArray(s.tags))
  );
}

function isDesign(value: Design | undefined, file: string): value is Design {
  return (
    !!value &&
    value.path === file &&
    typeof value.slug === 'string' &&
    [value.requirements, value.useCases, value.surface, value.diagnostics].every(Array.isArray) &&
    value.surface.every((row) => !!row && Array.isArray(row.requirements))
  );
}

/** The run's cache in `cacheDir` (relative to `root`), else `defaultCacheDir` with no user cache folder; null with `cache: false`; `onNote` hears why a folder is ignored. */
export function cacheFor(
  root: string,
  options: { cache: boolean; cacheDir: string | null },
  onNote?: (message: string) => void,
): Cache | null {
  const dir = options.cacheDir ? path.resolve(root, options.cacheDir) : defaultCacheDir(root, null);
  if (!options.cache || !dir) return null;
  const cache = openCache(dir, root);
  if (cache.note) onNote?.(cache.note);
  return cache;
}
