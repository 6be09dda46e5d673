import type { Design } from '../model.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_MIN_SCORE,
  suggestLinks,
  type LinkCandidate,
  type ScenarioText,
  type SuggestOptions,
} from './suggest-links.js';

/** The requirement a scenario really verifies. */
export interface LinkLabel {
  design: string;
  requirement: string;
}

/**
 * Ground truth, keyed by `file:line` of the scenario (the `file` of its
 * {@link ScenarioText}); `null` marks a scenario that verifies nothing in the
 * designs.
 */
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
  minScore: number;
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

function sameLink(candidate: LinkCandidate, label: LinkLabel): boolean {
  return candidate.design === label.design && candidate.requirement === label.requirement;
}

function ratio(count: number, total: number): number {
  return total === 0 ? 1 : count / total;
}

/**
 * Run {@link suggestLinks} over labelled scenarios and measure how often the
 * right requirement is first (top-1) or among the first three (top-3), and
 * whether scenarios verifying nothing stay below `minScore`.
 */
export function measureAccuracy(
  designs: readonly Design[],
  scenarios: readonly ScenarioText[],
  labels: LinkLabels,
  options: Partial<SuggestOptions> = {},
): AccuracyReport {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const limit = Math.max(3, options.limit ?? DEFAULT_LIMIT);
  const suggestions = suggestLinks(designs, scenarios, { minScore, limit });
  let labelled = 0;
  let hits1 = 0;
  let hits3 = 0;
  let confidentCorrect = 0;
  let unlabelled = 0;
  let confident = 0;
  const falseConfident: string[] = [];
  const unlisted: string[] = [];
  const misses: AccuracyMiss[] = [];
  const seen = new Set<string>();
  for (const suggestion of suggestions) {
    const key = `${suggestion.file}:${suggestion.line}`;
    seen.add(key);
    if (!Object.hasOwn(labels, key)) {
      unlisted.push(key);
      continue;
    }
    const label = labels[key];
    if (suggestion.confident) confident++;
    if (!label) {
      unlabelled++;
      if (suggestion.confident) falseConfident.push(key);
      continue;
    }
    labelled++;
    const index = suggestion.candidates.findIndex((candidate) => sameLink(candidate, label));
    if (index === 0) {
      hits1++;
      if (suggestion.confident) confidentCorrect++;
    } else {
      misses.push({
        key,
        name: suggestion.name,
        expected: label,
        rank: index < 0 ? null : index + 1,
        candidates: suggestion.candidates,
      });
    }
    if (index >= 0 && index < 3) hits3++;
  }
  return {
    minScore,
    labelled,
    top1: ratio(hits1, labelled),
    top3: ratio(hits3, labelled),
    confidentCorrect: ratio(confidentCorrect, labelled),
    precision: ratio(confidentCorrect, confident),
    unlabelled,
    falseConfident,
    unlisted,
    stale: Object.keys(labels).filter((key) => !seen.has(key)),
    misses,
  };
}

/** A few lines for people: the figures and each miss. */
export function formatAccuracy(report: AccuracyReport): string {
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `link accuracy over ${report.labelled} labelled scenarios: top-1 ${pct(report.top1)}, top-3 ${pct(report.top3)}, ` +
      `confident and right ${pct(report.confidentCorrect)} (recall), precision of confident ${pct(report.precision)} (minScore ${report.minScore})`,
    `unlabelled scenarios: ${report.unlabelled}, confident anyway: ${report.falseConfident.length}`,
  ];
  for (const miss of report.misses) {
    const got = miss.candidates
      .map((c) => `${c.design}#${c.requirement} ${c.score.toFixed(3)}`)
      .join(', ');
    lines.push(
      `  miss ${miss.key} "${miss.name}": expected ${miss.expected.design}#${miss.expected.requirement} ` +
        `(rank ${miss.rank ?? '-'}), got ${got || 'nothing'}`,
    );
  }
  return lines.join('\n');
}
