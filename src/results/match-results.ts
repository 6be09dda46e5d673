import path from 'node:path';
import type { FeatureIndex, ScenarioEntry, TestResult } from '../model.js';

/** Key of a test case: the feature file and the line of its scenario, or of its Examples row. */
export function testKey(file: string, line: number): string {
  return `${file}:${line}`;
}

/** Results mapped to test cases, and those that match no scenario. */
export interface MatchedResults {
  byKey: Map<string, TestResult>;
  unmatched: TestResult[];
}

const RANK = { skipped: 0, passed: 1, failed: 2 } as const;

interface Slot {
  key: string;
  scenario: ScenarioEntry;
  block?: number;
  row?: number;
}

/** behave `Name -- @2.1 Examples name`, cucumber-js JUnit `Name - Examples name - #2.1`. */
const ROW_NAME = [/^(.*) -- @(\d+)\.(\d+)(?: .*)?$/, /^(.*) - .* - #(\d+)\.(\d+)$/];

function parseName(name: string): { base: string; block?: number; row?: number } {
  for (const pattern of ROW_NAME) {
    const match = pattern.exec(name);
    if (match) return { base: match[1] as string, block: Number(match[2]), row: Number(match[3]) };
  }
  return { base: name };
}

/** The scenario name, or an Outline's name whose `<placeholders>` the runner filled in. */
function sameName(written: string, scenario: string): boolean {
  if (written === scenario) return true;
  if (!scenario.includes('<')) return false;
  const parts = scenario.split(/<[^>]*>/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Filled in (a pickle's name), or left out (cucumber-js JUnit names a row by the Outline's bare name).
  const bare = scenario.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return new RegExp(`^${parts.join('.*')}$`).test(written) || written.trim() === bare;
}

function slotsOf(feature: FeatureIndex): Slot[] {
  return feature.scenarios.flatMap((scenario): Slot[] =>
    scenario.rows
      ? scenario.rows.map((row) => ({ key: testKey(feature.path, row.line), scenario, block: row.block, row: row.row }))
      : [{ key: testKey(feature.path, scenario.line), scenario }],
  );
}

function normalize(uri: string, root: string): string {
  const plain = uri.replace(/^file:\/\//, '').replace(/\\/g, '/');
  const relative = path.isAbsolute(plain) ? path.relative(root, plain) : plain;
  return path.posix.normalize(relative.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** Feature files a result names: by path (exact, else the same path under another folder), or by JUnit classname. */
function filesOf(result: TestResult, features: readonly FeatureIndex[], root: string): FeatureIndex[] {
  if (result.uri !== null) {
    const uri = normalize(result.uri, root);
    const exact = features.filter((feature) => feature.path === uri);
    if (exact.length > 0) return exact;
    return features.filter((feature) => feature.path.endsWith(`/${uri}`) || uri.endsWith(`/${feature.path}`));
  }
  const classname = result.classname ?? '';
  const byName = features.filter((feature) => feature.name === classname);
  if (byName.length > 0) return byName;
  // behave: `<file stem>.<Feature name>`; a stem or a name may hold dots itself.
  return features.filter((feature) => {
    const stem = path.posix.basename(feature.path).replace(/\.feature$/, '');
    return feature.name !== null && classname === `${stem}.${feature.name}`;
  });
}

/**
 * Map each result to a test case: by file and line when given and the name agrees, else by name (an
 * Outline row by `@2.1` or `#2.1`, else the n-th result of a name takes its n-th test case). Paths are
 * relative to `root`. A result in a file indexed without scenarios (linked to no design) is ignored.
 */
export function matchResults(results: readonly TestResult[], features: readonly FeatureIndex[], root: string): MatchedResults {
  const byKey = new Map<string, TestResult>();
  const unmatched: TestResult[] = [];
  const slots = new Map(features.map((feature) => [feature, slotsOf(feature)]));
  const taken = new Set<string>();
  for (const result of results) {
    const files = filesOf(result, features, root);
    if (files.length > 0 && files.every((feature) => feature.scenarios.length === 0 && !feature.diagnostics.length)) continue;
    const candidates = files.flatMap((feature) => slots.get(feature) ?? []).filter((slot) => !taken.has(`${result.source}\0${slot.key}`));
    const { base, block, row } = parseName(result.name);
    const byLine =
      result.line === null
        ? undefined
        : candidates.find((slot) => slot.key.endsWith(`:${result.line}`) && sameName(base, slot.scenario.name));
    const byName = candidates.find(
      (slot) => sameName(base, slot.scenario.name) && (block === undefined || (slot.block === block && slot.row === row)),
    );
    const slot = byLine ?? byName;
    if (!slot) {
      unmatched.push(result);
      continue;
    }
    taken.add(`${result.source}\0${slot.key}`);
    // The same test case in two results files (two reports of one run, or two runs): the worse result stands.
    const before = byKey.get(slot.key);
    if (!before || RANK[result.status] > RANK[before.status]) byKey.set(slot.key, result);
  }
  return { byKey, unmatched };
}
