const ID_RE = /^([A-Za-z]+)(\d+)(.*)$/;

/**
 * Natural order of requirement ids: R2 before R10, R4 before R4a before R4b.
 * Ids that do not look like requirement ids sort after, by plain comparison.
 */
export function compareIds(a: string, b: string): number {
  const ma = ID_RE.exec(a);
  const mb = ID_RE.exec(b);
  if (!ma || !mb) return ma ? -1 : mb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  const [, pa = '', na = '0', sa = ''] = ma;
  const [, pb = '', nb = '0', sb = ''] = mb;
  if (pa !== pb) return pa < pb ? -1 : 1;
  const diff = Number(na) - Number(nb);
  if (diff !== 0) return diff;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
