import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRequirementIds, designSlug, requirementId } from '../../src/features/tag-kinds.js';

describe('requirementId', () => {
  it.each([
    ['@R1', 'R1'],
    ['@R4a', 'R4a'],
    ['@R12bc', 'R12bc'],
    ['@R007', 'R007'],
    ['@R', null],
    ['@Ra', null],
    ['@r1', null],
    ['@R1A', null],
    ['@R1-2', null],
    ['@R1a2', null],
    ['R1', null],
    ['@U1', null],
    ['@R1 ', null],
  ])('%s -> %s', (tag, id) => {
    expect(requirementId(tag)).toBe(id);
  });
});

describe('designSlug', () => {
  it.each([
    ['@design:conversation-cache', 'conversation-cache'],
    ['@design:a:b', 'a:b'],
    ['@design:', null],
    ['@Design:x', null],
    ['@designs:x', null],
    ['design:x', null],
  ])('%s -> %s', (tag, slug) => {
    expect(designSlug(tag)).toBe(slug);
  });
});

describe('compareRequirementIds', () => {
  it('sorts by number, then by suffix', () => {
    const ids = ['R10', 'R2', 'R1b', 'R100', 'R1', 'R1a', 'R9', 'R20', 'R3'];
    expect([...ids].sort(compareRequirementIds)).toEqual(['R1', 'R1a', 'R1b', 'R2', 'R3', 'R9', 'R10', 'R20', 'R100']);
  });

  it('compares numbers beyond double precision exactly', () => {
    expect(compareRequirementIds('R90071992547409931', 'R90071992547409930')).toBeGreaterThan(0);
    expect(compareRequirementIds('R0010', 'R9')).toBeGreaterThan(0);
  });

  const id = fc
    .tuple(fc.integer({ min: 0, max: 2000 }), fc.constantFrom('', 'a', 'b', 'ab'), fc.constantFrom('', '0', '00'))
    .map(([n, suffix, zeros]) => `R${zeros}${n}${suffix}`);

  it('is a total order consistent with the numbers', () => {
    fc.assert(
      fc.property(id, id, id, (a, b, c) => {
        // Antisymmetric (summed, as -Math.sign(0) is -0, which toBe tells from 0 when a === b).
        expect(Math.sign(compareRequirementIds(a, b)) + Math.sign(compareRequirementIds(b, a))).toBe(0);
        expect(compareRequirementIds(a, b) === 0).toBe(a === b);
        if (compareRequirementIds(a, b) < 0 && compareRequirementIds(b, c) < 0) {
          expect(compareRequirementIds(a, c)).toBeLessThan(0);
        }
        const na = Number(/\d+/.exec(a)?.[0]);
        const nb = Number(/\d+/.exec(b)?.[0]);
        if (na !== nb) expect(Math.sign(compareRequirementIds(a, b))).toBe(Math.sign(na - nb));
      }),
    );
  });
});
