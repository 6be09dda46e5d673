import { stem } from './stem.js';
import { STOP_WORDS } from './stop-words.js';

/** One token: `term` is compared (a stem, or an identifier kept whole), `surface` (lower case, as written) is shown. */
export interface Token {
  term: string;
  surface: string;
  /** True for an identifier kept whole (`native_override`), false for a word or a part of one. */
  whole: boolean;
}

/** A character that joins the parts of an identifier: `native_override`, `run.yaml`, `/v1/query`. */
const JOINER = /[_\-./]/;

/** A run of letters, digits and joiners. */
const CHUNK = /[\p{L}\p{N}_\-./]+/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Split a chunk on joiners and camelCase boundaries (`NetworkConfig` -> `Network`, `Config`). */
function parts(chunk: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (let i = 0; i < chunk.length; i++) {
    const ch = chunk[i] as string;
    if (JOINER.test(ch)) {
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
  while (start < end && JOINER.test(chunk[start] as string)) start++;
  while (end > start && JOINER.test(chunk[end - 1] as string)) end--;
  return chunk.slice(start, end);
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
    const surface = piece.toLowerCase();
    if (surface.length >= 2 && !STOP_WORDS.has(surface)) out.push({ term: stem(surface), surface, whole: false });
  }
}

/**
 * Split text into tokens, in order: identifiers (joined by `_ - . /`) kept whole and split into
 * words; words lower-cased and stemmed, stop words and one-letter words dropped. Linear in the text.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const [chunk] of text.matchAll(CHUNK)) chunkTokens(chunk, out);
  return out;
}

/** The terms of {@link tokenize}, for callers that do not need the surface forms. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}
