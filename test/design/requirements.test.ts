import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import type { Requirement } from '../../src/model.js';
import { doc } from './doc.js';

function requirementsOf(...lines: string[]): Requirement[] {
  return extractDesign(doc(...lines), 'x.md').requirements;
}

describe('requirement definitions', () => {
  it('reads bold-id bullets whose text spans lines', () => {
    expect(
      requirementsOf(
        '## Requirements', // 1
        '', // 2
        'Intro paragraph mentioning R9: not a definition.', // 3
        '', // 4
        '- **R1:** The importer fetches all pages', // 5
        '  of one or more `spaces`, with [no manual](https://x.example) work.', // 6
        '- **R2**: Tokens come from the', // 7
        '  environment.', // 8
        '- R3: Plain id.', // 9
        '- **R4** Bold id without a colon.', // 10
      ),
    ).toEqual([
      { id: 'R1', text: 'The importer fetches all pages of one or more spaces, with no manual work.', line: 5 },
      { id: 'R2', text: 'Tokens come from the environment.', line: 7 },
      { id: 'R3', text: 'Plain id.', line: 9 },
      { id: 'R4', text: 'Bold id without a colon.', line: 10 },
    ]);
  });

  it('reads numbered lists, letter suffixes and multi-paragraph items', () => {
    expect(
      requirementsOf(
        '# Requirements', // 1
        '', // 2
        '1. **R1:** First.', // 3
        '2. **R2a:** Second', // 4
        '', // 5
        '   continues here.', // 6
        '3. R3 — Dash separated.', // 7
      ),
    ).toEqual([
      { id: 'R1', text: 'First.', line: 3 },
      { id: 'R2a', text: 'Second continues here.', line: 4 },
      { id: 'R3', text: 'Dash separated.', line: 7 },
    ]);
  });

  it('accepts empty template definitions', () => {
    expect(requirementsOf('## Requirements', '', 'TODO: list them.', '', '- **R1:**', '- **R2:**')).toEqual([
      { id: 'R1', text: '', line: 5 },
      { id: 'R2', text: '', line: 6 },
    ]);
  });

  it('reads nested definitions separately and keeps other nested bullets in the text', () => {
    expect(
      requirementsOf(
        '## Requirements', // 1
        '', // 2
        '- Functional:', // 3
        '  - **R1:** Parent.', // 4
        '    - detail one', // 5
        '    - detail two', // 6
        '  - **R2:** Has children.', // 7
        '    - **R2a:** Child.', // 8
      ),
    ).toEqual([
      { id: 'R1', text: 'Parent. detail one detail two', line: 4 },
      { id: 'R2', text: 'Has children.', line: 7 },
      { id: 'R2a', text: 'Child.', line: 8 },
    ]);
  });

  it('reads heading definitions: the heading is the title, the paragraphs up to the next heading the text', () => {
    expect(
      requirementsOf(
        '## Requirements', // 1
        '', // 2
        '### R1: Heading text', // 3
        '', // 4
        'Details that are part of the text.', // 5
        '', // 6
        '### R2', // 7
        '', // 8
        'The text of R2', // 9
        'spans two lines.', // 10
        '', // 11
        '### R3 Without a colon', // 12
      ),
    ).toEqual([
      { id: 'R1', text: 'Heading text: Details that are part of the text.', line: 3 },
      { id: 'R2', text: 'The text of R2 spans two lines.', line: 7 },
      { id: 'R3', text: 'Without a colon', line: 12 },
    ]);
  });

  it('reads an id alone on its line, followed by the same or the next paragraph', () => {
    expect(
      requirementsOf(
        '## Requirements', // 1
        '', // 2
        'R1', // 3
        'Text on the next line.', // 4
        '', // 5
        '**R2**', // 6
        '', // 7
        'Text in the next', // 8
        'paragraph.', // 9
        '', // 10
        'R3:', // 11
        'Colon form.', // 12
        '', // 13
        '### Notes', // 14
        '', // 15
        'R4 is mentioned in a sentence, which is not a definition.', // 16
      ),
    ).toEqual([
      { id: 'R1', text: 'Text on the next line.', line: 3 },
      { id: 'R2', text: 'Text in the next paragraph.', line: 6 },
      { id: 'R3', text: 'Colon form.', line: 11 },
    ]);
  });

  it('does not take a following definition as the text of an empty one', () => {
    expect(requirementsOf('## Requirements', '', 'R1', '', 'R2', 'Text of R2.')).toEqual([
      { id: 'R1', text: '', line: 3 },
      { id: 'R2', text: 'Text of R2.', line: 5 },
    ]);
  });

  it('reads only the Requirements section and only R ids', () => {
    expect(
      requirementsOf(
        '## What', // 1
        '', // 2
        '- **R7:** Not in the section.', // 3
        '', // 4
        '## requirements', // 5
        '', // 6
        '- **U1:** A use case in the wrong place.', // 7
        '- **R1:** In the section.', // 8
        '', // 9
        '## Why', // 10
        '', // 11
        '- **R8:** After the section.', // 12
      ),
    ).toEqual([{ id: 'R1', text: 'In the section.', line: 8 }]);
  });

  it('warns about an id defined twice and keeps the first definition', () => {
    const design = extractDesign(
      doc('## Requirements', '', '- **R1:** First.', '- **R2:** Other.', '- **R1:** Again.'),
      'docs/x.md',
    );
    expect(design.requirements.map((r) => [r.id, r.text])).toEqual([
      ['R1', 'First.'],
      ['R2', 'Other.'],
    ]);
    expect(design.diagnostics.filter((d) => d.kind === 'duplicate')).toEqual([
      {
        kind: 'duplicate',
        severity: 'warning',
        message: 'Unexpected second definition of `R1`, expected each id once (first defined on line 3)',
        file: 'docs/x.md',
        line: 5,
      },
    ]);
  });
});

describe('use case definitions', () => {
  it('reads U ids from the Use Cases section in the same styles', () => {
    const design = extractDesign(
      doc(
        '## Requirements', // 1
        '', // 2
        '- **R1:** A requirement.', // 3
        '', // 4
        '## Use cases', // 5
        '', // 6
        '- **U1:** As an admin, I want', // 7
        '  a store.', // 8
        '- U2: As a user, I want answers.', // 9
        '- **R2:** Not a use case.', // 10
        '', // 11
        '### U3', // 12
        '', // 13
        'As an engineer, I want a container.', // 14
        '', // 15
        '- **U1:** Twice.', // 16
      ),
      'x.md',
    );
    expect(design.useCases).toEqual([
      { id: 'U1', text: 'As an admin, I want a store.', line: 7 },
      { id: 'U2', text: 'As a user, I want answers.', line: 9 },
      { id: 'U3', text: 'As an engineer, I want a container.', line: 12 },
    ]);
    expect(design.requirements.map((r) => r.id)).toEqual(['R1']);
    expect(design.diagnostics.map((d) => [d.kind, d.line])).toEqual([
      ['missing-surface', 1],
      ['duplicate', 16],
    ]);
  });

  it('accepts the "Use Cases" spelling', () => {
    const design = extractDesign(doc('## Use Cases', '', '- **U1:** Story.'), 'x.md');
    expect(design.useCases).toEqual([{ id: 'U1', text: 'Story.', line: 3 }]);
  });
});

describe('requirement texts run to the next definition or heading', () => {
  it('keeps a title set apart and joins the paragraphs that follow', () => {
    expect(
      requirementsOf(
        '## Requirements', // 1
        '', // 2
        '## R7', // 3
        '', // 4
        'Optional', // 5
        '', // 6
        'The export may be switched off.', // 7
        '', // 8
        'R10', // 9
        '', // 10
        'First paragraph of R10.', // 11
        '', // 12
        'Second paragraph of R10.', // 13
        '', // 14
        '**R1 – Tracing support**\\', // 15
        'LCORE shall export traces.', // 16
        '', // 17
        '- **R2 – Metrics**\\', // 18
        '  LCORE shall export metrics.', // 19
        '- **R3 Bold title.** With text.', // 20
        '- **R4:** A sentence', // 21
        '  wrapped softly.', // 22
        '', // 23
        '## Why', // 24
        '', // 25
        'Not part of R4.', // 26
      ),
    ).toEqual([
      { id: 'R7', text: 'Optional: The export may be switched off.', line: 3 },
      { id: 'R10', text: 'First paragraph of R10. Second paragraph of R10.', line: 9 },
      { id: 'R1', text: 'Tracing support: LCORE shall export traces.', line: 15 },
      { id: 'R2', text: 'Metrics: LCORE shall export metrics.', line: 18 },
      { id: 'R3', text: 'Bold title. With text.', line: 20 },
      { id: 'R4', text: 'A sentence wrapped softly.', line: 21 },
    ]);
  });
});
