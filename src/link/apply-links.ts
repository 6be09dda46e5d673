import { indentOf, isHeaderLine } from '../features/source-lines.js';

/** Tags to add to the scenario whose keyword stands on `line` (1-based). */
export interface LinkEdit {
  line: number;
  tags: string[];
}

interface SourceLine {
  content: string;
  /** `\n`, `\r\n`, or '' for a last line without one. */
  ending: string;
}

function splitLines(text: string): SourceLine[] {
  const parts = text.split('\n');
  return parts.map((part, index) => {
    if (index === parts.length - 1) return { content: part, ending: '' };
    return part.endsWith('\r') ? { content: part.slice(0, -1), ending: '\r\n' } : { content: part, ending: '\n' };
  });
}

/** Where the tags of a tag line end: before white space and a trailing `#` comment, as Gherkin reads it. */
function tagsEnd(content: string): number {
  const comment = content.search(/\s#/);
  return content.slice(0, comment < 0 ? content.length : comment).trimEnd().length;
}

/** The line ending to give an inserted line: the neighbour's, else the file's first, else `\n`. */
function endingNear(lines: readonly SourceLine[], index: number): string {
  return lines[index]?.ending || lines[index - 1]?.ending || lines.find((line) => line.ending)?.ending || '\n';
}

interface Plan {
  /** Tag text appended to an existing tag line, by line index. */
  append: Map<number, string[]>;
  /** New tag lines inserted above a keyword line, by line index. */
  insert: Map<number, string[]>;
}

function planTags(lines: readonly SourceLine[], index: number, tags: readonly string[], plan: Plan): void {
  // The keyword's tags are the tag lines above it; comments and blank lines may stand between.
  let tagLine = -1;
  const present = new Set<string>();
  for (let i = index - 1; i >= 0; i--) {
    const content = (lines[i] as SourceLine).content;
    if (!isHeaderLine(content)) break;
    if (content.trimStart().startsWith('@')) {
      if (tagLine < 0) tagLine = i;
      // Words without `@` never equal a tag name below, so they need no filtering.
      for (const word of content.slice(0, tagsEnd(content)).split(/\s+/)) present.add(word);
    }
  }
  const target = tagLine >= 0 ? plan.append : plan.insert;
  const key = tagLine >= 0 ? tagLine : index;
  const pending = target.get(key) ?? [];
  for (const tag of tags) {
    const name = tag.startsWith('@') ? tag : `@${tag}`;
    if (present.has(name) || pending.includes(name)) continue;
    pending.push(name);
  }
  if (pending.length > 0) target.set(key, pending);
}

/**
 * Add requirement tags to scenarios, and optionally `featureTag` to the Feature, as a minimal edit:
 * at the end of the keyword's last tag line, else on a new line just above the keyword (below any
 * provenance comment). Tags already present are not added again; every other byte is kept.
 *
 * @throws RangeError when an edit's line is not a line of the text.
 */
export function applyLinks(text: string, edits: readonly LinkEdit[], featureTag: string | null): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = splitLines(bom ? text.slice(1) : text);
  const plan: Plan = { append: new Map(), insert: new Map() };
  if (featureTag) {
    const index = lines.findIndex((line) => !isHeaderLine(line.content));
    if (index >= 0) planTags(lines, index, [featureTag], plan);
  }
  for (const edit of edits) {
    if (!Number.isInteger(edit.line) || edit.line < 1 || edit.line > lines.length) {
      throw new RangeError(`Unexpected edit on line ${edit.line}, expected a line from 1 to ${lines.length}`);
    }
    planTags(lines, edit.line - 1, edit.tags, plan);
  }
  if (plan.append.size === 0 && plan.insert.size === 0) return text;
  const out: string[] = [bom];
  lines.forEach((line, index) => {
    const inserted = plan.insert.get(index);
    if (inserted) out.push(indentOf(line.content), inserted.join(' '), endingNear(lines, index));
    const appended = plan.append.get(index);
    if (appended) {
      const end = tagsEnd(line.content);
      out.push(line.content.slice(0, end), ' ', appended.join(' '), line.content.slice(end), line.ending);
    } else {
      out.push(line.content, line.ending);
    }
  });
  return out.join('');
}
