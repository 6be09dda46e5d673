// How well `link` ranks, over labelled scenarios: a measuring tool for the
// tests (test/link/accuracy.test.ts, corpus.test.ts) and the bench section
// sections/link-accuracy.mjs, not part of the product. Types: measure-accuracy.d.mts.

const sameLink = (candidate, label) => candidate.design === label.design && candidate.requirement === label.requirement;
const ratio = (count, total) => (total === 0 ? 1 : count / total);

/**
 * Figures of `suggestLinks`' output (computed with a limit of at least 3)
 * against labels keyed by `file:line`: how often the right requirement is
 * first (top-1) or among the first three (top-3), and whether scenarios
 * labelled `null` (verifying nothing) stay not confident.
 */
export function measureAccuracy(suggestions, labels) {
  let labelled = 0;
  let hits1 = 0;
  let hits3 = 0;
  let confidentCorrect = 0;
  let unlabelled = 0;
  let confident = 0;
  const falseConfident = [];
  const unlisted = [];
  const misses = [];
  const seen = new Set();
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
      const rank = index < 0 ? null : index + 1;
      misses.push({ key, name: suggestion.name, expected: label, rank, candidates: suggestion.candidates });
    }
    if (index >= 0 && index < 3) hits3++;
  }
  return {
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
export function formatAccuracy(report) {
  const pct = (value) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `link accuracy over ${report.labelled} labelled scenarios: top-1 ${pct(report.top1)}, top-3 ${pct(report.top3)}, ` +
      `confident and right ${pct(report.confidentCorrect)} (recall), precision of confident ${pct(report.precision)}`,
    `unlabelled scenarios: ${report.unlabelled}, confident anyway: ${report.falseConfident.length}`,
  ];
  for (const miss of report.misses) {
    const got = miss.candidates.map((c) => `${c.design}#${c.requirement} ${c.score.toFixed(3)}`).join(', ');
    lines.push(
      `  miss ${miss.key} "${miss.name}": expected ${miss.expected.design}#${miss.expected.requirement} ` +
        `(rank ${miss.rank ?? '-'}), got ${got || 'nothing'}`,
    );
  }
  return lines.join('\n');
}
