import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseAnswer, reviewSuggestions } from '../../src/cli/interactive.js';
import type { Suggestion } from '../../src/link/suggest-links.js';

function suggestion(line: number, confident: boolean, requirements: string[]): Suggestion {
  return {
    file: 'f.feature',
    line,
    name: `Scenario ${line}`,
    confident,
    candidates: requirements.map((requirement, i) => ({
      design: 'export',
      requirement,
      score: 0.5 - i * 0.1,
      matched: ['export'],
    })),
  };
}

function lines(...answers: string[]): Readable {
  return Readable.from(answers.map((answer) => `${answer}\n`));
}

describe('parseAnswer', () => {
  const confident = suggestion(3, true, ['R1', 'R2', 'R3']);
  const unsure = suggestion(3, false, ['R1', 'R2']);

  it('takes Enter as accept-the-first when confident, reject when not', () => {
    expect(parseAnswer('', confident)).toEqual({ kind: 'accept', index: 0 });
    expect(parseAnswer('  ', unsure)).toEqual({ kind: 'reject' });
  });

  it('reads accept, reject, quit and a candidate number, any case', () => {
    expect(parseAnswer('A', unsure)).toEqual({ kind: 'accept', index: 0 });
    expect(parseAnswer('y', confident)).toEqual({ kind: 'accept', index: 0 });
    expect(parseAnswer('r', confident)).toEqual({ kind: 'reject' });
    expect(parseAnswer('no', confident)).toEqual({ kind: 'reject' });
    expect(parseAnswer('Q', confident)).toEqual({ kind: 'quit' });
    expect(parseAnswer('3', confident)).toEqual({ kind: 'accept', index: 2 });
  });

  it('refuses numbers with no candidate and anything else', () => {
    expect(parseAnswer('0', confident)).toBeNull();
    expect(parseAnswer('4', confident)).toBeNull();
    expect(parseAnswer('maybe', confident)).toBeNull();
    expect(parseAnswer('a', suggestion(3, false, []))).toBeNull();
  });
});

describe('reviewSuggestions', () => {
  const three = [suggestion(3, true, ['R1', 'R2']), suggestion(8, true, ['R3', 'R4']), suggestion(12, false, ['R5', 'R6'])];

  it('accepts, rejects and picks candidate 2 as answered', async () => {
    let shown = '';
    const review = await reviewSuggestions(three, { input: lines('a', 'r', '2'), write: (text) => (shown += text) });
    expect(review).toEqual({
      choices: [
        { file: 'f.feature', line: 3, design: 'export', requirement: 'R1' },
        { file: 'f.feature', line: 12, design: 'export', requirement: 'R6' },
      ],
      reviewed: 3,
      quit: false,
    });
    expect(shown).toContain('f.feature:8  Scenario 8\n  1. export R3  0.500  matched: export\n  2. export R4  0.400');
    expect(shown).toContain('[no confident match; Enter/r reject, 1-2 pick, q quit]');
  });

  it('asks again after an answer that means nothing', async () => {
    let shown = '';
    const review = await reviewSuggestions(three.slice(0, 1), { input: lines('7', 'what', '2'), write: (text) => (shown += text) });
    expect(review.choices.map((c) => c.requirement)).toEqual(['R2']);
    expect(shown).toContain('Unexpected answer "7".');
    expect(shown).toContain('Unexpected answer "what".');
    expect(shown.match(/\[Enter\/a accept 1/g)).toHaveLength(3);
  });

  it('stops at q or at the end of the input, keeping what was accepted', async () => {
    const quit = await reviewSuggestions(three, { input: lines('', 'q', '1'), write: () => {} });
    expect(quit).toEqual({ choices: [{ file: 'f.feature', line: 3, design: 'export', requirement: 'R1' }], reviewed: 1, quit: true });
    const ended = await reviewSuggestions(three, { input: lines('2'), write: () => {} });
    expect(ended.choices.map((c) => c.requirement)).toEqual(['R2']);
    expect(ended.quit).toBe(true);
  });

  it('does not ask about a scenario with no candidate', async () => {
    let shown = '';
    const review = await reviewSuggestions([suggestion(2, false, []), three[1] as Suggestion], {
      input: lines('1'),
      write: (text) => (shown += text),
    });
    expect(review.choices.map((c) => c.line)).toEqual([8]);
    expect(shown).not.toContain('Scenario 2');
  });

  it('reads answers typed before the question, as a terminal buffers them', async () => {
    const input = new PassThrough();
    input.write('r\n1\n');
    const done = reviewSuggestions(three.slice(0, 2), { input, write: () => {} });
    input.end();
    expect((await done).choices.map((c) => c.requirement)).toEqual(['R3']);
  });
});
