import crypto from 'node:crypto';
import path from 'node:path';
import type { IndexDetail } from '../features/index-feature.js';
import type { Diagnostic, FeatureIndex } from '../model.js';
import { codeFingerprint, toolVersion } from './code-fingerprint.js';
import { sameStamp, type FileStamp } from './file-stamp.js';
import { openCacheFile } from './json-cache.js';

/** Name of the cache file inside the cache folder. */
export const CACHE_FILE = 'feature-index.json';

/** Format tag in the cache file; bump it when the stored shape changes. */
const FORMAT = 'gherkin-bridge/feature-index@2';


/** A diagnostic of a cached index, without the file it belongs to. */
export type StoredDiagnostic = Omit<Diagnostic, 'file'>;

/**
 * A {@link FeatureIndex} without the parts that depend on where the file is,
 * and without its empty lists (most files have no design tag, no listed
 * scenario and no diagnostic: a smaller file reads and writes faster).
 */
export interface StoredIndex {
  name: string | null;
  line: number | null;
  designTags?: string[];
  scenarios?: FeatureIndex['scenarios'];
  unlinkedScenarios?: number;
  diagnostics?: StoredDiagnostic[];
}

/**
 * The on-disk cache of feature indexes, keyed by the SHA-256 of each file's
 * bytes, so that a file moved or copied elsewhere is still found. Entries are
 * stored without their path and re-attached to the file asking.
 */
export interface IndexCache {
  /** The cache file. */
  readonly file: string;
  /** Entries read from disk (0 when there was no file, or it was unusable). */
  readonly loaded: number;
  /**
   * The cached index of text with this hash, attached to `file`, or undefined;
   * also undefined when the entry lists less than `detail` asks for.
   */
  get(hash: string, file: string, detail: IndexDetail): FeatureIndex | undefined;
  /** Remember the index of text with this hash (its path is dropped). */
  set(hash: string, index: FeatureIndex): void;
  /**
   * The hash recorded for the file at `absolutePath` when it had this stamp,
   * so that an unchanged file need not be read to be looked up.
   */
  hashOf(absolutePath: string, stamp: FileStamp): string | undefined;
  /** Record the hash of a file's bytes at a stamp; only for settled files (see `isSettled`). */
  remember(absolutePath: string, stamp: FileStamp, hash: string): void;
  /** Write the entries this run used, when it added any: atomic; false when it cannot be written. */
  save(): Promise<boolean>;
}

/** `crypto.hash` (Node 20.12 and later): one call, no Hash object, faster for small inputs. */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'hex') => string }).hash;

/** SHA-256 (hex) of a file's bytes (a string counts as its UTF-8 bytes): the cache key. */
export function contentHash(content: Uint8Array | string): string {
  return oneShot ? oneShot('sha256', content, 'hex') : crypto.createHash('sha256').update(content).digest('hex');
}

/** The index without its path, or null when its text names the path (then it cannot be reused elsewhere). */
export function toStored(index: FeatureIndex): StoredIndex | null {
  const diagnostics: StoredDiagnostic[] = [];
  for (const { file, ...rest } of index.diagnostics) {
    if (file !== index.path || (index.path !== '' && rest.message.includes(index.path))) return null;
    diagnostics.push(rest);
  }
  const stored: StoredIndex = { name: index.name, line: index.line };
  if (index.designTags.length > 0) stored.designTags = index.designTags;
  if (index.scenarios.length > 0) stored.scenarios = index.scenarios;
  if (diagnostics.length > 0) stored.diagnostics = diagnostics;
  if (index.unlinkedScenarios !== undefined) stored.unlinkedScenarios = index.unlinkedScenarios;
  return stored;
}

/** The index of a stored entry, attached to `file`; keys in the order {@link FeatureIndex} lists them. */
export function fromStored(stored: StoredIndex, file: string): FeatureIndex {
  const index: FeatureIndex = {
    path: file,
    name: stored.name,
    line: stored.line,
    designTags: stored.designTags ?? [],
    scenarios: stored.scenarios ?? [],
    diagnostics: (stored.diagnostics ?? []).map((diagnostic) => {
      const { kind, severity, message, line, column } = diagnostic;
      const attached: Diagnostic = { kind, severity, message, file, line };
      if (column !== undefined) attached.column = column;
      return attached;
    }),
  };
  if (stored.unlinkedScenarios !== undefined) index.unlinkedScenarios = stored.unlinkedScenarios;
  return index;
}

/**
 * Open the feature index cache in `dir` for a tool of `version` (default:
 * this tool's version and a fingerprint of its indexer, {@link cacheVersion}).
 * One file holds the indexes by hash and the stamps by path; paths under
 * `root` (the project's folder; by default the cache folder's parent) are
 * stored relative to it, and the stamps of a file written for another root
 * are not used. A missing, unreadable, corrupt or other-version file counts
 * as empty; it is replaced on the next save. Synchronous, like
 * {@link openCacheFile}.
 */
export function openIndexCache(dir: string, version: string = cacheVersion(), root: string = path.dirname(dir)): IndexCache {
  const disk = openCacheFile(path.join(dir, CACHE_FILE), FORMAT, version);
  const store = disk.section('entries', isStoredIndex);
  const stamps = openStamps(disk.field('root') === root ? disk.field('stamps') : undefined);
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const keyOf = (absolutePath: string): string =>
    absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : absolutePath;
  return {
    file: disk.file,
    loaded: store.loaded,
    get(hash, file, detail) {
      const stored = store.get(hash);
      if (!stored || (detail === 'all' && stored.unlinkedScenarios !== undefined)) return undefined;
      return fromStored(stored, file);
    },
    set(hash, index) {
      const stored = toStored(index);
      if (stored) store.set(hash, stored);
    },
    hashOf: (absolutePath, stamp) => stamps.hashOf(keyOf(absolutePath), stamp),
    remember: (absolutePath, stamp, hash) => stamps.remember(keyOf(absolutePath), stamp, hash),
    async save() {
      return disk.save({ root, stamps: stamps.columns() }, stamps.changed());
    },
  };
}

/**
 * The stamps as written: three columns, the paths, their hashes, and the four
 * numbers of each stamp one after another in one array (JSON parses an array
 * of numbers into one object; an array per file would be thousands more for
 * the garbage collector to copy).
 */
interface StampColumns {
  paths: string[];
  hashes: string[];
  numbers: number[];
}

/** The stamps a run reads and records, by path (relative to the project when under it). */
interface Stamps {
  hashOf(key: string, stamp: FileStamp): string | undefined;
  remember(key: string, stamp: FileStamp, hash: string): void;
  /** Whether a stamp was recorded that the file did not hold. */
  changed(): boolean;
  /** The stamps this run found or recorded, to write. */
  columns(): StampColumns;
}

function isStampColumns(value: unknown): value is StampColumns {
  if (!value || typeof value !== 'object') return false;
  const { paths, hashes, numbers } = value as Record<string, unknown>;
  return (
    Array.isArray(paths) &&
    Array.isArray(hashes) &&
    Array.isArray(numbers) &&
    hashes.length === paths.length &&
    numbers.length === 4 * paths.length &&
    paths.every((p) => typeof p === 'string') &&
    hashes.every((h) => typeof h === 'string') &&
    numbers.every((n) => typeof n === 'number')
  );
}

/** The stamps read from `stored` (anything of the wrong shape reads as none). */
function openStamps(stored: unknown): Stamps {
  const read: StampColumns = isStampColumns(stored) ? stored : { paths: [], hashes: [], numbers: [] };
  const position = new Map<string, number>();
  read.paths.forEach((key, i) => {
    if (!position.has(key)) position.set(key, i);
  });
  /** What the next save writes: a stamp found unchanged (its position in `read`), or one recorded now. */
  const kept = new Map<string, number | { stamp: FileStamp; hash: string }>();
  let changed = false;
  const n = read.numbers;
  /** The position in `read` of the stamp recorded for `key`, when it equals `stamp` (no object made: one call per file). */
  const unchangedAt = (key: string, stamp: FileStamp): number | undefined => {
    const known = kept.get(key);
    const i = known === undefined ? position.get(key) : typeof known === 'number' ? known : undefined;
    if (i === undefined) return undefined;
    const at = 4 * i;
    return n[at] === stamp[0] && n[at + 1] === stamp[1] && n[at + 2] === stamp[2] && n[at + 3] === stamp[3] ? i : undefined;
  };
  return {
    hashOf(key, stamp) {
      const i = unchangedAt(key, stamp);
      if (i !== undefined) {
        kept.set(key, i);
        return read.hashes[i];
      }
      const known = kept.get(key);
      return typeof known === 'object' && sameStamp(known.stamp, stamp) ? known.hash : undefined;
    },
    remember(key, stamp, hash) {
      const i = unchangedAt(key, stamp);
      if (i !== undefined && read.hashes[i] === hash) {
        kept.set(key, i);
        return;
      }
      kept.set(key, { stamp, hash });
      changed = true;
    },
    changed: () => changed,
    columns() {
      const columns: StampColumns = { paths: [], hashes: [], numbers: [] };
      for (const [key, record] of kept) {
        columns.paths.push(key);
        if (typeof record === 'number') {
          columns.hashes.push(read.hashes[record] as string);
          columns.numbers.push(...n.slice(4 * record, 4 * record + 4));
        } else {
          columns.hashes.push(record.hash);
          columns.numbers.push(...record.stamp);
        }
      }
      return columns;
    },
  };
}

/** Shape check of an entry read from disk: a damaged entry is a miss, never a crash later. */
function isStoredIndex(value: unknown): value is StoredIndex {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  if (entry.name !== null && typeof entry.name !== 'string') return false;
  if (entry.line !== null && typeof entry.line !== 'number') return false;
  if (entry.designTags !== undefined && !isStringArray(entry.designTags)) return false;
  if (entry.diagnostics !== undefined && !(Array.isArray(entry.diagnostics) && entry.diagnostics.every(isStoredDiagnostic))) {
    return false;
  }
  if (entry.unlinkedScenarios !== undefined && !Number.isSafeInteger(entry.unlinkedScenarios)) return false;
  return entry.scenarios === undefined || (Array.isArray(entry.scenarios) && entry.scenarios.every(isScenario));
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isStoredDiagnostic(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.kind === 'string' &&
    typeof d.severity === 'string' &&
    typeof d.message === 'string' &&
    typeof d.line === 'number' &&
    (d.column === undefined || typeof d.column === 'number')
  );
}

function isScenario(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.name === 'string' &&
    typeof s.keyword === 'string' &&
    typeof s.line === 'number' &&
    (s.design === null || typeof s.design === 'string') &&
    (s.designLine === null || typeof s.designLine === 'number') &&
    Array.isArray(s.requirements) &&
    s.requirements.every(
      (r: unknown) => !!r && typeof (r as { id?: unknown }).id === 'string' && typeof (r as { line?: unknown }).line === 'number',
    ) &&
    isStringArray(s.tags) &&
    (s.provenance === null || (typeof s.provenance === 'object' && s.provenance !== undefined))
  );
}

let defaultVersion: string | undefined;

/**
 * This tool's feature cache version: its package version and a fingerprint of
 * the indexer (the code of `features/`, the provenance parser it uses and the
 * `@cucumber/gherkin` version), so that a changed indexer never reads indexes
 * written by another one, even between releases.
 */
export function cacheVersion(): string {
  defaultVersion ??= `${toolVersion()}+${codeFingerprint(['features'], ['generate/provenance'], ['@cucumber/gherkin'])}`;
  return defaultVersion;
}
