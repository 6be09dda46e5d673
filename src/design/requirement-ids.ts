import { shorten } from './plain-text.js';

/** The ids of one requirement cell (in order, ranges expanded, each once) and a message per unreadable id or range. */
export interface ParsedRequirementIds {
  ids: string[];
  problems: string[];
}

/** An id's parts; `prefix` is empty for a bare number (the `3` of `R1-3`). */
interface IdParts {
  prefix: string;
  number: number;
  suffix: string;
}

/** Largest number of ids one range may expand to. */
export const MAX_RANGE = 500;

/** A requirement (`R1`, `R7a`) or use-case (`U2`) id, or a bare number, as a whole word. */
const ID_OR_NUMBER = /^([RU]?)(\d{1,6})([a-z]?)$/;
/** Words, range marks and other characters; whitespace only separates them. */
const TOKENS = /[A-Za-z0-9]+|\.\.\.?|[-\u2010-\u2015\u2212]|\S/gu;
const RANGE_TEXT = /^(?:\.\.\.?|[-\u2010-\u2015\u2212])$/;
/** An id or range end with more digits than an id may have (`R12345678`): a problem, never dropped silently. */
const LONG_WORD = /^[RU]?\d{7,}[a-z]?$/;

function tooLong(text: string): string {
  return `Unexpected id \`${shorten(text)}\` of more than 6 digits, expected at most 6 (\`R1\` to \`R999999\`)`;
}

function idParts(word: string): IdParts | null {
  const match = ID_OR_NUMBER.exec(word);
  return match ? { prefix: match[1] ?? '', number: Number(match[2]), suffix: match[3] ?? '' } : null;
}

/** The canonical spelling of an id word (`R01` -> `R1`), or null when it is not an id. */
export function canonicalId(word: string): string | null {
  const id = idParts(word);
  return id?.prefix ? `${id.prefix}${id.number}${id.suffix}` : null;
}

/** Expand the range `text` from `start` to `end` into ids, or explain why it cannot be expanded. */
function expandRange(start: IdParts, end: IdParts, text: string): { ids: string[] } | { problem: string } {
  if (end.prefix !== '' && end.prefix !== start.prefix) {
    return { problem: `Unexpected range \`${text}\`, expected both ends to have the same prefix` };
  }
  const letters = start.suffix !== '' && end.suffix !== '' && start.number === end.number;
  if (!letters && (start.suffix !== '' || end.suffix !== '')) {
    return {
      problem: `Unexpected range \`${text}\`, expected numbers (\`R1–R3\`) or letters of one number (\`R4a–R4c\`)`,
    };
  }
  const [from, to] = letters ? [start.suffix.charCodeAt(0), end.suffix.charCodeAt(0)] : [start.number, end.number];
  if (from > to) return { problem: `Unexpected reversed range \`${text}\`, expected the lower id first` };
  if (to - from >= MAX_RANGE) return { problem: `Unexpected range \`${text}\`, expected at most ${MAX_RANGE} ids` };
  const ids: string[] = [];
  for (let at = from; at <= to; at++) {
    ids.push(letters ? `${start.prefix}${start.number}${String.fromCharCode(at)}` : `${start.prefix}${at}`);
  }
  return { ids };
}

/**
 * Read the ids of a surface table's requirement cell: lists (`R1, R6`, `R4
 * and R4a`), ranges (`R1–R3`, `R1..R3`, `R1-3`) and letter ranges (`R4a–R4c`);
 * other words are ignored. No id at all, or a bad range, is a problem.
 */
export function parseRequirementIds(cell: string): ParsedRequirementIds {
  const tokens = cell.match(TOKENS) ?? [];
  const ids: string[] = [];
  const problems: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index] ?? '';
    const start = idParts(word);
    if (!start?.prefix) {
      if (/^[RU]/.test(word) && LONG_WORD.test(word)) problems.push(tooLong(word));
      continue;
    }
    const dash = tokens[index + 1] ?? '';
    const end = tokens[index + 2];
    if (RANGE_TEXT.test(dash) && end !== undefined) {
      const endParts = idParts(end);
      if (LONG_WORD.test(end) || endParts !== null) {
        const expanded = endParts === null ? { problem: tooLong(end) } : expandRange(start, endParts, `${word}${dash}${end}`);
        if ('ids' in expanded) ids.push(...expanded.ids);
        else problems.push(expanded.problem);
        index += 2;
        continue;
      }
    } else if (RANGE_TEXT.test(dash)) {
      problems.push(`Unexpected unfinished range \`${word}${dash}\`, expected an id after it`);
    }
    ids.push(`${start.prefix}${start.number}${start.suffix}`);
  }
  if (ids.length === 0 && problems.length === 0) {
    const shown = cell.trim() === '' ? 'empty requirement cell' : `requirement cell \`${shorten(cell.trim())}\``;
    problems.push(`Unexpected ${shown}, expected a requirement id such as \`R1\``);
  }
  return { ids: [...new Set(ids)], problems };
}
