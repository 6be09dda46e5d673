import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ID_AT_START } from './definition-start.js';
import { collapseWhitespace } from './plain-text.js';
import { lineOf } from './walk.js';

/** A heading and the top-level nodes under it, up to the next heading of the same or a higher level. */
export interface Section {
  heading: Heading;
  line: number;
  nodes: RootContent[];
}

/** Heading names that open the sections design extraction reads. */
export const SECTION_NAMES = {
  surface: 'acceptance test surface',
  requirements: 'requirements',
  useCases: 'use cases',
  acceptanceCriteria: 'acceptance criteria',
} as const;

/** A heading's comparable name: lower case, without a section number (`3.1`) or a trailing colon. */
function headingName(heading: Heading): string {
  const text = collapseWhitespace(toString(heading, { includeHtml: false })).toLowerCase();
  return text
    .replace(/^\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/\s*:$/, '');
}

/** The first top-level section whose heading is named `name` (see {@link headingName}), at any level, or null. */
export function findSection(root: Root, name: string): Section | null {
  const children = root.children;
  for (let start = 0; start < children.length; start++) {
    const heading = children[start];
    if (heading?.type !== 'heading' || headingName(heading) !== name) continue;
    let end = start + 1;
    while (end < children.length) {
      const node = children[end];
      // `## R7` under `## Requirements` defines a requirement; it does not close the section.
      if (node?.type === 'heading' && node.depth <= heading.depth && !ID_AT_START.test(toString(node))) break;
      end++;
    }
    return { heading, line: lineOf(heading), nodes: children.slice(start + 1, end) };
  }
  return null;
}
