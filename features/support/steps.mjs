import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Given, Then, When } from '@cucumber/cucumber';

function unescape(text) {
  // Docstrings cannot carry CR or BOM visibly; <CR> and <BOM> markers stand for them.
  return text.replaceAll('<CR>', '\r').replaceAll('<BOM>', '\uFEFF');
}

function write(world, relative, text) {
  const target = world.file(relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}

/** Follow a path like `designs[0].surface[1].requirements` into a parsed JSON value. */
function at(value, selector) {
  const parts = selector.match(/[^.[\]]+/g) ?? [];
  let current = value;
  for (const part of parts) {
    if (current === undefined || current === null) return undefined;
    current = /^\d+$/.test(part) ? current[Number(part)] : current[part];
  }
  return current;
}

function output(world) {
  assert.ok(world.result, 'no command has run yet');
  return world.result;
}

Given('a file {string} containing:', function (relative, text) {
  write(this, relative, unescape(text));
});

Given('a file {string} with CRLF line endings and a BOM containing:', function (relative, text) {
  write(this, relative, `\uFEFF${unescape(text).replace(/\n/g, '\r\n')}`);
});

Given('a directory {string}', function (relative) {
  mkdirSync(this.file(relative), { recursive: true });
});

Given('I remember the bytes of {string}', function (relative) {
  this.remembered = readFileSync(this.file(relative));
});

When('I run {string}', async function (commandLine) {
  await this.run(commandLine);
});

When('I run:', async function (commandLine) {
  await this.run(commandLine.replace(/\s*\n\s*/g, ' '));
});

Then('the exit code is {int}', function (code) {
  const { code: actual, stdout, stderr } = output(this);
  assert.equal(actual, code, `exit code ${actual}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
});

Then('stdout contains {string}', function (text) {
  assert.ok(output(this).stdout.includes(text), `stdout lacks ${JSON.stringify(text)}:\n${this.result.stdout}`);
});

Then('stdout contains:', function (text) {
  assert.ok(output(this).stdout.includes(text), `stdout lacks:\n${text}\n---\n${this.result.stdout}`);
});

Then('stdout does not contain {string}', function (text) {
  assert.ok(!output(this).stdout.includes(text), `stdout has ${JSON.stringify(text)}:\n${this.result.stdout}`);
});

Then('stderr contains {string}', function (text) {
  assert.ok(output(this).stderr.includes(text), `stderr lacks ${JSON.stringify(text)}:\n${this.result.stderr}`);
});

Then('stderr has no stack trace', function () {
  assert.ok(!/\n\s+at .+:\d+:\d+\)?/.test(output(this).stderr), `stack trace in stderr:\n${this.result.stderr}`);
});

Then('the JSON output at {string} is {string}', function (selector, expected) {
  const value = at(JSON.parse(output(this).stdout), selector);
  assert.deepEqual(value, JSON.parse(expected), `at ${selector}: ${JSON.stringify(value)}`);
});

Then('the JSON output has {int} findings of kind {string}', function (count, kind) {
  const findings = JSON.parse(output(this).stdout).findings.filter((f) => f.kind === kind);
  assert.equal(findings.length, count, JSON.stringify(findings, null, 2));
});

Then('the JSON output has a finding {string} at {string}', function (kind, location) {
  const findings = JSON.parse(output(this).stdout).findings;
  const found = findings.some((f) => f.kind === kind && `${f.file}:${f.line}` === location);
  assert.ok(found, `no ${kind} at ${location} in:\n${JSON.stringify(findings, null, 2)}`);
});

Then('the file {string} exists', function (relative) {
  assert.ok(existsSync(this.file(relative)), `${relative} does not exist; folder has ${readdirSync(this.dir)}`);
});

Then('the file {string} does not exist', function (relative) {
  assert.ok(!existsSync(this.file(relative)), `${relative} exists`);
});

Then('the file {string} contains {string}', function (relative, text) {
  const content = readFileSync(this.file(relative), 'utf8');
  assert.ok(content.includes(text), `${relative} lacks ${JSON.stringify(text)}:\n${content}`);
});

Then('the file {string} contains:', function (relative, text) {
  const content = readFileSync(this.file(relative), 'utf8');
  assert.ok(content.includes(text), `${relative} lacks:\n${text}\n---\n${content}`);
});

Then('the file {string} is unchanged', function (relative) {
  assert.ok(this.remembered, 'no bytes remembered');
  assert.deepEqual(readFileSync(this.file(relative)), this.remembered);
});

Given('a file {string} is edited by hand', function (relative) {
  const target = this.file(relative);
  writeFileSync(target, `${readFileSync(target, 'utf8')}\n  # hand-written note\n`);
});

Then('the file {string} does not contain {string}', function (relative, text) {
  const content = readFileSync(this.file(relative), 'utf8');
  assert.ok(!content.includes(text), `${relative} has ${JSON.stringify(text)}:\n${content}`);
});
