import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { Then, When } from '@cucumber/cucumber';
import { runBuiltCli } from '../../test/support/run-built-cli.mjs';
import { gherkinBridgeArgs } from './world.mjs';

When('I remember stdout', function () {
  assert.ok(this.result, 'no command has run yet');
  this.rememberedStdout = this.result.stdout;
});

Then('stdout is the remembered stdout', function () {
  assert.equal(this.result.stdout, this.rememberedStdout);
});

Then('the file {string} is valid JSON', function (relative) {
  const text = readFileSync(this.file(relative), 'utf8');
  assert.doesNotThrow(() => JSON.parse(text), `${relative} is not valid JSON`);
});

When('I run {string} {int} times at once', async function (commandLine, times) {
  const argv = gherkinBridgeArgs(commandLine);
  this.results = await Promise.all(Array.from({ length: times }, () => runBuiltCli(this.dir, argv)));
});

Then('every run exited {int} with the same stdout', function (code) {
  assert.ok(this.results?.length, 'no runs at once yet');
  for (const result of this.results) {
    assert.equal(result.code, code, result.stderr);
    assert.equal(result.stdout, this.results[0].stdout);
  }
});

Then('the folder {string} holds no temporary file', function (relative) {
  const left = readdirSync(this.file(relative)).filter((name) => name.endsWith('.tmp'));
  assert.deepEqual(left, []);
});

/** The cache files (one per tool version) in a cache folder. */
function cacheFiles(world, relative) {
  return readdirSync(world.file(relative)).filter((name) => /^cache-.*\.json$/.test(name));
}

Then('the folder {string} holds one cache file', function (relative) {
  assert.equal(cacheFiles(this, relative).length, 1, readdirSync(this.file(relative)).join(', '));
});

Then('the cache file in {string} is valid JSON', function (relative) {
  for (const name of cacheFiles(this, relative)) {
    const text = readFileSync(this.file(`${relative}/${name}`), 'utf8');
    assert.doesNotThrow(() => JSON.parse(text), `${name} is not valid JSON`);
  }
});

When('the cache file in {string} is replaced by:', function (relative, text) {
  const names = cacheFiles(this, relative);
  assert.ok(names.length > 0, `no cache file in ${relative}`);
  for (const name of names) writeFileSync(this.file(`${relative}/${name}`), text);
});
