import { describe, expect, it } from 'vitest';
import { MAX_RANGE, parseRequirementIds } from '../../src/design/requirement-ids.js';

describe('parseRequirementIds', () => {
  it.each([
    ['R1', ['R1']],
    ['R4, R4a', ['R4', 'R4a']],
    ['R1, R6, R8', ['R1', 'R6', 'R8']],
    ['R8, R1', ['R8', 'R1']],
    ['R1–R3', ['R1', 'R2', 'R3']],
    ['R1-R3', ['R1', 'R2', 'R3']],
    ['R1—R3', ['R1', 'R2', 'R3']],
    ['R1..R3', ['R1', 'R2', 'R3']],
    ['R1 – R3', ['R1', 'R2', 'R3']],
    ['R1–3', ['R1', 'R2', 'R3']],
    ['R4a–R4c', ['R4a', 'R4b', 'R4c']],
    ['R2–R2', ['R2']],
    ['R7a', ['R7a']],
    ['R1, R2–R4, R10', ['R1', 'R2', 'R3', 'R4', 'R10']],
    ['R1 and R2', ['R1', 'R2']],
    ['R1; R2 / R3', ['R1', 'R2', 'R3']],
    ['R1, R1, R2–R3, R2', ['R1', 'R2', 'R3']],
    ['R01', ['R1']],
    ['U2', ['U2']],
    ['R3 (partial)', ['R3']],
  ])('reads %j as %j', (cell, ids) => {
    expect(parseRequirementIds(cell)).toEqual({ ids, problems: [] });
  });

  it('ignores words that only look like ids', () => {
    expect(parseRequirementIds('R1, LCORE-2747, XR2, R3x1').ids).toEqual(['R1']);
  });

  it.each(['', '   ', 'TODO', 'n/a', 'r1'])('reports a cell without an id: %j', (cell) => {
    const result = parseRequirementIds(cell);
    expect(result.ids).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^Unexpected .*requirement cell.*, expected a requirement id such as `R1`$/);
  });

  it('reports a reversed range and keeps the other ids', () => {
    const result = parseRequirementIds('R1, R5–R3');
    expect(result.ids).toEqual(['R1']);
    expect(result.problems).toEqual(['Unexpected reversed range `R5–R3`, expected the lower id first']);
  });

  it('reports a reversed letter range', () => {
    const result = parseRequirementIds('R4c-R4a');
    expect(result.ids).toEqual([]);
    expect(result.problems).toEqual(['Unexpected reversed range `R4c-R4a`, expected the lower id first']);
  });

  it.each(['R4a–R5c', 'R4–R4c', 'R1–U3'])('reports an invalid range %j', (cell) => {
    const result = parseRequirementIds(cell);
    expect(result.ids).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(`Unexpected range \`${cell}\``);
  });

  it('reports a range that would expand to too many ids', () => {
    const result = parseRequirementIds(`R1–R${MAX_RANGE + 1}`);
    expect(result.ids).toEqual([]);
    expect(result.problems[0]).toContain(`expected at most ${MAX_RANGE} ids`);
    expect(parseRequirementIds(`R1–R${MAX_RANGE}`).ids).toHaveLength(MAX_RANGE);
  });

  it('reports an unfinished range but keeps its start', () => {
    expect(parseRequirementIds('R2–')).toEqual({
      ids: ['R2'],
      problems: ['Unexpected unfinished range `R2–`, expected an id after it'],
    });
  });

  it('treats a dash before words as punctuation', () => {
    expect(parseRequirementIds('R7 - see notes')).toEqual({ ids: ['R7'], problems: [] });
  });

  it('shortens a long cell in its message', () => {
    const result = parseRequirementIds('x'.repeat(10_000));
    expect(result.problems[0]?.length).toBeLessThan(200);
  });

  it('reads a huge cell in linear time', () => {
    const cell = 'R1, '.repeat(250_000);
    const started = performance.now();
    expect(parseRequirementIds(cell).ids).toEqual(['R1']);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('ids of more than 6 digits', () => {
  it.each([
    ['R12345678', [], ['R12345678']],
    ['R1, R12345678', ['R1'], ['R12345678']],
    ['R1–R12345678', [], ['R12345678']],
    ['R1–12345678', [], ['12345678']],
  ])('%j is a problem naming the long id, never dropped silently', (cell, ids, named) => {
    const parsed = parseRequirementIds(cell);
    expect(parsed.ids).toEqual(ids);
    expect(parsed.problems).toHaveLength(named.length);
    named.forEach((id, i) => expect(parsed.problems[i]).toContain(`\`${id}\` of more than 6 digits`));
  });
});
