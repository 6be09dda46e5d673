import { afterAll, describe, expect, it } from 'vitest';
import { behaveAvailable } from '../support/behave.js';
import { removeProject } from '../support/project.js';
import { measure } from './measure.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));

describe('suggested steps are defined for the suite\'s own runner', () => {
  it.runIf(behaveAvailable())('behave --dry-run finds every suggested step defined, and only the TODO steps undefined', async () => {
    const share = await measure('behave', 'docs/design/catalog/catalog.md');
    dirs.push(share.dir);
    expect(share.steps).toBe(15);
    expect(share.suggested).toBeGreaterThanOrEqual(6);
    expect(share.undefined).toBe(share.steps - share.suggested);
  });

  it('cucumber-js --dry-run finds every suggested step defined, and only the TODO steps undefined', async () => {
    const share = await measure('cucumber', 'docs/design/orders/orders.md');
    dirs.push(share.dir);
    expect(share.steps).toBe(12);
    expect(share.suggested).toBeGreaterThanOrEqual(4);
    expect(share.undefined).toBe(share.steps - share.suggested);
  });
});
