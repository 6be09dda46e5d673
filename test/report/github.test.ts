import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/model.js';
import { githubReport } from '../../src/report/github.js';
import { unescapeGithub } from './github-unescape.js';
import { EMPTY, HOSTILE, ORDINARY, OPTIONS } from './fixtures.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Parse one workflow command line the way the runner does: `::name k=v,k=v::message`. */
function parseCommand(line: string): Command {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const [, command = '', props = '', message = ''] = match;
  const properties: Record<string, string> = {};
  for (const pair of props.split(',')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeGithub(pair.slice(eq + 1));
  }
  return { command, properties, message: unescapeGithub(message) };
}

function commands(report: CoverageReport): string[] {
  const out = githubReport(report, OPTIONS);
  expect(out === '' || out.endsWith('\n')).toBe(true);
  return out === '' ? [] : out.slice(0, -1).split('\n');
}

describe('githubReport', () => {
  for (const [name, report] of Object.entries({ ordinary: ORDINARY, hostile: HOSTILE })) {
    it(`${name}: one single-line command per finding that round-trips`, () => {
      const lines = commands(report);
      expect(lines).toHaveLength(report.findings.length);
      lines.forEach((line, index) => {
        const finding = report.findings[index]!;
        expect(line).not.toMatch(/[\r\n]/);
        const parsed = parseCommand(line);
        expect(parsed.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[finding.severity]);
        expect(parsed.message).toBe(finding.message);
        expect(parsed.properties.file).toBe(finding.file);
        expect(parsed.properties.line).toBe(String(finding.line));
        expect(parsed.properties.title).toContain(finding.kind);
      });
    });
  }

  it('writes the column when the finding has one, and nothing for no findings', () => {
    const parseError = commands(ORDINARY).map(parseCommand).find((c) => c.properties.title?.includes('parse-error'));
    expect(parseError?.properties.col).toBe('5');
    expect(githubReport(EMPTY, OPTIONS)).toBe('');
  });

  it('leaves no unescaped separator in the properties of hostile paths', () => {
    const line = commands(HOSTILE)[2]!;
    const props = line.slice(2, line.indexOf('::', 2));
    expect(props.split(',')).toHaveLength(3);
    expect(props).not.toMatch(/::/);
  });
});
