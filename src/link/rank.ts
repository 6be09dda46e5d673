import { compareStrings } from '../features/tag-kinds.js';
import { tokenize, type Token } from './tokenize.js';

/** A piece of text and how much each of its terms counts. */
export interface Field {
  text: string;
  weight: number;
}

/** Weighted term frequencies of one document or query, with the first surface form of each term. */
export interface TermBag {
  weights: Map<string, number>;
  surfaces: Map<string, string>;
}

/** A weighted term vector and its Euclidean length. */
export interface Vector {
  values: Map<string, number>;
  norm: number;
}

/** How much a pair of adjacent words (`grace period`) counts, relative to a single word. */
const BIGRAM_WEIGHT = 0.5;

/** Tokenize fields and sum each term's weights; adjacent words are a term too, so a shared `grace period` counts more. */
export function bagOf(fields: readonly Field[]): TermBag {
  const bag: TermBag = { weights: new Map(), surfaces: new Map() };
  for (const field of fields) {
    if (field.weight <= 0) continue;
    let previous: Token | null = null;
    for (const token of tokenize(field.text)) {
      addTerm(bag, token.term, token.surface, field.weight);
      if (token.whole) continue;
      if (previous) {
        addTerm(bag, `${previous.term} ${token.term}`, `${previous.surface} ${token.surface}`, field.weight * BIGRAM_WEIGHT);
      }
      previous = token;
    }
  }
  return bag;
}

function addTerm(bag: TermBag, term: string, surface: string, weight: number): void {
  bag.weights.set(term, (bag.weights.get(term) ?? 0) + weight);
  if (!bag.surfaces.has(term)) bag.surfaces.set(term, surface);
}

/** Inverse document frequency over bags, ln(1 + N / df); a term in none counts once, so it still weighs in a query's length. */
export function inverseFrequency(bags: readonly TermBag[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const bag of bags) {
    for (const term of bag.weights.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = bags.length;
  return (term) => Math.log1p(n / Math.max(df.get(term) ?? 0, 1));
}

/** TF-IDF vector of a bag: ln(1 + tf) * weight(term), so a word repeated ten times does not count ten times. */
export function vectorize(bag: TermBag, weight: (term: string) => number): Vector {
  const values = new Map<string, number>();
  let sum = 0;
  for (const [term, tf] of bag.weights) {
    const value = Math.log1p(tf) * weight(term);
    values.set(term, value);
    sum += value * value;
  }
  return { values, norm: Math.sqrt(sum) };
}

/** Cosine similarity (0..1, 0 for an empty vector) of a query and a document, and the shared terms, largest contribution first. */
export function cosine(query: Vector, doc: Vector): { score: number; terms: string[] } {
  const contributions: [string, number][] = [];
  let dot = 0;
  for (const [term, value] of query.values) {
    const contribution = value * (doc.values.get(term) ?? 0);
    if (contribution <= 0) continue;
    dot += contribution;
    contributions.push([term, contribution]);
  }
  const denominator = query.norm * doc.norm;
  const score = denominator > 0 ? Math.min(1, dot / denominator) : 0;
  contributions.sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  return { score, terms: contributions.map(([term]) => term) };
}
