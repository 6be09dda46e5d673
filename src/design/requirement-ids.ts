import { shorten } from './plain-text.js';

/** The ids of one requirement cell (in order, ranges expanded, each once) and a message per unreadable id or range. */
export interface ParsedRequirementIds {
  ids: string[];
  problems: string[];
}

type Token =
  | { kind: 'id'; prefix: string; number: number; suffix: string; text: string }
  | { kind: 'number'; number: number; suffix: string; text: string }
  | { kind: 'range'; text: string }
  | { kind: 'other'; text: string };

/** Largest number of ids one range may expand to. */
export const MAX_RANGE = 500;

/** A requirement (`R1`, `R7a`) or use-case (`U2`) id, as a whole word. */
const ID_WORD = /^([RU])(\d{1,6})([a-z]?)$/;
const NUMBER_WORD = /^(\d{1,6})([a-z]?)$/;
const TOKENS = /[A-Za-z0-9]+|\.\.\.?|[-\u2010-\u2015\u2212]|\s+|[^]/gu;
const RANGE_TEXT = /^(?:\.\.\.?|[-\u2010-\u2015\u2212])$/;
/** An id or range end with more digits than an id may have (`R12345678`): a problem, never dropped silently. */
const LONG_WORD = /^[RU]?\d{7,}[a-z]?$/;

function tooLong(text: string): string {
  return `Unexpected id \`${shorten(text)}\` of more than 6 digits, expected at most 6 (\`R1\` to \`R999999\`)`;
}

/** The canonical spelling of an id word (`R01` -> `R1`), or null when it is not an id. */
export function canonicalId(word: string): string | null {
  const match = ID_WORD.exec(word);
  if (!match) return null;
  return `${match[1]}${Number(match[2])}${match[3]}`;
}

function tokenize(cell: string): Token[] {
  const tokens: Token[] = [];
  for (const [text] of cell.matchAll(TOKENS)) {
    if (/^\s+$/.test(text)) continue;
    const id = ID_WORD.exec(text);
    if (id) {
      tokens.push({ kind: 'id', prefix: id[1] ?? '', number: Number(id[2]), suffix: id[3] ?? '', text });
      continue;
    }
    const number = NUMBER_WORD.exec(text);
    if (number) {
      tokens.push({ kind: 'number', number: Number(number[1]), suffix: number[2] ?? '', text });
      continue;
    }
    tokens.push(RANGE_TEXT.test(text) ? { kind: 'range', text } : { kind: 'other', text });
  }
  return tokens;
}

/** Expand `start`–`end` into ids, or explain why it cannot be expanded. */
function expandRange(
  start: Extract<Token, { kind: 'id' }>,
  end: Extract<Token, { kind: 'id' | 'number' }>,
  dash: string,
): { ids: string[] } | { problem: string } {
  const text = `${start.text}${dash}${end.text}`;
  const endPrefix = end.kind === 'id' ? end.prefix : start.prefix;
  if (endPrefix !== start.prefix) {
    return { problem: `Unexpected range \`${text}\`, expected both ends to have the same prefix` };
  }
  if (start.suffix === '' && end.suffix === '') {
    if (start.number > end.number) {
      return { problem: `Unexpected reversed range \`${text}\`, expected the lower id first` };
    }
    if (end.number - start.number >= MAX_RANGE) {
      return { problem: `Unexpected range \`${text}\`, expected at most ${MAX_RANGE} ids` };
    }
    const ids: string[] = [];
    for (let number = start.number; number <= end.number; number++) ids.push(`${start.prefix}${number}`);
    return { ids };
  }
  if (start.suffix !== '' && end.suffix !== '' && start.number === end.number) {
    const from = start.suffix.charCodeAt(0);
    const to = end.suffix.charCodeAt(0);
    if (from > to) {
      return { problem: `Unexpected reversed range \`${text}\`, expected the lower id first` };
    }
    const ids: string[] = [];
    for (let code = from; code <= to; code++) {
      ids.push(`${start.prefix}${start.number}${String.fromCharCode(code)}`);
    }
    return { ids };
  }
  return {
    problem: `Unexpected range \`${text}\`, expected numbers (\`R1–R3\`) or letters of one number (\`R4a–R4c\`)`,
  };
}

/**
 * Read the ids of a surface table's requirement cell: lists (`R1, R6`, `R4
 * and R4a`), ranges (`R1–R3`, `R1..R3`, `R1-3`) and letter ranges (`R4a–R4c`);
 * other words are ignored. No id at all, or a bad range, is a problem.
 */
export function parseRequirementIds(cell: string): ParsedRequirementIds {
  const tokens = tokenize(cell);
  const ids: string[] = [];
  const problems: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind === 'other' && /^[RU]/.test(token.text) && LONG_WORD.test(token.text)) problems.push(tooLong(token.text));
    if (token?.kind !== 'id') continue;
    const dash = tokens[index + 1];
    if (dash?.kind === 'range') {
      const end = tokens[index + 2];
      if (end?.kind === 'other' && LONG_WORD.test(end.text)) {
        problems.push(tooLong(end.text));
        index += 2;
        continue;
      }
      if (end?.kind === 'id' || end?.kind === 'number') {
        const expanded = expandRange(token, end, dash.text);
        if ('ids' in expanded) ids.push(...expanded.ids);
        else problems.push(expanded.problem);
        index += 2;
        continue;
      }
      if (end === undefined) {
        problems.push(`Unexpected unfinished range \`${token.text}${dash.text}\`, expected an id after it`);
      }
    }
    ids.push(`${token.prefix}${token.number}${token.suffix}`);
  }
  if (ids.length === 0 && problems.length === 0) {
    const shown = cell.trim() === '' ? 'empty requirement cell' : `requirement cell \`${shorten(cell.trim())}\``;
    problems.push(`Unexpected ${shown}, expected a requirement id such as \`R1\``);
  }
  return { ids: [...new Set(ids)], problems };
}
