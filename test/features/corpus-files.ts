import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument } from '@cucumber/messages';

/** Every file under `dir` (recursively) whose name ends with `suffix`, sorted. */
export function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The JSON objects of an `.ndjson` file. */
export function readNdjson(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** What a plain parse with the library's default behaviour makes of a text. */
export type PlainParse = { document: GherkinDocument; firstErrorLine: null } | { document: null; firstErrorLine: number };

/** Parse as a user of `@cucumber/gherkin` would: default parser settings, errors thrown. */
export function plainParse(text: string): PlainParse {
  try {
    const document = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(text);
    return { document, firstErrorLine: null };
  } catch (error) {
    const { errors, location } = error as { errors?: { location?: { line?: number } }[]; location?: { line?: number } };
    return { document: null, firstErrorLine: errors?.[0]?.location?.line ?? location?.line ?? -1 };
  }
}

/** Lines of every Scenario / Outline in a document, in file order. */
export function scenarioLines(document: GherkinDocument): number[] {
  const lines: number[] = [];
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) lines.push(child.scenario.location.line);
    for (const ruleChild of child.rule?.children ?? []) {
      if (ruleChild.scenario) lines.push(ruleChild.scenario.location.line);
    }
  }
  return lines;
}
