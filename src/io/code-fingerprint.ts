import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** This tool's version (package.json), or "unknown" when it cannot be read. */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return String(pkg.version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

const CODE_FILE_RE = /\.(?:js|ts)$/;

/**
 * A short fingerprint of code: the files of each folder (`src/<folder>/`, or
 * `dist/<folder>/` when built), single modules (`<folder>/<name>` without
 * extension), and the versions of packages. A cache keyed by it is not read
 * by a build whose code differs, even between releases.
 */
export function codeFingerprint(folders: readonly string[], modules: readonly string[], packages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const dir = new URL(`../${folder}/`, import.meta.url);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((name) => CODE_FILE_RE.test(name) && !name.endsWith('.d.ts'));
    } catch {
      names = [];
    }
    for (const name of names.sort()) {
      hash.update(`${folder}/${name}\0`).update(readFileSync(new URL(name, dir))).update('\0');
    }
  }
  for (const module of modules) {
    for (const extension of ['.js', '.ts']) {
      try {
        hash.update(`${module}\0`).update(readFileSync(new URL(`../${module}${extension}`, import.meta.url)));
      } catch {
        // Only one of the two exists (built or source).
      }
    }
  }
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** Version of an installed package, found from its entry point, or "unknown". */
function packageVersion(name: string): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    for (let depth = 0; depth < 6; depth++) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return String(pkg.version);
      } catch {
        // No package.json at this level; keep walking up.
      }
      dir = path.dirname(dir);
    }
  } catch {
    // Not resolvable from here (for example an ESM-only package without a require entry).
  }
  return 'unknown';
}
