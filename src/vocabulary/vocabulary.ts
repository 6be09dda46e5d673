import { compareStrings } from '../features/tag-kinds.js';
import type { StepDefinition, StepKind, UsedStep } from './read-sources.js';
import { fromStepText, matchTemplate, type StepTemplate } from './step-template.js';

/** A step phrase of the suite that generated scenarios may use. */
export interface VocabularyEntry {
  kind: StepKind;
  template: StepTemplate;
  /** Values the suite's scenarios give each placeholder, most used first. */
  examples: string[][];
  /** Where it is defined (a step definition) or first used (a scenario step). */
  file: string;
  line: number;
  /** Files that define or use it. */
  files: string[];
  /** How many scenario steps use it. */
  uses: number;
}

/** The suite's step phrases: its step definitions when it has any, else the steps its scenarios use. */
export interface Vocabulary {
  entries: VocabularyEntry[];
}

/** Order by file, then line. */
export function byPlace(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return compareStrings(a.file, b.file) || a.line - b.line;
}

/** The first definition that fits the step, and the values it gives; null when none does (the step is undefined). */
function firstMatch(entries: readonly VocabularyEntry[], step: UsedStep): { entry: VocabularyEntry; values: string[] } | null {
  for (const entry of entries) {
    const values = entry.kind === 'any' || entry.kind === step.kind ? matchTemplate(entry.template, step.text) : null;
    if (values) return { entry, values };
  }
  return null;
}

/** Record one use of an entry with the values it gave. */
function use(entry: VocabularyEntry, values: readonly string[], file: string, counts: Map<VocabularyEntry, Map<string, number>[]>): void {
  entry.uses++;
  if (!entry.files.includes(file)) entry.files.push(file);
  const perSlot = counts.get(entry) ?? values.map(() => new Map<string, number>());
  values.forEach((value, i) => perSlot[i]?.set(value, (perSlot[i]?.get(value) ?? 0) + 1));
  counts.set(entry, perSlot);
}

/**
 * The vocabulary, sorted by place: each step definition, examples from the steps it matches;
 * without definitions, each distinct scenario step, its values placeholders.
 */
export function buildVocabulary(definitions: readonly StepDefinition[], used: readonly UsedStep[]): Vocabulary {
  const counts = new Map<VocabularyEntry, Map<string, number>[]>();
  const entries: VocabularyEntry[] = [];
  const sortedUses = [...used].sort(byPlace);
  if (definitions.length > 0) {
    for (const d of [...definitions].sort(byPlace)) {
      entries.push({ kind: d.kind, template: d.template, examples: [], file: d.file, line: d.line, files: [d.file], uses: 0 });
    }
    const seen = new Map<string, { entry: VocabularyEntry; values: string[] } | null>();
    for (const step of sortedUses) {
      const key = `${step.kind}\0${step.text}`;
      if (!seen.has(key)) seen.set(key, firstMatch(entries, step));
      const match = seen.get(key);
      if (match) use(match.entry, match.values, step.file, counts);
    }
  } else {
    const byKey = new Map<string, VocabularyEntry>();
    for (const step of sortedUses) {
      const { template, examples } = fromStepText(step.text);
      const key = `${step.kind}\0${JSON.stringify(template)}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { kind: step.kind, template, examples: [], file: step.file, line: step.line, files: [], uses: 0 };
        byKey.set(key, entry);
        entries.push(entry);
      }
      use(entry, examples, step.file, counts);
    }
  }
  for (const [entry, perSlot] of counts) {
    entry.examples = perSlot.map((values) =>
      [...values].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([value]) => value),
    );
  }
  return { entries: entries.sort(byPlace) };
}
