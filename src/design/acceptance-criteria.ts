import type { ListItem, Nodes } from 'mdast';
import type { AcceptanceCriterion, CriterionStep, Requirement, StepKeyword } from '../model.js';
import { plainText } from './plain-text.js';
import { canonicalId } from './requirement-ids.js';
import type { Section } from './sections.js';
import { lineOf } from './walk.js';

/** Lists nested deeper than this are not searched for steps. */
const MAX_DEPTH = 32;
const KEYWORD = /^(given|when|then|and|but)\b\s*:?\s*/i;
const ID_WORDS = /\b[RU]\d{1,6}[a-z]?\b/g;
/** A leading `1.`, `AC1:`, `U2 -` or `R3:` before a heading's title. */
const TITLE_PREFIX = /^(?:(?:(?:AC|[RU])-?)?\d+[a-z]?(?:[.):]|\s+[-–—])\s*)+/i;

function keywordOf(word: string): StepKeyword {
  return `${word[0]?.toUpperCase() ?? ''}${word.slice(1).toLowerCase()}` as StepKeyword;
}

/** The step of a list item whose text starts with a keyword (`**Given** x`, `Then: y`), or null. */
function stepOf(item: ListItem): CriterionStep | null {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return null;
  const text = plainText(first);
  const match = KEYWORD.exec(text);
  const rest = match ? text.slice(match[0].length).trim() : '';
  return match && rest !== '' ? { keyword: keywordOf(match[1] ?? ''), text: rest, line: lineOf(item) } : null;
}

function collectSteps(nodes: readonly Nodes[], depth: number, out: CriterionStep[]): void {
  if (depth > MAX_DEPTH) return;
  for (const node of nodes) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const step = stepOf(item);
      if (step) out.push(step);
      collectSteps(item.children, depth + 1, out);
    }
  }
}

/** Lower-case letters and digits, every other run as one space. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a heading is the title of a definition: its whole text, or the part before a dash, colon or full stop. */
function titleMatches(title: string, definition: Requirement): boolean {
  if (title === '') return false;
  const text = comparable(definition.text);
  return text === title || (text.startsWith(`${title} `) && /^[\s*_]*[-–—:.(]/.test(definition.text.slice(titleEnd(definition.text, title))));
}

/** Offset in `text` after the words of `title` (a comparable prefix of it). */
function titleEnd(text: string, title: string): number {
  let words = title.split(' ').length;
  const re = /[\p{L}\p{N}]+/gu;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) if (--words === 0) return match.index + match[0].length;
  return text.length;
}

function idsOf(heading: string, steps: readonly CriterionStep[], definitions: readonly Requirement[]): string[] {
  const defined = new Set(definitions.map((d) => d.id));
  const named = [heading, ...steps.map((s) => s.text)].flatMap((text) => text.match(ID_WORDS) ?? []);
  const ids = named.map(canonicalId).filter((id): id is string => id !== null && defined.has(id));
  const title = comparable(heading.replace(TITLE_PREFIX, ''));
  for (const definition of definitions) if (titleMatches(title, definition)) ids.push(definition.id);
  return [...new Set(ids)];
}

/**
 * The criteria of an "Acceptance criteria" section, one per heading with Given/When/Then/And/But list items, each
 * with the defined ids its heading or steps name or whose title its heading is (`### Successful login` for `U1`).
 */
export function readAcceptanceCriteria(section: Section, definitions: readonly Requirement[]): AcceptanceCriterion[] {
  const criteria: AcceptanceCriterion[] = [];
  let current = { heading: plainText(section.heading), line: section.line, steps: [] as CriterionStep[] };
  const close = (): void => {
    if (current.steps.length > 0) criteria.push({ ...current, ids: idsOf(current.heading, current.steps, definitions) });
  };
  for (const node of section.nodes) {
    if (node.type === 'heading') {
      close();
      current = { heading: plainText(node), line: lineOf(node), steps: [] };
    } else {
      collectSteps([node], 0, current.steps);
    }
  }
  close();
  return criteria;
}
