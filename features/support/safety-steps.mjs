// Steps for the write-safety acceptance scenarios (features/safety.feature).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Given, Then } from '@cucumber/cucumber';

Given('the file {string} is read-only', function (relative) {
  chmodSync(this.file(relative), 0o444);
});

Given('a feature file for {string} named {string}, a newline, then {string}', function (slug, first, rest) {
  const target = this.file(`${first}\n${rest}`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `@design:${slug}\nFeature: Odd name\n  @R9\n  Scenario: s\n    Given x\n`);
});

Then('the file {string} contains {string} exactly once', function (relative, text) {
  const count = readFileSync(this.file(relative), 'utf8').split(text).length - 1;
  assert.equal(count, 1, `${relative} holds "${text}" ${count} times`);
});

Then('every run exited 0 or 1 with at most one line on stderr', function () {
  for (const result of this.results) {
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    if (result.code === 1) assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  }
});

Then('no line of stdout starts with {string}', function (prefix) {
  const lines = this.result.stdout.split('\n').filter((line) => line.startsWith(prefix));
  assert.deepEqual(lines, []);
});
