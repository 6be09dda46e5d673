import type { Heading, Paragraph } from 'mdast';
import { collapseWhitespace, rawText } from './plain-text.js';
import { canonicalId } from './requirement-ids.js';

/** Which ids a section defines: `R` in Requirements, `U` in Use Cases. */
export type DefinitionPrefix = 'R' | 'U';

/** An id opening a text, as a whole word. */
export const ID_AT_START = /^\s*([RU]\d{1,6}[a-z]?)(?![A-Za-z0-9])/;
const SEPARATOR = /^[ \t]*(?::|[.)\u2013\u2014-](?=\s|$))/;
const ALONE_ON_LINE = /^[ \t]*(?:\n|$)/;

/** True when the paragraph opens with bold or italic text that is `id` (optionally with a colon) or starts with it and a space (`**R4 Title.**`). */
function opensWithEmphasizedId(paragraph: Paragraph, id: string): boolean {
  const first = paragraph.children[0];
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return false;
  const text = collapseWhitespace(rawText(first)).replace(/\s*:$/, '');
  return canonicalId(text) === id || canonicalId(text.split(' ')[0] ?? '') === id;
}

/** The id and the raw text after it when a node starts a definition (`R1: x`, `**R1:** x`, `**R1** x`, `R1` alone; `## R1 x`). */
export function definitionStart(node: Heading | Paragraph, prefix: DefinitionPrefix): { id: string; rest: string } | null {
  const raw = rawText(node);
  const match = ID_AT_START.exec(raw);
  if (!match?.[1]?.startsWith(prefix)) return null;
  const id = canonicalId(match[1]);
  if (id === null) return null;
  const rest = raw.slice(match[0].length);
  const separator = SEPARATOR.exec(rest);
  if (separator) return { id, rest: rest.slice(separator[0].length) };
  if (ALONE_ON_LINE.test(rest)) return { id, rest };
  if (node.type === 'heading' || opensWithEmphasizedId(node, id)) return { id, rest };
  return null;
}
