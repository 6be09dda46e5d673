import { statSync } from 'node:fs';

/**
 * What identifies a file's state without reading it: size, modification and
 * change times (ms, sub-millisecond precision) and inode. Any write changes
 * the change time, which no tool can set back.
 */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** The stamp of a file, or null when it cannot be stat'ed (it is then read, and fails with the usual diagnostic). */
export function stampOf(absolutePath: string): FileStamp | null {
  try {
    const stats = statSync(absolutePath, { throwIfNoEntry: false });
    return stats && stats.isFile() ? [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino] : null;
  } catch {
    return null;
  }
}

/** True when both stamps are the same file state. */
export function sameStamp(a: readonly unknown[], b: FileStamp): boolean {
  return a.length >= 4 && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/** How long a file must have been left alone before its stamp is trusted. */
const SETTLE_MS = 2000;

/**
 * True when a file stamped `stamp` was last written well before `now`. A
 * write in the same clock tick as our read could leave the stamp unchanged
 * (the "racy" case git knows), so a recently written file is read again next
 * time rather than trusted.
 */
export function isSettled(stamp: FileStamp, now: number): boolean {
  return now - Math.max(stamp[1], stamp[2]) > SETTLE_MS;
}
