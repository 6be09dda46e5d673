import type { Root, TableCell } from 'mdast';
import { collapseWhitespace, plainText } from './plain-text.js';
import { nodesOfType } from './walk.js';

const FEATURE_LABELS = new Set(['feature', 'feature / initiative']);
// The lookbehind keeps the scan linear: a key can only start where a word starts.
const JIRA_KEY = /(?<![A-Za-z0-9])[A-Z][A-Z0-9]+-\d+/;

/** Text of the first depth-1 heading, or null when there is none (or it is empty). */
export function readTitle(root: Root): string | null {
  const heading = root.children.find((node) => node.type === 'heading' && node.depth === 1);
  const title = heading === undefined ? '' : plainText(heading);
  return title === '' ? null : title;
}

/** A metadata label cell reduced to a comparable key: `**Feature / Initiative:**` -> `feature / initiative`. */
function labelKey(cell: TableCell): string {
  return collapseWhitespace(plainText(cell).toLowerCase().replace(/\s*\/\s*/g, ' / ')).replace(/\s*:$/, '');
}

/** The first Jira key in a metadata value cell's text, else its links; null for no cell or a `TODO` placeholder. */
function jiraKeyOf(cell: TableCell | undefined): string | null {
  if (cell === undefined) return null;
  const text = plainText(cell);
  if (/^todo\b/i.test(text)) return null;
  const inText = JIRA_KEY.exec(text);
  if (inText) return inText[0];
  for (const link of nodesOfType([cell], 'link')) {
    const inUrl = JIRA_KEY.exec(link.url);
    if (inUrl) return inUrl[0];
  }
  return null;
}

/** Feature and Spike Jira keys from the first top-level table with a `Feature`, `Feature / Initiative` or `Spike` row. */
export function readJiraKeys(root: Root): { feature: string | null; spike: string | null } {
  for (const table of root.children) {
    if (table.type !== 'table') continue;
    // The first `Feature` and `Spike` value cells, by their label cells.
    let feature: TableCell | undefined;
    let spike: TableCell | undefined;
    for (const [label, value] of table.children.map((row) => row.children)) {
      if (label === undefined || value === undefined) continue;
      const key = labelKey(label);
      if (FEATURE_LABELS.has(key)) feature ??= value;
      else if (key === 'spike') spike ??= value;
    }
    if (feature !== undefined || spike !== undefined) return { feature: jiraKeyOf(feature), spike: jiraKeyOf(spike) };
  }
  return { feature: null, spike: null };
}
