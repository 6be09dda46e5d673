import { bagOf, cosine, inverseFrequency, vectorize, type Vector } from '../link/rank.js';
import { templateWords, VALUE, type Slot } from './step-template.js';
import { byPlace, type Vocabulary, type VocabularyEntry } from './vocabulary.js';

/** Score from which a step is suggested, else a TODO: most suggestions below it (fixtures, bench) shared one generic word. */
export const MIN_STEP_SCORE = 0.2;
/** Factor on the score of a step used or defined in the target folder or in a file linked to the design. */
export const PREFERRED_BONUS = 1.25;

/** What a scenario is about, to choose its steps. */
export interface StepQuery {
  /** The row's behavior: the text placeholders are filled from. */
  behavior: string;
  /** Requirement texts and other context, weighing half as much. */
  context: readonly string[];
  /** Whether a file is in the target folder or linked to the design. */
  preferred: (file: string) => boolean;
}

/** A step chosen from the vocabulary, its placeholders filled. */
export interface SuggestedStep {
  text: string;
  file: string;
  line: number;
  score: number;
}

/** The suggested Given, When and Then, each null when nothing scores {@link MIN_STEP_SCORE}. */
export type SuggestedSteps = Record<'given' | 'when' | 'then', SuggestedStep | null>;

interface Index {
  idf: (term: string) => number;
  vectors: Vector[];
}

const indexes = new WeakMap<Vocabulary, Index>();

function indexOf(vocabulary: Vocabulary): Index {
  let index = indexes.get(vocabulary);
  if (!index) {
    const bags = vocabulary.entries.map((entry) => bagOf([{ text: templateWords(entry.template), weight: 1 }]));
    const idf = inverseFrequency(bags);
    index = { idf, vectors: bags.map((bag) => vectorize(bag, idf)) };
    indexes.set(vocabulary, index);
  }
  return index;
}

/** Values a behavior supplies, by what they are. */
interface Supplied {
  statuses: string[];
  numbers: string[];
  quoted: string[];
  paths: string[];
}

function supplied(behavior: string): Supplied {
  const found: Supplied = { statuses: [], numbers: [], quoted: [], paths: [] };
  for (const [value] of behavior.replaceAll('`', ' ').matchAll(VALUE)) {
    if (value.startsWith('"')) found.quoted.push(value.slice(1, -1));
    else if (value.startsWith('/')) found.paths.push(value);
    else (/^[1-5]\d\d$/.test(value) ? found.statuses : found.numbers).push(value);
  }
  return found;
}

const PATHISH = /endpoint|path|url|route|uri/i;
const STATUSISH = /status|code/i;

/** The text of a slot: from the behavior when it clearly supplies one, else the suite's most used example; null when neither. */
function fill(slot: Slot, before: string, values: Supplied, examples: readonly string[]): string | null {
  const about = `${slot.name} ${before.slice(-40)}`;
  const quotedAround = /["']$/.test(before);
  let value: string | undefined;
  if (slot.type === 'int') value = (STATUSISH.test(about) ? values.statuses : values.numbers.filter((n) => !n.includes('.')))[0];
  else if (slot.type === 'float') value = values.numbers.find((n) => n.includes('.')) ?? values.numbers[0];
  else if (slot.type !== 'custom') value = PATHISH.test(about) ? values.paths[0] : values.quoted[0];
  const example = examples[0];
  if (value === undefined) return example ?? (slot.type === 'int' || slot.type === 'float' || slot.type === 'custom' ? null : quote(slot, `<${slot.name}>`, quotedAround));
  return quote(slot, value, quotedAround);
}

function quote(slot: Slot, value: string, quotedAround: boolean): string {
  return slot.type === 'string' && !quotedAround ? `"${value}"` : value;
}

/** The step text of an entry for a behavior, or null when a placeholder cannot be filled. */
function render(entry: VocabularyEntry, values: Supplied): string | null {
  let text = '';
  let slotIndex = 0;
  for (const piece of entry.template) {
    if (typeof piece === 'string') text += piece;
    else {
      const value = fill(piece, text, values, entry.examples[slotIndex++] ?? []);
      if (value === null) return null;
      text += value;
    }
  }
  return text.trim() === '' ? null : text;
}

/** A Given, a When and a Then from the vocabulary by `link`'s ranking, ties to the most used; each step serves one keyword. */
export function suggestSteps(vocabulary: Vocabulary, query: StepQuery): SuggestedSteps {
  const result: SuggestedSteps = { given: null, when: null, then: null };
  if (vocabulary.entries.length === 0) return result;
  const index = indexOf(vocabulary);
  const values = supplied(query.behavior);
  const bag = bagOf([
    { text: query.behavior, weight: 1 },
    ...query.context.map((text) => ({ text, weight: 0.5 })),
    // Words the values stand for, so that `returns 404` finds `the status code is {int}`.
    { text: `${values.statuses.length > 0 ? 'status code response' : ''} ${values.paths.length > 0 ? 'endpoint path' : ''}`, weight: 0.5 },
  ]);
  const vector = vectorize(bag, index.idf);
  const scored = vocabulary.entries
    .map((entry, i) => {
      const similarity = cosine(vector, index.vectors[i] as Vector).score;
      const bonus = entry.files.some(query.preferred) ? PREFERRED_BONUS : 1;
      return { entry, score: Math.round(similarity * bonus * 1000) / 1000 };
    })
    .filter((candidate) => candidate.score >= MIN_STEP_SCORE)
    .sort((a, b) => b.score - a.score || b.entry.uses - a.entry.uses || byPlace(a.entry, b.entry));
  const taken = new Set<VocabularyEntry>();
  for (const kind of ['then', 'when', 'given'] as const) {
    for (const { entry, score } of scored) {
      if (taken.has(entry) || (entry.kind !== kind && entry.kind !== 'any')) continue;
      const text = render(entry, values);
      if (text === null) continue;
      taken.add(entry);
      result[kind] = { text, file: entry.file, line: entry.line, score };
      break;
    }
  }
  return result;
}
