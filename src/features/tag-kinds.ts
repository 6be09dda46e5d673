const REQUIREMENT_TAG_RE = /^@R\d+[a-z]*$/;
const REQUIREMENT_ID_PARTS_RE = /^R(\d+)([a-z]*)$/;

/** Prefix of a design link tag. */
export const DESIGN_TAG_PREFIX = '@design:';

/** The requirement id of a tag (`@R4a` -> `R4a`), or null when it is not a requirement tag. */
export function requirementId(tagName: string): string | null {
  return REQUIREMENT_TAG_RE.test(tagName) ? tagName.slice(1) : null;
}

/** The design slug of a tag (`@design:foo` -> `foo`), or null when it is not a design link. */
export function designSlug(tagName: string): string | null {
  if (!tagName.startsWith(DESIGN_TAG_PREFIX) || tagName.length === DESIGN_TAG_PREFIX.length) return null;
  return tagName.slice(DESIGN_TAG_PREFIX.length);
}

/**
 * Natural order of requirement ids: by number (`R2` < `R10`), then suffix
 * (`R4` < `R4a` < `R4b`). Ids that are not requirement ids sort after, by code unit.
 */
export function compareRequirementIds(a: string, b: string): number {
  const pa = REQUIREMENT_ID_PARTS_RE.exec(a);
  const pb = REQUIREMENT_ID_PARTS_RE.exec(b);
  if (!pa || !pb) {
    if (pa) return -1;
    if (pb) return 1;
    return compareStrings(a, b);
  }
  // BigInt: a number of any length, without precision loss.
  const x = BigInt(pa[1] ?? 0);
  const y = BigInt(pb[1] ?? 0);
  if (x !== y) return x < y ? -1 : 1;
  const bySuffix = compareStrings(pa[2] ?? '', pb[2] ?? '');
  // Same number and suffix but different spelling (`R01` vs `R1`): keep the order total.
  return bySuffix !== 0 ? bySuffix : compareStrings(a, b);
}

/** Order by code unit. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
