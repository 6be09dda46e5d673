import { describe, expect, it } from 'vitest';
import { listScenarioTexts } from '../../src/features/scenario-texts.js';
import { fixture } from './fixtures.js';

describe('listScenarioTexts', () => {
  it('lists every Scenario and Outline with its steps, own tags and indentation', () => {
    expect(listScenarioTexts(fixture('inheritance.feature'), 'inheritance.feature')).toEqual([
      {
        file: 'inheritance.feature',
        line: 8,
        name: 'Scenario tags add to Feature tags',
        keyword: 'Scenario',
        steps: ['the user opens the page', 'the page is shown'],
        tags: ['@R2'],
        tagLine: 7,
        indent: '  ',
        featureLine: 2,
        featureTags: ['@R1', '@smoke'],
        feature: 'Tag inheritance',
        ruleTags: [],
      },
      {
        file: 'inheritance.feature',
        line: 13,
        name: 'Examples tags apply to their own rows only',
        keyword: 'Scenario Outline',
        steps: ['the user opens <page>'],
        tags: ['@R3', '@R1'],
        tagLine: 12,
        indent: '  ',
        featureLine: 2,
        featureTags: ['@R1', '@smoke'],
        feature: 'Tag inheritance',
        ruleTags: [],
      },
      {
        file: 'inheritance.feature',
        line: 30,
        name: 'Inside the rule',
        keyword: 'Example',
        steps: ['something'],
        tags: ['@R6'],
        tagLine: 29,
        indent: '    ',
        featureLine: 2,
        featureTags: ['@R1', '@smoke'],
        feature: 'Tag inheritance',
        ruleTags: ['@R5'],
      },
      {
        file: 'inheritance.feature',
        line: 33,
        name: 'Also inside the rule',
        keyword: 'Scenario',
        steps: ['something else'],
        tags: [],
        tagLine: null,
        indent: '    ',
        featureLine: 2,
        featureTags: ['@R1', '@smoke'],
        feature: 'Tag inheritance',
        ruleTags: ['@R5'],
      },
    ]);
  });

  it('takes the first of several tag lines, and keeps tabs and CRLF out of the indentation', () => {
    const text = 'Feature: f\r\n\r\n\t@a\r\n\t@b @c\r\n\tScenario: s\r\n\t\tGiven x\r\n';
    expect(listScenarioTexts(`\uFEFF${text}`, 'f.feature')).toMatchObject([
      { line: 5, tags: ['@a', '@b', '@c'], tagLine: 3, indent: '\t', steps: ['x'], featureLine: 1, featureTags: [] },
    ]);
  });

  it('returns no scenario for an empty or comment-only file', () => {
    expect(listScenarioTexts('', 'e.feature')).toEqual([]);
    expect(listScenarioTexts('# nothing\n', 'e.feature')).toEqual([]);
    expect(listScenarioTexts('Feature: nothing yet\n', 'e.feature')).toEqual([]);
  });

  it('returns the first parse error when the file does not parse', () => {
    expect(listScenarioTexts(fixture('multiple-errors.feature'), 'bad.feature')).toEqual({
      error: {
        kind: 'parse-error',
        severity: 'error',
        message:
          "expected: #EOF, #TableRow, #DocStringSeparator, #StepLine, #TagLine, #ExamplesLine, #ScenarioLine, #RuleLine, #Comment, #Empty, got 'this line is not Gherkin'",
        file: 'bad.feature',
        line: 8,
        column: 3,
      },
    });
  });
});
