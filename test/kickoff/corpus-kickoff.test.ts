import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { renderKickoff } from '../../src/kickoff/render-kickoff.js';
import { corpusDir } from '../support/corpus.js';

const corpus = corpusDir();
const DESIGNS = ['llama-stack-config-merge', 'byok-confluence-import'];

describe.skipIf(corpus === null)('kickoff tickets of the real Lightspeed designs', () => {
  for (const slug of DESIGNS) {
    it(`${slug}: one checklist item per e2e surface row, each with its ids`, () => {
      const designPath = `docs/design/${slug}/${slug}.md`;
      const text = readFileSync(path.join(corpus!, 'lightspeed-stack', designPath), 'utf8');
      const design = extractDesign(text, designPath);
      const e2eRows = design.surface.filter((row) => row.levels.includes('e2e'));
      expect(e2eRows.length).toBeGreaterThan(3);
      const ticket = renderKickoff(design, {
        featureFile: `tests/e2e/features/${slug}.feature`,
        levels: ['e2e'],
        designPath,
      });
      const scope = ticket.slice(ticket.indexOf('## Scope'), ticket.indexOf('## Acceptance criteria'));
      const items = scope.split('\n').filter((line) => line.startsWith('- [ ] '));
      expect(items).toHaveLength(e2eRows.length);
      items.forEach((item, index) => {
        for (const id of e2eRows[index]!.requirements) expect(item).toContain(`**${id}**`);
        expect(item).toContain(`design line ${e2eRows[index]!.line})`);
      });
      expect(ticket.split('\n')[0]).toContain(design.feature ?? 'E2E kickoff');
    });
  }
});
