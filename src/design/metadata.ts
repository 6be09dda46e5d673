import type { Root, Table, TableCell } from 'mdast';
import { collapseWhitespace, plainText } from './plain-text.js';
import { nodesOfType } from './walk.js';

/** Jira keys read from a design's metadata table. */
export interface JiraKeys {
  feature: string | null;
  spike: string | null;
}

const FEATURE_LABELS = new Set(['feature', 'feature / initiative']);
const SPIKE_LABELS = new Set(['spike']);
// The lookbehind keeps the scan linear: a key can only start where a word starts.
const JIRA_KEY = /(?<![A-Za-z0-9])[A-Z][A-Z0-9]+-\d+/;

/** Text of the first depth-1 heading, or null when there is none (or it is empty). */
export function readTitle(root: Root): string | null {
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 1) {
      const title = plainText(node);
      return title === '' ? null : title;
    }
  }
  return null;
}

/** A metadata label cell reduced to a comparable key: `**Feature / Initiative:**` -> `feature / initiative`. */
function labelKey(cell: TableCell): string {
  return collapseWhitespace(plainText(cell).toLowerCase().replace(/\s*\/\s*/g, ' / ')).replace(/\s*:$/, '');
}

/** The first Jira key in a metadata value cell's text, else its links; null for a `TODO` placeholder. */
function jiraKeyOf(cell: TableCell): string | null {
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

/** The first `Feature` and `Spike` value cells of a table, by their label cells. */
function metadataCells(table: Table): { feature: TableCell | undefined; spike: TableCell | undefined } {
  let feature: TableCell | undefined;
  let spike: TableCell | undefined;
  for (const row of table.children) {
    const [label, value] = row.children;
    if (label === undefined || value === undefined) continue;
    const key = labelKey(label);
    if (FEATURE_LABELS.has(key)) feature ??= value;
    else if (SPIKE_LABELS.has(key)) spike ??= value;
  }
  return { feature, spike };
}

/** Feature and Spike Jira keys from the first top-level table with a `Feature`, `Feature / Initiative` or `Spike` row. */
export function readJiraKeys(root: Root): JiraKeys {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const { feature, spike } = metadataCells(node);
    if (feature !== undefined || spike !== undefined) {
      return {
        feature: feature === undefined ? null : jiraKeyOf(feature),
        spike: spike === undefined ? null : jiraKeyOf(spike),
      };
    }
  }
  return { feature: null, spike: null };
}
