import type { Table } from 'mdast';
import type { Diagnostic, SurfaceRow } from '../model.js';
import { diagnostic } from './diagnostic.js';
import { classifyLevels } from './levels.js';
import { plainText, shorten } from './plain-text.js';
import { parseRequirementIds } from './requirement-ids.js';
import type { Section } from './sections.js';
import { mapSurfaceColumns, SURFACE_COLUMN_LABELS, type SurfaceColumn } from './surface-columns.js';
import { lineOf, nodesOfType } from './walk.js';

/** Rows read from the Acceptance test surface section, and the problems found on the way. */
export interface SurfaceReading {
  rows: SurfaceRow[];
  diagnostics: Diagnostic[];
}

function missingColumnsMessage(headers: readonly string[], missing: readonly SurfaceColumn[]): string {
  const names = missing.map((column) => `\`${SURFACE_COLUMN_LABELS[column]}\``);
  const expected =
    names.length === 1 ? `a ${names[0]} column` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} columns`;
  return `Unexpected table header \`${shorten(headers.join(' | '))}\`, expected ${expected}`;
}

function readTable(table: Table, file: string, reading: SurfaceReading): void {
  const [header, ...body] = table.children;
  const headers = header ? header.children.map((cell) => plainText(cell)) : [];
  const mapped = mapSurfaceColumns(headers);
  if ('missing' in mapped) {
    reading.diagnostics.push(
      diagnostic('invalid-surface', 'error', missingColumnsMessage(headers, mapped.missing), file, lineOf(table)),
    );
    return;
  }
  const { columns } = mapped;
  for (const row of body) {
    const line = lineOf(row, lineOf(table));
    const cells = row.children.map((cell) => plainText(cell));
    const { ids, problems } = parseRequirementIds(cells[columns.requirements] ?? '');
    for (const problem of problems) {
      reading.diagnostics.push(diagnostic('invalid-surface', 'warning', problem, file, line));
    }
    if (ids.length === 0) continue;
    const verifiedBy = cells[columns.verifiedBy] ?? '';
    const levels = classifyLevels(verifiedBy);
    if (levels.includes('unknown')) {
      const shown = verifiedBy === '' ? 'empty `Verified by` cell' : `verification \`${shorten(verifiedBy)}\``;
      reading.diagnostics.push(
        diagnostic(
          'unclassified-verification',
          'warning',
          `Unexpected ${shown}, expected it to name e2e, integration, unit or manual`,
          file,
          line,
        ),
      );
    }
    const extra: Record<string, string> = {};
    for (const { index, name } of columns.extra) {
      // defineProperty keeps a header such as `__proto__` an ordinary key.
      Object.defineProperty(extra, name, { value: cells[index] ?? '', enumerable: true, writable: true, configurable: true });
    }
    reading.rows.push({
      requirements: ids,
      behavior: cells[columns.behavior] ?? '',
      verifiedBy,
      levels,
      line,
      extra,
    });
  }
}

/**
 * Read every table of the Acceptance test surface section into rows. A table
 * without the required columns is an error; rows without a readable id and
 * verification text that names no level are warnings.
 */
export function readSurface(section: Section, file: string): SurfaceReading {
  const reading: SurfaceReading = { rows: [], diagnostics: [] };
  const tables = nodesOfType(section.nodes, 'table');
  if (tables.length === 0) {
    reading.diagnostics.push(
      diagnostic(
        'invalid-surface',
        'warning',
        'Unexpected Acceptance test surface section without a table, expected a table with `Req`, `Observable behavior` and `Verified by` columns',
        file,
        section.line,
      ),
    );
  }
  for (const table of tables) readTable(table, file, reading);
  return reading;
}
