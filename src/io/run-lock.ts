import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, fileError } from './file-error.js';

/** The lock file, in the working directory, while a run of the tool writes there. */
export const LOCK_FILE = '.gherkin-bridge.lock';

/** A lock older than this is taken over even when its process id is in use (by then, most likely by another program). */
export const STALE_LOCK_MS = 60 * 60_000;

/** Whether process `pid` is running (EPERM: it is, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Run `work` holding the working directory's lock file (O_EXCL, this process's id), so that two
 * runs that write files never interleave. A lock whose process is gone, or older than
 * {@link STALE_LOCK_MS}, was left by a killed run and is taken over. Unwritable folder: no lock.
 *
 * @throws {ConflictError} when another live run holds the lock (exit 1: wait and run again).
 */
export async function withRunLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(root, LOCK_FILE);
  const mine = `${process.pid}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lock, mine, { flag: 'wx' });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      // A folder we may not write in: no lock (no other run of ours could take one either); each write says why it fails.
      if (['EACCES', 'EPERM', 'EROFS'].includes(code)) return work();
      if (code !== 'EEXIST') throw fileError('write', lock, error);
    }
    const held = await readFile(lock, 'utf8').catch(() => '');
    const age = Date.now() - ((await stat(lock).catch(() => null))?.mtimeMs ?? 0);
    const pid = Number.parseInt(held, 10);
    // Written but not filled in yet (a run starting at this very moment): held.
    const live = held === '' ? age < 5_000 : Number.isInteger(pid) && pid > 0 && isRunning(pid) && age < STALE_LOCK_MS;
    if (live || attempt > 0) {
      throw new ConflictError(
        `${LOCK_FILE} is held by another gherkin-bridge run (process ${held.trim() || 'starting'}); wait for it to finish and run again, or delete the file if no run is going on`,
        lock,
      );
    }
    // Check again that it is the same stale lock just before removing it: another run may have taken it over already.
    if ((await readFile(lock, 'utf8').catch(() => '')) === held) await rm(lock, { force: true });
  }
  try {
    return await work();
  } finally {
    // Only our own: a run that outlived STALE_LOCK_MS may have lost it to another.
    if ((await readFile(lock, 'utf8').catch(() => '')) === mine) await rm(lock, { force: true });
  }
}
