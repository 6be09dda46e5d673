// Steps for the link, init and designs-without-surface acceptance tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Then } from '@cucumber/cucumber';

function json(world) {
  assert.ok(world.result, 'no command has run yet');
  return JSON.parse(world.result.stdout);
}

Then('every suggestion lists its candidates best first, each with a score and matched words', function () {
  const { suggestions } = json(this);
  assert.ok(suggestions.length > 0, 'no suggestion');
  for (const suggestion of suggestions) {
    const scores = suggestion.candidates.map((candidate) => candidate.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), `${suggestion.file}:${suggestion.line}`);
    for (const candidate of suggestion.candidates) {
      assert.ok(candidate.score > 0 && candidate.score <= 1, JSON.stringify(candidate));
      assert.ok(Array.isArray(candidate.matched) && candidate.matched.length > 0, JSON.stringify(candidate));
    }
  }
});

Then('the suggestion for {string} is {string} with the matched word {string}', function (location, expected, word) {
  const suggestion = json(this).suggestions.find((s) => `${s.file}:${s.line}` === location);
  assert.ok(suggestion, `no suggestion for ${location}`);
  const [best] = suggestion.candidates;
  assert.equal(best && `${best.design} ${best.requirement}`, expected, JSON.stringify(suggestion, null, 2));
  assert.ok(best.matched.includes(word), `${word} not in ${best.matched}`);
  assert.equal(suggestion.confident, true);
});

Then('the suggestion for {string} is not confident', function (location) {
  const suggestion = json(this).suggestions.find((s) => `${s.file}:${s.line}` === location);
  assert.ok(suggestion, `no suggestion for ${location}`);
  assert.equal(suggestion.confident, false, JSON.stringify(suggestion, null, 2));
});

Then('the file {string} is exactly:', function (relative, text) {
  const content = readFileSync(this.file(relative), 'utf8');
  assert.equal(content, text.replaceAll('<CR>', '\r').replaceAll('<BOM>', '\uFEFF'));
});

Then('the file {string} starts with a BOM and every line ends with CRLF', function (relative) {
  const content = readFileSync(this.file(relative), 'utf8');
  assert.ok(content.startsWith('\uFEFF'), 'no BOM');
  assert.ok(!/(^|[^\r])\n/.test(content), `a line ends with LF alone:\n${JSON.stringify(content)}`);
});

Then('the JSON file {string} at {string} is {string}', function (relative, selector, expected) {
  let value = JSON.parse(readFileSync(this.file(relative), 'utf8'));
  for (const part of selector.match(/[^.[\]]+/g) ?? []) value = value?.[/^\d+$/.test(part) ? Number(part) : part];
  assert.deepEqual(value, JSON.parse(expected), `${relative} at ${selector}: ${JSON.stringify(value)}`);
});
