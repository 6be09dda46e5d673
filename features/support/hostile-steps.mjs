// Steps for the hostile-input acceptance scenarios (features/hostile.feature):
// special files, links, bytes that are not UTF-8, and permissions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Given, Then, When } from '@cucumber/cucumber';

Given('a named pipe {string}', function (relative) {
  const target = this.file(relative);
  mkdirSync(path.dirname(target), { recursive: true });
  const made = spawnSync('mkfifo', [target]);
  assert.equal(made.status, 0, `mkfifo ${relative} failed: ${made.stderr}`);
});

Given('a symbolic link {string} pointing to {string}', function (relative, target) {
  const link = this.file(relative);
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link);
});

Given('a file {string} whose line {int} is not UTF-8', function (relative, line) {
  const target = this.file(relative);
  mkdirSync(path.dirname(target), { recursive: true });
  const before = Array.from({ length: line - 1 }, (_, k) => (k === 0 ? 'Feature: not UTF-8' : '  # a comment'));
  // 0xE9 is "é" in Latin-1 and not valid UTF-8 on its own.
  writeFileSync(target, Buffer.concat([Buffer.from(before.map((l) => `${l}\n`).join('')), Buffer.from('  # caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
});

Given('the file {string} cannot be read', function (relative) {
  (this.denied ??= []).push({ target: this.file(relative), mode: 0o000, restore: 0o644 });
});

Given('the folder {string} cannot be written', function (relative) {
  mkdirSync(this.file(relative), { recursive: true });
  (this.denied ??= []).push({ target: this.file(relative), mode: 0o555, restore: 0o755 });
});

// Root ignores permission bits, so as root the command runs as `nobody`,
// who owns nothing in the scenario's folder. Permissions are restored at once,
// so the folder can be cleaned up.
When('I run {string} without those permissions', async function (commandLine) {
  const asRoot = process.getuid?.() === 0;
  chmodSync(this.dir, 0o755);
  for (const { target, mode } of this.denied ?? []) chmodSync(target, mode);
  try {
    await this.run(commandLine, asRoot ? { user: { uid: 65534, gid: 65534 } } : {});
  } finally {
    for (const { target, restore } of this.denied ?? []) chmodSync(target, restore);
  }
});

Then('the JSON output has exactly one finding for {string}: {string} at line {int}', function (file, kind, line) {
  const findings = JSON.parse(this.result.stdout).findings.filter((f) => f.file === file);
  assert.deepEqual(
    findings.map((f) => `${f.kind}:${f.line}`),
    [`${kind}:${line}`],
    `findings for ${file}:\n${JSON.stringify(findings, null, 2)}`,
  );
});

Then('the JSON output has no finding for {string}', function (file) {
  const findings = JSON.parse(this.result.stdout).findings.filter((f) => f.file === file);
  assert.deepEqual(findings, []);
});

Then('stderr is exactly:', function (text) {
  assert.equal(this.result.stderr, `${text.replaceAll('<DIR>', this.dir)}\n`);
});
