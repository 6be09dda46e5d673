import { createInterface } from 'node:readline';
import type { LinkChoice } from '../api/link-plan.js';
import type { Suggestion } from '../link/suggest-links.js';
import { formatCandidate, formatScenarioHeading } from './link-output.js';

/** What a person answered about one scenario. */
export type Answer = { kind: 'accept'; index: number } | { kind: 'reject' } | { kind: 'quit' };

/**
 * One answer: Enter takes the default (the first candidate when confident, else reject), `a`/`y`
 * accepts the first, a number picks that candidate, `r`/`n` rejects, `q` quits; null for anything else.
 */
export function parseAnswer(raw: string, suggestion: Suggestion): Answer | null {
  const answer = raw.trim().toLowerCase();
  const count = suggestion.candidates.length;
  if (answer === '') return suggestion.confident && count > 0 ? { kind: 'accept', index: 0 } : { kind: 'reject' };
  if (answer === 'a' || answer === 'y' || answer === 'yes') return count > 0 ? { kind: 'accept', index: 0 } : null;
  if (answer === 'r' || answer === 'n' || answer === 'no') return { kind: 'reject' };
  if (answer === 'q' || answer === 'quit') return { kind: 'quit' };
  if (/^\d{1,3}$/.test(answer)) {
    const index = Number(answer) - 1;
    return index >= 0 && index < count ? { kind: 'accept', index } : null;
  }
  return null;
}

function question(suggestion: Suggestion): string {
  const count = suggestion.candidates.length;
  const pick = count > 1 ? `, 1-${count} pick` : ', 1 pick';
  const fallback = suggestion.confident ? 'Enter/a accept 1' : 'no confident match; Enter/r reject';
  return `[${fallback}${suggestion.confident ? ', r reject' : ''}${pick}, q quit] `;
}

/**
 * Ask on `io` (a terminal, or fakes in tests) about each suggestion that has candidates, again after an answer that
 * means nothing, until `q` or the input ends; `reviewed` counts the scenarios answered, `quit` is true when it ended early.
 */
export async function reviewSuggestions(
  suggestions: readonly Suggestion[],
  io: { input: NodeJS.ReadableStream; write: (text: string) => void },
): Promise<{ choices: LinkChoice[]; reviewed: number; quit: boolean }> {
  const rl = createInterface({ input: io.input, terminal: false, crlfDelay: Infinity });
  // The iterator is created before the first question so that lines already typed are buffered, not lost.
  const lines = rl[Symbol.asyncIterator]();
  const choices: LinkChoice[] = [];
  let reviewed = 0;
  try {
    for (const suggestion of suggestions) {
      if (suggestion.candidates.length === 0) continue;
      const block = [formatScenarioHeading(suggestion), ...suggestion.candidates.map((c, index) => `  ${index + 1}. ${formatCandidate(c)}`)];
      io.write(`\n${block.join('\n')}\n`);
      let answer: Answer | null = null;
      while (answer === null) {
        io.write(question(suggestion));
        const next = await lines.next();
        if (next.done) {
          io.write('\n');
          return { choices, reviewed, quit: true };
        }
        answer = parseAnswer(String(next.value), suggestion);
        if (answer === null) io.write(`Unexpected answer "${String(next.value).trim()}".\n`);
      }
      if (answer.kind === 'quit') return { choices, reviewed, quit: true };
      reviewed++;
      const candidate = answer.kind === 'accept' ? suggestion.candidates[answer.index] : undefined;
      if (candidate) choices.push({ file: suggestion.file, line: suggestion.line, design: candidate.design, requirement: candidate.requirement });
    }
    return { choices, reviewed, quit: false };
  } finally {
    rl.close();
  }
}
