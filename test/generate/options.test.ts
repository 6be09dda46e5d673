import { describe, expect, it } from 'vitest';
import { GenerateError } from '../../src/generate/generate-error.js';
import { renderFeature, renderScenarios, selectRows } from '../../src/generate/render-feature.js';
import { defaultTemplates, design, options, parseGherkin, row } from './support.js';

const rows = [
  row(['R1'], 'End to end only', { levels: ['e2e'] }),
  row(['R2'], 'Unit only', { levels: ['unit'] }),
  row(['R3'], 'Integration and unit', { levels: ['integration', 'unit'] }),
  row(['R4'], 'Manual', { levels: ['manual'] }),
  row(['R5'], 'Unclassified', { levels: ['unknown'] }),
];

function catchError(run: () => unknown): GenerateError {
  try {
    run();
  } catch (error) {
    if (error instanceof GenerateError) return error;
    throw error;
  }
  throw new Error('expected a GenerateError');
}

describe('levels', () => {
  it('renders only rows whose levels intersect the chosen levels, in row order', () => {
    const { pickles } = parseGherkin(renderFeature(design(rows), options({ levels: ['e2e', 'integration'] })));
    expect(pickles.map((pickle) => pickle.name)).toEqual(['End to end only', 'Integration and unit']);
  });

  it('renders a valid Feature without scenarios when no row matches', () => {
    const text = renderFeature(design(rows), options({ levels: [] }));
    const { document, pickles } = parseGherkin(text);
    expect(document.feature?.name).toBe('Sample design');
    expect(pickles).toHaveLength(0);
  });

  it('selectRows keeps rows with any wanted level', () => {
    expect(selectRows(rows, ['unit']).map((r) => r.requirements[0])).toEqual(['R2', 'R3']);
    expect(selectRows(rows, ['unknown', 'manual']).map((r) => r.requirements[0])).toEqual(['R4', 'R5']);
  });
});

describe('skip tag', () => {
  it('adds @skip by default and nothing when null', () => {
    const withSkip = parseGherkin(renderFeature(design(rows), options())).pickles;
    const without = parseGherkin(renderFeature(design(rows), options({ skipTag: null }))).pickles;
    expect(withSkip.every((pickle) => pickle.tags.some((tag) => tag.name === '@skip'))).toBe(true);
    expect(without.flatMap((pickle) => pickle.tags.map((tag) => tag.name)).filter((name) => name.startsWith('@R'))).toEqual([
      '@R1', '@R2', '@R3', '@R4', '@R5',
    ]);
    expect(without.some((pickle) => pickle.tags.some((tag) => tag.name === '@skip'))).toBe(false);
  });

  it('accepts a custom tag with or without @', () => {
    for (const skipTag of ['wip', '@wip']) {
      const { pickles } = parseGherkin(renderFeature(design(rows), options({ skipTag })));
      expect(pickles[0]?.tags.at(-1)?.name).toBe('@wip');
    }
  });
});

describe('names', () => {
  it('disambiguates equal names deterministically and keeps step texts unique', () => {
    const twins = [row(['R1'], 'Same'), row(['R1'], 'Same'), row(['R2'], 'Same (2)'), row(['R3'], 'Same')];
    const text = renderFeature(design(twins), options());
    const { pickles } = parseGherkin(text);
    expect(pickles.map((pickle) => pickle.name)).toEqual(['Same', 'Same (2)', 'Same (2) (2)', 'Same (3)']);
    const steps = pickles.flatMap((pickle) => pickle.steps.map((step) => step.text));
    expect(new Set(steps).size).toBe(steps.length);
    expect(renderFeature(design(twins), options())).toBe(text);
  });

  it('falls back to the ids when the behavior is empty, and to the slug when there is no title', () => {
    const { document, pickles } = parseGherkin(renderFeature(design([row(['R1', 'R2'], ' \n ')], { title: null }), options()));
    expect(document.feature?.name).toBe('sample');
    expect(pickles[0]?.name).toBe('Behavior of R1, R2');
  });

  it('keeps the behavior twice (recorded comment and shortened name) and the requirement text on one comment line', () => {
    const behavior = 'A long behavior '.repeat(12).trim();
    const text = renderFeature(
      design([row(['R1'], behavior, { verifiedBy: 'e2e (mock)' })], {
        requirements: [{ id: 'R1', text: 'The requirement\ntext.', line: 3 }],
      }),
      options(),
    );
    const scenario = parseGherkin(text).document.feature?.children[0]?.scenario;
    expect(scenario?.name.endsWith('…')).toBe(true);
    const body = text.split('\n').slice((scenario?.location.line ?? 0), (scenario?.steps[0]?.location.line ?? 0) - 1);
    expect(body).toEqual(['    # R1: The requirement text.', '    # Verified by: e2e (mock)']);
    expect(text.split(behavior).length - 1).toBe(1);
    expect(text).toContain(`# behavior: ${behavior}\n`);
  });

  it('does not repeat a derived row\'s behavior as its requirement comment', () => {
    const text = renderFeature(
      design([row(['R1'], 'Paying works.', { derived: true, levels: ['unknown'] })], {
        requirements: [{ id: 'R1', text: 'Paying works.', line: 3 }],
      }),
      options(),
    );
    expect(text.split('Paying works.').length - 1).toBe(2);
  });
});

describe('templates', () => {
  it('uses a user scenario template as the scenario partial', () => {
    const scenario = [
      '  {{provenance}}',
      '  {{tagLine}} @generated',
      '  Scenario: [{{ids}}] {{name}}',
      '    Given TODO {{ids}} from {{@root.slug}}',
      '',
    ].join('\n');
    const { pickles } = parseGherkin(renderFeature(design(rows), options({ templates: { ...defaultTemplates, scenario } })));
    expect(pickles).toHaveLength(5);
    expect(pickles[0]?.name).toBe('[R1] End to end only');
    expect(pickles[0]?.tags.map((tag) => tag.name)).toContain('@generated');
    expect(pickles[0]?.steps.map((step) => step.text)).toEqual(['TODO R1 from sample']);
  });

  it('renders each template source as compiled anew, after the cache held others', () => {
    // Ten sources, more than the cache keeps: the second pass meets cached and evicted ones.
    const sources = Array.from({ length: 10 }, (_, index) => ({
      ...defaultTemplates,
      scenario: defaultTemplates.scenario.replace('{{tagLine}}', `{{tagLine}} @variant${index}`),
    }));
    const first = sources.map((templates) => renderFeature(design(rows), options({ templates })));
    first.forEach((text, index) => expect(text).toContain(`@variant${index}`));
    const again = [...sources].reverse().map((templates) => renderFeature(design(rows), options({ templates })));
    expect(again.reverse()).toEqual(first);
  });

  it('lets a feature template override the scenario partial inline', () => {
    const feature = [
      '{{#*inline "scenario"}}',
      '  Scenario: inline {{name}}',
      '    Given TODO {{ids}}',
      '{{/inline}}',
      'Feature: {{title}}',
      '{{#each scenarios}}',
      '{{> scenario}}',
      '{{/each}}',
      '',
    ].join('\n');
    const { pickles } = parseGherkin(renderFeature(design(rows), options({ templates: { ...defaultTemplates, feature } })));
    expect(pickles.map((pickle) => pickle.name)).toEqual([
      'inline End to end only',
      'inline Unit only',
      'inline Integration and unit',
      'inline Manual',
      'inline Unclassified',
    ]);
  });

  it('normalises CRLF templates to LF output with one final newline', () => {
    const crlf = {
      feature: `${defaultTemplates.feature.replace(/\n/g, '\r\n')}\r\n\r\n`,
      scenario: defaultTemplates.scenario.replace(/\n/g, '\r\n'),
    };
    const text = renderFeature(design(rows), options({ templates: crlf }));
    expect(text).toBe(renderFeature(design(rows), options()));
  });

  it('throws GenerateError naming the line when a template renders invalid Gherkin', () => {
    const scenario = ['  Scenario: {{name}}', '    Given a step', '  this line is not Gherkin', ''].join('\n');
    const error = catchError(() => renderFeature(design(rows), options({ templates: { ...defaultTemplates, scenario } })));
    expect(error.kind).toBe('invalid-gherkin');
    expect(error.line).toBe(7);
    expect(error.message).toContain('not valid Gherkin at line 7 ("this line is not Gherkin")');
    expect(error.message).toContain('feature and scenario templates');
  });

  it('throws GenerateError when the feature template renders no Feature', () => {
    const error = catchError(() => renderFeature(design(rows), options({ templates: { ...defaultTemplates, feature: '# nothing\n' } })));
    expect(error.kind).toBe('invalid-gherkin');
    expect(error.message).toContain('no "Feature:" line');
  });

  it('throws GenerateError naming the template that is not valid Handlebars', () => {
    const error = catchError(() =>
      renderFeature(design(rows), options({ templates: { ...defaultTemplates, scenario: 'Scenario: {{name}}\n{{#each steps}}\n' } })),
    );
    expect(error.kind).toBe('template-syntax');
    expect(error.template).toBe('scenario');
    expect(error.message).toMatch(/^The scenario template is not valid Handlebars: /);
    // An unclosed block is reported where the input ends.
    expect(error.line).toBe(3);
    const mismatch = catchError(() =>
      renderFeature(design(rows), options({ templates: { ...defaultTemplates, feature: 'Feature: x\n{{#each scenarios}}\n{{/if}}\n' } })),
    );
    expect(mismatch.template).toBe('feature');
    expect(mismatch.line).toBe(2);
    expect(mismatch.message).toContain("each doesn't match if");
  });

  it('throws GenerateError when a template fails while rendering', () => {
    const missingPartial = catchError(() =>
      renderFeature(design(rows), options({ templates: { ...defaultTemplates, feature: 'Feature: x\n{{> nothing}}\n' } })),
    );
    expect(missingPartial.kind).toBe('template-runtime');
    expect(missingPartial.message).toContain('nothing');
    const log = catchError(() =>
      renderFeature(design(rows), options({ templates: { ...defaultTemplates, feature: 'Feature: x\n{{log "noise"}}\n' } })),
    );
    expect(log.kind).toBe('template-runtime');
  });

  it('checks renderScenarios output the same way', () => {
    const scenario = '  Scenario: {{name}}\n    Given a step\n  stray\n';
    const error = catchError(() => renderScenarios(design(rows), rows, options({ templates: { ...defaultTemplates, scenario } })));
    expect(error.kind).toBe('invalid-gherkin');
    expect(error.line).toBe(3);
    expect(error.message).toContain('the scenario template');
  });
});
