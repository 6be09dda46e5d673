import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One entry of a test tree: a file, a folder, a symbolic link (to `target`, relative to its folder) or a FIFO. */
export type TreeEntry =
  | { path: string; kind: 'file' | 'folder' | 'fifo' }
  | { path: string; kind: 'link'; target: string };

export const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

/**
 * A fresh folder `<tmp>/discover-XXXX/root` holding `entries` (folders above
 * an entry are made; an entry whose place is taken already is left out).
 * The folder above `root` holds nothing else, so a link leading out of the
 * tree (`..`) sees a fixed listing.
 */
export function makeTree(entries: readonly TreeEntry[]): { root: string; remove: () => void } {
  const top = mkdtempSync(path.join(os.tmpdir(), 'discover-'));
  const root = path.join(top, 'root');
  mkdirSync(root);
  const taken = new Map<string, TreeEntry['kind']>();
  for (const entry of entries) {
    const segments = entry.path.split('/');
    const folders = segments.slice(0, -1).map((_, k) => segments.slice(0, k + 1).join('/'));
    if (taken.has(entry.path) || folders.some((folder) => (taken.get(folder) ?? 'folder') !== 'folder')) continue;
    for (const folder of folders) taken.set(folder, 'folder');
    taken.set(entry.path, entry.kind);
    const abs = path.join(root, entry.path);
    mkdirSync(path.dirname(abs), { recursive: true });
    if (entry.kind === 'file') writeFileSync(abs, `# ${entry.path}\n`);
    else if (entry.kind === 'folder') mkdirSync(abs, { recursive: true });
    else if (entry.kind === 'link') symlinkSync(entry.target, abs);
    else if (canMakeFifo) spawnSync('mkfifo', [abs]);
  }
  return { root, remove: () => rmSync(top, { recursive: true, force: true }) };
}
