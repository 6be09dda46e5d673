import type { RootContent } from 'mdast';
import { isMetadataTable } from './metadata.js';
import { headingName, isDefinitionHeading, SECTION_NAMES } from './sections.js';

/** Follows the top-level nodes of a design in order, to tell which parts extraction still needs. */
export interface SectionTracker {
  /** Take the next top-level node into account. */
  observe(node: RootContent): void;
  /** Whether a section that extraction reads (Requirements, Use cases, Acceptance test surface) is open. */
  relevant(): boolean;
  /** Whether top-level tables still matter: no metadata table has been seen yet. */
  tablesMatter(): boolean;
  /**
   * Whether an ATX heading line could open or close a section: false only when
   * it surely does neither (its level closes nothing open, and its letters do
   * not spell the name of a section not yet seen).
   */
  mayChange(line: string): boolean;
}

const TARGETS: ReadonlySet<string> = new Set(Object.values(SECTION_NAMES));

/** Lower-case ASCII letters of a text, the rest dropped. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z]+/g, '');
}

/**
 * Whether a heading line may be named `name`: its letters contain the name's.
 * Entities, escapes and HTML could hide or add letters, so a line with `&`,
 * `\\` or `<` may be any name.
 */
function mayBeNamed(line: string, name: string): boolean {
  return /[&\\<]/.test(line) || letters(line).includes(letters(name));
}

/**
 * A tracker that opens a section at the first heading with its name, and
 * closes it at the next heading of the same or a higher level, exactly as
 * `findSection` delimits it.
 */
export function trackSections(): SectionTracker {
  const depths = new Map<string, number | null>();
  let open = 0;
  let tables = true;
  return {
    observe(node) {
      if (node.type === 'table' && tables && isMetadataTable(node)) tables = false;
      if (node.type !== 'heading' || isDefinitionHeading(node)) return;
      for (const [name, depth] of depths) {
        if (depth !== null && depth >= node.depth) {
          depths.set(name, null);
          open--;
        }
      }
      const name = headingName(node);
      if (TARGETS.has(name) && !depths.has(name)) {
        depths.set(name, node.depth);
        open++;
      }
    },
    relevant: () => open > 0,
    mayChange(line) {
      let depth = 0;
      while (line[depth] === '#') depth++;
      for (const open of depths.values()) if (open !== null && open >= depth) return true;
      for (const name of TARGETS) if (!depths.has(name) && mayBeNamed(line, name)) return true;
      return false;
    },
    tablesMatter: () => tables,
  };
}
