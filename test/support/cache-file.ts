import { readFileSync, writeFileSync } from 'node:fs';

/** A cache file as written: string fields, and sections as flat arrays of keys and values. */
export interface CacheFileData {
  [field: string]: unknown;
  entries: unknown[];
}

function pairs(flat: unknown[]): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as string, flat[i + 1]]);
  return out;
}

/** Read a cache file (see `src/io/json-cache.ts`). */
export function readCacheFile(file: string): CacheFileData {
  return JSON.parse(readFileSync(file, 'utf8')) as CacheFileData;
}

/** The entries of a section, by key. */
export function sectionOf(data: CacheFileData, name = 'entries'): Map<string, unknown> {
  return new Map(pairs(data[name] as unknown[]));
}

/** Rewrite a cache file with `change` applied to each section's entries, by key (fields kept). */
export function editCacheFile(file: string, change: (sections: Record<string, Map<string, unknown>>, data: CacheFileData) => void): void {
  const data = readCacheFile(file);
  const sections: Record<string, Map<string, unknown>> = {};
  for (const [name, value] of Object.entries(data)) if (Array.isArray(value)) sections[name] = new Map(pairs(value));
  change(sections, data);
  for (const [name, entries] of Object.entries(sections)) data[name] = [...entries].flat(1);
  writeFileSync(file, JSON.stringify(data));
}
