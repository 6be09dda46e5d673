import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY } from '../../src/config/defaults.js';
import { FINDING_KIND_NAMES, FINDING_KINDS } from '../../src/model.js';

describe('FINDING_KINDS', () => {
  it('describes exactly the kinds the config knows, in the same order', () => {
    expect(Object.keys(FINDING_KINDS)).toEqual(FINDING_KIND_NAMES);
  });

  it('gives each kind the default severity of the config', () => {
    for (const kind of FINDING_KIND_NAMES) {
      expect(FINDING_KINDS[kind].severity, kind).toBe(DEFAULT_SEVERITY[kind]);
    }
  });

  it('has a title without a final period and full-sentence description and help', () => {
    for (const kind of FINDING_KIND_NAMES) {
      const info = FINDING_KINDS[kind];
      expect(info.title, kind).toMatch(/^[A-Z"].*[^.]$/);
      expect(info.description, kind).toMatch(/^[A-Z].*\.$/);
      expect(info.help, kind).toMatch(/^[A-Z].*\.$/);
    }
  });
});
