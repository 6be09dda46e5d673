import { readdirSync, readFileSync } from 'node:fs';
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
