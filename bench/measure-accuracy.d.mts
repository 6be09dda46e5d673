import type { LinkCandidate, Suggestion } from '../src/link/suggest-links.js';

/** The requirement a scenario really verifies. */
export interface LinkLabel {
  design: string;
  requirement: string;
}

/** Ground truth by `file:line` of the scenario; `null` for one that verifies nothing in the designs. */
export type LinkLabels = Record<string, LinkLabel | null>;

/** A labelled scenario whose label was not the top candidate. */
export interface AccuracyMiss {
  key: string;
  name: string;
  expected: LinkLabel;
  /** 1-based rank of the expected requirement among the candidates, or null when not listed. */
  rank: number | null;
  candidates: LinkCandidate[];
}

/** Figures of one accuracy run. Fractions are 0..1 (1 when there is nothing to count). */
export interface AccuracyReport {
  /** Scenarios labelled with a requirement. */
  labelled: number;
  top1: number;
  top3: number;
  /** Labelled scenarios whose top candidate is right and confident: the recall of confident suggestions. */
  confidentCorrect: number;
  /** Confident suggestions whose top candidate is right, among all confident ones (unrelated scenarios included). */
  precision: number;
  /** Scenarios labelled `null`. */
  unlabelled: number;
  /** Keys of `null`-labelled scenarios that were nevertheless confident. */
  falseConfident: string[];
  /** Keys of scenarios that have no entry in the labels. */
  unlisted: string[];
  /** Label keys that match no scenario. */
  stale: string[];
  misses: AccuracyMiss[];
}

/** Figures of `suggestLinks`' output (limit at least 3) against the labels (see measure-accuracy.mjs). */
export function measureAccuracy(suggestions: readonly Suggestion[], labels: LinkLabels): AccuracyReport;

/** A few lines for people: the figures and each miss. */
export function formatAccuracy(report: AccuracyReport): string;
