import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type PickleTag, type Tag } from '@cucumber/messages';
import type { FeatureIndex } from '../../src/model.js';

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

/** What a scenario's pickles carry together: tag names, requirement ids (`@R1` -> `R1`), designs linked (`-` for none); each sorted. */
export interface ScenarioTags {
  tags: string[];
  requirements: string[];
  designs: string[];
}

const sorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();
const isDesignTag = (name: string): boolean => name.startsWith('@design:') && name.length > '@design:'.length;

/**
 * What cucumber's pickles say, by scenario line: the tags of all the
 * scenario's pickles, and the design each links to (its most specific
 * `@design:` tag, the first at that level). No entry for a scenario without pickles.
 */
export function pickleTags(document: GherkinDocument): Record<number, ScenarioTags> {
  const feature = document.feature;
  const lineOf = new Map<string, number>();
  const levelOf = new Map<string, number>();
  const setLevel = (tags: readonly Tag[], level: number) => tags.forEach((tag) => levelOf.set(tag.id, level));
  setLevel(feature?.tags ?? [], 0);
  for (const child of feature?.children ?? []) {
    setLevel(child.rule?.tags ?? [], 1);
    for (const scenario of [child.scenario, ...(child.rule?.children ?? []).map((ruleChild) => ruleChild.scenario)]) {
      if (!scenario) continue;
      lineOf.set(scenario.id, scenario.location.line);
      setLevel(scenario.tags, 2);
      for (const examples of scenario.examples) setLevel(examples.tags, 3);
    }
  }
  const pickles = new Map<number, { tags: string[]; designs: string[] }>();
  for (const pickle of compile(document, '', IdGenerator.uuid())) {
    const line = lineOf.get(pickle.astNodeIds[0] ?? '') as number;
    const found = pickles.get(line) ?? { tags: [], designs: [] };
    let design: PickleTag | null = null;
    for (const tag of pickle.tags) {
      const level = levelOf.get(tag.astNodeId) ?? -1;
      if (isDesignTag(tag.name) && (!design || level > (levelOf.get(design.astNodeId) ?? -1))) design = tag;
    }
    found.tags.push(...pickle.tags.map((tag) => tag.name));
    found.designs.push(design ? design.name.slice('@design:'.length) : '-');
    pickles.set(line, found);
  }
  const view: Record<number, ScenarioTags> = {};
  for (const [line, { tags, designs }] of pickles) {
    const requirements = tags.filter((name) => /^@R\d+[a-z]*$/.test(name)).map((name) => name.slice(1));
    view[line] = { tags: sorted(tags), requirements: sorted(requirements), designs: sorted(designs) };
  }
  return view;
}

/** The same view of an index, by scenario line: its entries together. */
export function indexTags(index: FeatureIndex): Record<number, ScenarioTags> {
  const view: Record<number, ScenarioTags> = {};
  for (const line of new Set(index.scenarios.map((entry) => entry.line))) {
    const group = index.scenarios.filter((entry) => entry.line === line);
    view[line] = {
      tags: sorted(group.flatMap((entry) => entry.tags)),
      requirements: sorted(group.flatMap((entry) => entry.requirements.map((ref) => ref.id))),
      designs: sorted(group.map((entry) => entry.design ?? '-')),
    };
  }
  return view;
}

/**
 * The index's view and what the pickles make of the same document. A scenario
 * without pickles is expected to list no requirement (its tags and designs are the index's own).
 */
export function tagViews(index: FeatureIndex, document: GherkinDocument) {
  const actual = indexTags(index);
  const expected = pickleTags(document);
  for (const [line, view] of Object.entries(actual)) expected[Number(line)] ??= { ...view, requirements: [] };
  return { actual, expected };
}
