import type { Table } from 'mdast';
import type { Diagnostic, SurfaceRow } from '../model.js';
import { diagnostic } from './diagnostic.js';
import { classifyLevels } from './levels.js';
import { plainText, shorten } from './plain-text.js';
import { parseRequirementIds } from './requirement-ids.js';
import type { Section } from './sections.js';
import { lineOf, nodesOfType } from './walk.js';

/** Rows read from the Acceptance test surface section, and the problems found on the way. */
export interface SurfaceReading {
  rows: SurfaceRow[];
  diagnostics: Diagnostic[];
}

/** The required columns, in message order: how messages name each, and the header names (after {@link headerKey}) it accepts. */
const COLUMNS = {
  requirements: { label: 'Req', names: ['req', 'requirement', 'requirements', 'id', 'req id'] },
  behavior: { label: 'Observable behavior', names: ['observable behavior', 'observable behaviour', 'behavior', 'behaviour'] },
  verifiedBy: { label: 'Verified by', names: ['verified by', 'verification'] },
};
type SurfaceColumn = keyof typeof COLUMNS;
const COLUMN_KEYS = Object.keys(COLUMNS) as SurfaceColumn[];

/** A header cell reduced to a comparable key: lower case, no `.` or `:`, single spaces. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[.:]/g, ' ').replace(/\s+/g, ' ').trim();
}

function missingColumnsMessage(headers: readonly string[], found: Partial<Record<SurfaceColumn, number>>): string {
  const names = COLUMN_KEYS.filter((column) => found[column] === undefined).map((column) => `\`${COLUMNS[column].label}\``);
  const expected =
    names.length === 1 ? `a ${names[0]} column` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} columns`;
  return `Unexpected table header \`${shorten(headers.join(' | '))}\`, expected ${expected}`;
}

function readTable(table: Table, file: string, reading: SurfaceReading): void {
  const [header, ...body] = table.children;
  const headers = header ? header.children.map((cell) => plainText(cell)) : [];
  // The first header naming a required column is that column (any case, any order); every other is an extra one.
  const found: Partial<Record<SurfaceColumn, number>> = {};
  const extraColumns: Array<{ index: number; name: string }> = [];
  headers.forEach((text, index) => {
    const column = COLUMN_KEYS.find((key) => COLUMNS[key].names.includes(headerKey(text)));
    if (column !== undefined && found[column] === undefined) found[column] = index;
    else extraColumns.push({ index, name: text === '' ? `Column ${index + 1}` : text });
  });
  if (found.requirements === undefined || found.behavior === undefined || found.verifiedBy === undefined) {
    reading.diagnostics.push(diagnostic('invalid-surface', 'error', missingColumnsMessage(headers, found), file, lineOf(table)));
    return;
  }
  for (const row of body) {
    const line = lineOf(row, lineOf(table));
    const cells = row.children.map((cell) => plainText(cell));
    const { ids, problems } = parseRequirementIds(cells[found.requirements] ?? '');
    for (const problem of problems) {
      reading.diagnostics.push(diagnostic('invalid-surface', 'warning', problem, file, line));
    }
    if (ids.length === 0) continue;
    const verifiedBy = cells[found.verifiedBy] ?? '';
    const levels = classifyLevels(verifiedBy);
    if (levels.includes('unknown')) {
      const shown = verifiedBy === '' ? 'empty `Verified by` cell' : `verification \`${shorten(verifiedBy)}\``;
      const message = `Unexpected ${shown}, expected it to name e2e, integration, unit or manual`;
      reading.diagnostics.push(diagnostic('unclassified-verification', 'warning', message, file, line));
    }
    // fromEntries defines its keys, so a header such as `__proto__` stays an ordinary key.
    const extra: Record<string, string> = Object.fromEntries(extraColumns.map(({ index, name }) => [name, cells[index] ?? '']));
    reading.rows.push({
      requirements: ids,
      behavior: cells[found.behavior] ?? '',
      verifiedBy,
      levels,
      line,
      extra,
    });
  }
}

/** Read every table of the Acceptance test surface section into rows, with a diagnostic per unreadable table or cell. */
export function readSurface(section: Section, file: string): SurfaceReading {
  const reading: SurfaceReading = { rows: [], diagnostics: [] };
  const tables = nodesOfType(section.nodes, 'table');
  if (tables.length === 0) {
    const message =
      'Unexpected Acceptance test surface section without a table, expected a table with `Req`, `Observable behavior` and `Verified by` columns';
    reading.diagnostics.push(diagnostic('invalid-surface', 'warning', message, file, section.line));
  }
  for (const table of tables) readTable(table, file, reading);
  return reading;
}
