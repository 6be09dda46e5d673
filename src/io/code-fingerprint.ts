import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Version of an installed package: the `package.json` in the nearest
 * `node_modules` above this module that has it (as Node resolves it; read
 * directly, which costs far less than `require.resolve`), or "unknown".
 */
function packageVersion(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {
        version?: string;
      };
      return String(pkg.version ?? 'unknown');
    } catch {
      // Not installed at this level; look further up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
