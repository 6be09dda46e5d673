import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Design } from '../model.js';
import { codeFingerprint, toolVersion } from './code-fingerprint.js';
import { openJsonCache } from './json-cache.js';

/** Name of the design cache file inside the cache folder. */
export const DESIGN_CACHE_FILE = 'designs.json';

const FORMAT = 'gherkin-bridge/designs@1';

/**
 * The on-disk cache of extracted designs. A design's slug comes from its
 * path, so entries are keyed by path and text together.
 */
export interface DesignCache {
  /** Entries read from disk. */
  readonly loaded: number;
  /** The cached design of `text` at `file`, or undefined. */
  get(file: string, text: string): Design | undefined;
  /** Remember the design extracted from `text` at `file`. */
  set(file: string, text: string, design: Design): void;
  /** Atomic; only when something was added; false when it cannot be written. */
  save(): Promise<boolean>;
}

function designKey(file: string, text: string): string {
  return createHash('sha256').update(file, 'utf8').update('\0').update(text, 'utf8').digest('hex');
}

/** Open the design cache in `dir`; an unusable file counts as empty (see {@link designCacheVersion}). */
export function openDesignCache(dir: string, version: string = designCacheVersion()): DesignCache {
  const store = openJsonCache(path.join(dir, DESIGN_CACHE_FILE), FORMAT, version, isDesign);
  return {
    loaded: store.loaded,
    get: (file, text) => {
      const design = store.get(designKey(file, text));
      return design && design.path === file ? design : undefined;
    },
    set: (file, text, design) => store.set(designKey(file, text), design),
    save: () => store.save(),
  };
}

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/** Shape check of an entry read from disk. */
function isDesign(value: unknown): value is Design {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.path === 'string' &&
    typeof d.slug === 'string' &&
    (d.title === null || typeof d.title === 'string') &&
    isArray(d.requirements) &&
    isArray(d.useCases) &&
    isArray(d.surface) &&
    d.surface.every((row) => !!row && typeof row === 'object' && isArray((row as { requirements?: unknown }).requirements)) &&
    isArray(d.diagnostics)
  );
}

let defaultVersion: string | undefined;

/** Tool version and a fingerprint of the design extractor's code and Markdown parser versions. */
export function designCacheVersion(): string {
  defaultVersion ??= `${toolVersion()}+${codeFingerprint(
    ['design'],
    [],
    ['unified', 'remark-parse', 'remark-gfm', 'mdast-util-to-string'],
  )}`;
  return defaultVersion;
}
