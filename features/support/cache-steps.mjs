import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { Then, When } from '@cucumber/cucumber';

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
