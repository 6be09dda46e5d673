import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TestResult } from '../model.js';
import { firstLine } from './result-status.js';
import { resultsError } from './results-error.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : [];
}

function text(node: Node | string | undefined): string | null {
  if (!node) return null;
  if (typeof node === 'string') return firstLine(node);
  const message = node['@message'];
  return firstLine(typeof message === 'string' ? message : null) ?? firstLine(String(node['#text'] ?? ''));
}

/** Every testcase under `node`, however deeply test suites nest. */
function testCases(node: Node): Node[] {
  return [...list(node.testcase), ...list(node.testsuite).flatMap(testCases)];
}

/**
 * Test cases of a JUnit XML file (behave `--junit`, cucumber-js `junit`), by `classname` and `name`;
 * `failure` or `error` fails one, `skipped` skips it. Malformed XML or no test suite is an error.
 */
export function readJunit(xml: string, source: string): TestResult[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw resultsError(`${source}:${valid.err.line}`, `XML (${valid.err.msg}; cut off?)`);
  const root = parser.parse(xml) as Node;
  const suites = [...list((root.testsuites as Node | undefined)?.testsuite), ...list(root.testsuite)];
  if (suites.length === 0) throw resultsError(source, 'XML (no <testsuite>)');
  return suites.flatMap(testCases).map((testCase) => {
    const failures = [...list(testCase.failure), ...list(testCase.error)];
    const skipped = list(testCase.skipped).length > 0 || testCase['@status'] === 'skipped';
    return {
      source,
      sourceLine: 1,
      uri: null,
      line: null,
      classname: typeof testCase['@classname'] === 'string' ? testCase['@classname'] : null,
      name: String(testCase['@name'] ?? ''),
      status: failures.length > 0 ? 'failed' : skipped ? 'skipped' : 'passed',
      message: failures.length > 0 ? (text(failures[0]) ?? 'failed') : null,
    };
  });
}
