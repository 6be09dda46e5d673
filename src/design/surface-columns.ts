/** The columns a surface table must have. */
export type SurfaceColumn = 'requirements' | 'behavior' | 'verifiedBy';

/** How messages name each required column. */
export const SURFACE_COLUMN_LABELS: Readonly<Record<SurfaceColumn, string>> = {
  requirements: 'Req',
  behavior: 'Observable behavior',
  verifiedBy: 'Verified by',
};

/** Accepted header names (compared after {@link headerKey}) for each required column. */
const HEADER_NAMES: ReadonlyMap<string, SurfaceColumn> = new Map<string, SurfaceColumn>([
  ['req', 'requirements'],
  ['requirement', 'requirements'],
  ['requirements', 'requirements'],
  ['id', 'requirements'],
  ['req id', 'requirements'],
  ['observable behavior', 'behavior'],
  ['observable behaviour', 'behavior'],
  ['behavior', 'behavior'],
  ['behaviour', 'behavior'],
  ['verified by', 'verifiedBy'],
  ['verification', 'verifiedBy'],
]);

/** Where each column of a surface table is, by index. */
export interface SurfaceColumns {
  requirements: number;
  behavior: number;
  verifiedBy: number;
  /** Every other column, with the header text that keys it in `SurfaceRow.extra`. */
  extra: Array<{ index: number; name: string }>;
}

/** A header cell reduced to a comparable key: lower case, no `.` or `:`, single spaces. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[.:]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Find the surface columns by header name (case-insensitive, any order).
 * When a required column is absent, the result names the missing ones in
 * the order Req, Observable behavior, Verified by.
 */
export function mapSurfaceColumns(headers: readonly string[]): { columns: SurfaceColumns } | { missing: SurfaceColumn[] } {
  const found: Partial<Record<SurfaceColumn, number>> = {};
  const extra: SurfaceColumns['extra'] = [];
  headers.forEach((header, index) => {
    const column = HEADER_NAMES.get(headerKey(header));
    if (column !== undefined && found[column] === undefined) found[column] = index;
    else extra.push({ index, name: header === '' ? `Column ${index + 1}` : header });
  });
  const { requirements, behavior, verifiedBy } = found;
  if (requirements === undefined || behavior === undefined || verifiedBy === undefined) {
    const missing = (['requirements', 'behavior', 'verifiedBy'] as const).filter((column) => found[column] === undefined);
    return { missing };
  }
  return { columns: { requirements, behavior, verifiedBy, extra } };
}
