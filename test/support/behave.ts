import { spawnSync } from 'node:child_process';

/**
 * Whether Debian's behave is installed. Under CI (`CI=true`) it must be, so the
 * behave checks cannot silently skip.
 */
export function behaveAvailable(): boolean {
  const probe = spawnSync('behave', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return true;
  if (process.env.CI === 'true') throw new Error('behave is required when CI=true (apt-get install python3-behave)');
  console.warn('Skipping behave checks: behave is not installed (apt-get install python3-behave).');
  return false;
}
