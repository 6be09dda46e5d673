import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A generated feature file: where it goes and its bytes. */
export interface GeneratedFile {
  file: string;
  content: string | Buffer;
}

const SHAPES = 12;

/**
 * The text of generated feature file number `n`: shapes cycle through linked
 * and unlinked features, outlines whose Examples link elsewhere, rules,
 * provenance comments, parse errors, empty and comment-only files, a BOM and
 * CRLF line endings, so that both indexer paths (pickles and AST) run.
 */
export function featureText(n: number): string {
  const slug = `design-${n % 5}`;
  switch (n % SHAPES) {
    case 0:
      return [
        `@design:${slug}`,
        `Feature: Linked feature ${n}`,
        '',
        '  # gherkin-bridge: design=' + slug + ' row=R1,R2 behavior=0123456789ab',
        '  @R1 @R2',
        `  Scenario: Generated scenario ${n}`,
        '    Given a step',
        '',
        '  @R3 @wip',
        `  Scenario: Hand-written ${n}`,
        '    When another step',
        '',
      ].join('\n');
    case 1:
      return [
        `Feature: Unlinked feature ${n}`,
        '  Background:',
        '    Given a background',
        '',
        '  @smoke',
        `  Scenario: Plain ${n}`,
        '    Then nothing links',
        '',
      ].join('\n');
    case 2:
      return [
        `@design:${slug} @R1`,
        `Feature: Outline ${n}`,
        '',
        '  Scenario Outline: Values <v>',
        '    Given <v>',
        '',
        `    @design:other-${n % 3} @R9`,
        '    Examples: elsewhere',
        '      | v |',
        '      | 1 |',
        '',
        '    @R2',
        '    Examples: here',
        '      | v |',
        '      | 2 |',
        '',
      ].join('\n');
    case 3:
      return [
        `Feature: Rules ${n}`,
        '',
        `  @design:${slug}`,
        '  Rule: A rule',
        '    @R4',
        `    Example: In a rule ${n}`,
        '      Given a rule step',
        '',
      ].join('\n');
    case 4:
      return `Feature: Broken ${n}\n  Scenario: ok\n    Given a step\n  This line is not Gherkin\n  Neither | is | this\n`;
    case 5:
      return '';
    case 6:
      return '# only a comment\n\n# and another\n';
    case 7:
      return `\uFEFF@design:${slug}\r\nFeature: BOM and CRLF ${n}\r\n\r\n  @R1\r\n  Scenario: Windows ${n}\r\n    Given a step\r\n`;
    case 8:
      return [
        `Feature: Many scenarios ${n}`,
        ...Array.from({ length: 20 }, (_, k) => `\n  @R${k + 1} @tag-${k}\n  Scenario: S${k}\n    Given step ${k}\n    And a table\n      | a | b |\n      | ${k} | x |`),
        '',
      ].join('\n');
    case 9:
      return `@design:${slug}\nFeature: Skipped ${n}\n\n  @skip @R5\n  Scenario: Skipped ${n}\n    Given it is skipped\n`;
    case 10:
      return `# language: fr\nFonctionnalité: Français ${n}\n\n  Scénario: Un scénario\n    Soit une étape\n`;
    default:
      // The same text as file 1: identical content at another path.
      return featureText(1);
  }
}

/** `count` generated files under `features/`, plus one that is not UTF-8. */
export function generatedFiles(count: number): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (let n = 0; n < count; n++) {
    files.push({ file: `features/group-${n % 7}/f${String(n).padStart(4, '0')}.feature`, content: featureText(n) });
  }
  files.push({ file: 'features/latin1.feature', content: Buffer.from([0x46, 0x65, 0x61, 0x74, 0x75, 0x72, 0x65, 0x3a, 0x20, 0xe9, 0x0a]) });
  return files;
}

/** Write files under `root`; returns their paths relative to it, sorted. */
export function writeFiles(root: string, files: readonly GeneratedFile[]): string[] {
  for (const { file, content } of files) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return files.map((f) => f.file).sort();
}
