// Steps for the sync, stale, runner list and --since acceptance scenarios.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { Given, Then } from '@cucumber/cucumber';

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'acceptance',
  GIT_AUTHOR_EMAIL: 'acceptance@example.invalid',
  GIT_COMMITTER_NAME: 'acceptance',
  GIT_COMMITTER_EMAIL: 'acceptance@example.invalid',
};

function git(world, ...args) {
  return execFileSync('git', args, { cwd: world.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
}

function readBytes(world, relative) {
  return readFileSync(world.file(relative));
}

function scenarioCount(children) {
  let count = 0;
  for (const child of children) {
    if (child.scenario) count++;
    if (child.rule) count += scenarioCount(child.rule.children);
  }
  return count;
}

Given('a file {string} with CRLF line endings and no final newline containing:', function (relative, text) {
  const target = this.file(relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text.replace(/\n/g, '\r\n'));
});

Given('the folder is a git repository with everything committed', function () {
  git(this, 'init', '-q', '-b', 'main');
  git(this, 'add', '-A');
  git(this, 'commit', '-q', '--allow-empty', '-m', 'base');
});

Given('everything is committed', function () {
  git(this, 'add', '-A');
  git(this, 'commit', '-q', '--allow-empty', '-m', 'change');
});

Then('the file {string} still starts with the remembered bytes', function (relative) {
  assert.ok(this.remembered, 'no bytes remembered');
  const now = readBytes(this, relative);
  assert.ok(now.length > this.remembered.length, `${relative} did not grow`);
  assert.deepEqual(now.subarray(0, this.remembered.length), this.remembered, `${relative} lost original bytes`);
});

Then('the file {string} parses as Gherkin with {int} scenarios', function (relative, count) {
  const text = readFileSync(this.file(relative), 'utf8');
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  const document = parser.parse(text);
  assert.ok(document.feature, `${relative} has no Feature`);
  assert.equal(scenarioCount(document.feature.children), count);
});

Then('every line break in {string} is CRLF', function (relative) {
  const text = readFileSync(this.file(relative), 'utf8');
  assert.ok(!/(^|[^\r])\n/.test(text), `${relative} has a bare LF:\n${JSON.stringify(text)}`);
});

Then('only the provenance comments of {string} changed', function (relative) {
  assert.ok(this.remembered, 'no bytes remembered');
  const before = this.remembered.toString('utf8').split('\n');
  const after = readFileSync(this.file(relative), 'utf8').split('\n');
  assert.equal(after.length, before.length, 'the number of lines changed');
  const changed = before.flatMap((line, i) => (line === after[i] ? [] : [after[i]]));
  assert.ok(changed.length > 0, 'nothing changed');
  for (const line of changed) {
    assert.match(line.trim(), /^# (gherkin-bridge:|behavior:)/, `a line other than a provenance comment changed: ${line}`);
  }
});

Then('the runner list {string} has {int} entries', function (relative, count) {
  const lines = readFileSync(this.file(relative), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  assert.equal(lines.length, count, lines.join('\n'));
});
