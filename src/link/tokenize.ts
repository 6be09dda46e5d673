import { stem } from './stem.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * One token of a text: `term` is what is compared (a stem, or an identifier
 * kept whole), `surface` is the lower-cased form as written, shown to people
 * as a matched word.
 */
export interface Token {
  term: string;
  surface: string;
  /** True for an identifier kept whole (`native_override`), false for a word or a part of one. */
  whole: boolean;
}

/** Whether the character at `i` joins the parts of an identifier: `native_override`, `run.yaml`, `/v1/query`. */
function isJoinerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 95 || code === 45 || code === 46 || code === 47;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 1;
  if (code < 128) return 0;
  const size = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + size)) ? size : 0;
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Split a chunk on joiners and camelCase boundaries (`NetworkConfig` -> `Network`, `Config`). */
function parts(chunk: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (let i = 0; i < chunk.length; i++) {
    const ch = chunk[i] as string;
    if (isJoinerAt(chunk, i)) {
      if (i > start) result.push(chunk.slice(start, i));
      start = i + 1;
    } else if (i > start && isUpper(ch) && isLower(chunk[i - 1] as string)) {
      result.push(chunk.slice(start, i));
      start = i;
    }
  }
  if (chunk.length > start) result.push(chunk.slice(start));
  return result;
}

/** Trim joiners from both ends: `--migrate-config` -> `migrate-config`, `run.yaml.` -> `run.yaml`. */
function trimJoiners(chunk: string): string {
  let start = 0;
  let end = chunk.length;
  while (start < end && isJoinerAt(chunk, start)) start++;
  while (end > start && isJoinerAt(chunk, end - 1)) end--;
  return chunk.slice(start, end);
}

function wordToken(word: string): Token | null {
  const surface = word.toLowerCase();
  if (surface.length < 2 || STOP_WORDS.has(surface)) return null;
  return { term: stem(surface), surface, whole: false };
}

function pushWhole(identifier: string, out: Token[]): void {
  const whole = identifier.toLowerCase();
  if (!STOP_WORDS.has(whole)) out.push({ term: whole, surface: whole, whole: true });
}

function chunkTokens(raw: string, out: Token[]): void {
  const chunk = trimJoiners(raw);
  if (!chunk) return;
  const pieces = parts(chunk);
  const isIdentifier = pieces.length > 1 || chunk.length !== (pieces[0]?.length ?? 0);
  if (isIdentifier) {
    pushWhole(chunk, out);
    // `llama_stack.config.native_override` also yields `llama_stack` and `native_override`
    if (/[./]/.test(chunk)) {
      for (const segment of chunk.split(/[./]+/)) {
        const trimmed = trimJoiners(segment);
        if (trimmed !== chunk && /[_-]/.test(trimmed)) pushWhole(trimmed, out);
      }
    }
  }
  for (const piece of pieces) {
    const token = wordToken(piece);
    if (token) out.push(token);
  }
}

/**
 * Split text into tokens, in order of appearance. Runs of letters and digits
 * joined by `_`, `-`, `.` or `/` are identifiers, kept whole in lower case
 * without leading and trailing joiners (`--migrate-config` -> `migrate-config`),
 * as is each `.`- or `/`-separated segment that is an identifier itself; their
 * parts are added as words. Words are lower-cased and stemmed, stop words and
 * one-character words dropped; numbers stay as written. Linear in the text.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const size = wordCharLength(text, i) || (isJoinerAt(text, i) ? 1 : 0);
    if (size > 0) {
      if (start < 0) start = i;
      i += size;
    } else {
      if (start >= 0) chunkTokens(text.slice(start, i), out);
      start = -1;
      i += 1;
    }
  }
  if (start >= 0) chunkTokens(text.slice(start), out);
  return out;
}

/** The terms of {@link tokenize}, for callers that do not need the surface forms. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}
