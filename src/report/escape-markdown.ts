import { singleLine } from './text-cleanup.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // An entity, not `\|`: GFM splits table cells on every raw pipe, so a cell's
  // pipes then stay countable, and no renderer has to honour the backslash.
  '|': '&#124;',
};

// Everything else that starts inline markup (emphasis, code, links, images,
// strikethrough, headings, math) is made literal with a backslash escape.
const SPECIAL = /[\\`*_[\]<>|&~#!$]/g;

// `@name` and `@design:slug` outside code notify GitHub users and teams; a code span does not.
const MENTION = /(?<![\w@])@[A-Za-z0-9](?:[\w:./-]*\w)?/g;

function escapeInline(text: string): string {
  return text.replace(SPECIAL, (char) => ENTITIES[char] ?? `\\${char}`);
}

/**
 * Text as inline Markdown that renders literally, on one line (safe in a table
 * cell), with tags such as `@R1` shown as code so they mention nobody on GitHub.
 */
export function escapeMarkdown(text: string): string {
  const line = singleLine(text);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(MENTION)) {
    const start = match.index ?? 0;
    out += `${escapeInline(line.slice(last, start))}\`${match[0]}\``;
    last = start + match[0].length;
  }
  return out + escapeInline(line.slice(last));
}

/** A code span showing `text` literally, whatever backticks it holds. Not for table cells (GFM splits them on `|`). */
export function markdownCode(text: string): string {
  const content = singleLine(text);
  // All-blank content cannot be shown by a code span (CommonMark keeps or strips it unpredictably).
  if (content.trim() === '') return escapeMarkdown(content);
  const longest = (content.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space on each side, so padding keeps edge backticks and spaces intact.
  const pad = content.startsWith('`') || content.endsWith('`') || content.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}
