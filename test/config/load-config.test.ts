import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/resolve-options.js';
import { loadConfig } from '../../src/io/load-config.js';

let top: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(top, file)), { recursive: true });
  writeFileSync(path.join(top, file), text);
}

beforeEach(() => {
  top = mkdtempSync(path.join(os.tmpdir(), 'gb-config-'));
});
afterEach(() => rmSync(top, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('reads [tool.gherkin-bridge] from pyproject.toml', async () => {
    write('repo/.git/HEAD', 'ref: refs/heads/main\n');
    write('repo/pyproject.toml', '[project]\nname = "svc"\n\n[tool.gherkin-bridge]\nlevels = ["e2e", "integration"]\nrunnerList = "tests/e2e/test_list.txt"\n');
    const loaded = await loadConfig(path.join(top, 'repo'));
    expect(loaded).toEqual({
      config: { levels: ['e2e', 'integration'], runnerList: 'tests/e2e/test_list.txt' },
      source: 'pyproject.toml#tool.gherkin-bridge',
      dir: path.join(top, 'repo'),
    });
  });

  it('looks upwards from a subfolder to the repository root, and runs from the config folder', async () => {
    write('repo/.git/HEAD', 'x');
    write('repo/gherkin-bridge.config.json', '{ "levels": ["unit"] }');
    mkdirSync(path.join(top, 'repo/tests/e2e'), { recursive: true });
    const loaded = await loadConfig(path.join(top, 'repo/tests/e2e'));
    expect(loaded).toEqual({ config: { levels: ['unit'] }, source: path.join('..', '..', 'gherkin-bridge.config.json'), dir: path.join(top, 'repo') });
  });

  it('stops at the folder holding .git', async () => {
    write('gherkin-bridge.config.json', '{ "levels": ["unit"] }');
    write('repo/.git', 'gitdir: elsewhere\n');
    mkdirSync(path.join(top, 'repo/sub'));
    expect(await loadConfig(path.join(top, 'repo/sub'))).toEqual({ config: {}, source: null, dir: path.join(top, 'repo/sub') });
  });

  it('ignores a pyproject.toml without the table and names the line of bad TOML', async () => {
    write('a/.git/HEAD', 'x');
    write('a/pyproject.toml', '[tool.black]\nline-length = 100\n');
    expect((await loadConfig(path.join(top, 'a'))).source).toBeNull();
    write('b/.git/HEAD', 'x');
    write('b/pyproject.toml', '[tool.gherkin-bridge]\nlevels = [\n');
    await expect(loadConfig(path.join(top, 'b'))).rejects.toThrow(ConfigError);
    await expect(loadConfig(path.join(top, 'b'))).rejects.toThrow(/^pyproject\.toml:\d+:\d+: invalid TOML/);
  });

  it('checks the table against the schema, naming the source', async () => {
    write('c/.git/HEAD', 'x');
    write('c/pyproject.toml', '[tool.gherkin-bridge]\nlevels = ["everything"]\n');
    await expect(loadConfig(path.join(top, 'c'))).rejects.toThrow(/pyproject\.toml#tool\.gherkin-bridge/);
  });
});
