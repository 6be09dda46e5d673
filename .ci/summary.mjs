// Prints one closing line with the totals of the unit and acceptance test runs,
// read from the JSON reports they wrote.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('.reports/vitest.json')) {
  const vitest = JSON.parse(readFileSync('.reports/vitest.json', 'utf8'));
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
if (existsSync('.reports/cucumber.json')) {
  for (const feature of JSON.parse(readFileSync('.reports/cucumber.json', 'utf8'))) {
    for (const element of feature.elements ?? []) {
      if (element.type !== 'scenario') continue;
      const statuses = element.steps.map((step) => step.result.status);
      if (statuses.every((s) => s === 'passed')) passed++;
      else if (statuses.some((s) => s === 'failed')) failed++;
      else skipped++;
    }
  }
}
if (passed + failed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
