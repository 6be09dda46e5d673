import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Then } from '@cucumber/cucumber';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { repoRoot } from './world.mjs';

function read(world, relative) {
  return readFileSync(world.file(relative), 'utf8');
}

Then('the file {string} is well-formed XML with {int} testcases and {int} failures', function (relative, cases, failures) {
  const xml = read(this, relative);
  assert.equal(XMLValidator.validate(xml), true, xml);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const suites = [doc.testsuites.testsuite].flat();
  const testcases = suites.flatMap((suite) => [suite.testcase ?? []].flat());
  assert.equal(testcases.length, cases, JSON.stringify(testcases, null, 2));
  assert.equal(testcases.filter((tc) => tc.failure !== undefined).length, failures);
});

Then('the file {string} is SARIF 2.1.0 with {int} results', function (relative, count) {
  const sarif = JSON.parse(read(this, relative));
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'gherkin-bridge');
  assert.equal(run.results.length, count);
  for (const result of run.results) {
    const location = result.locations[0].physicalLocation;
    assert.ok(location.artifactLocation.uri && !location.artifactLocation.uri.startsWith('/'), JSON.stringify(result));
    assert.ok(location.region.startLine >= 1);
    assert.ok(run.tool.driver.rules.some((rule) => rule.id === result.ruleId));
  }
});

Then('the file {string} validates against the coverage report schema', function (relative) {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/coverage-report.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const ok = validate(JSON.parse(read(this, relative)));
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

Then('every line of stdout is a GitHub workflow command', function () {
  const lines = this.result.stdout.split('\n').filter((line) => line !== '');
  assert.ok(lines.length > 0, 'no output');
  for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^:]*,line=\d+(,title=[^:]*)?::/);
});

Then('the file {string} is a self-contained HTML page', function (relative) {
  const html = read(this, relative);
  assert.match(html, /^<!DOCTYPE html>/i);
  assert.doesNotMatch(html, /<(script|link|img)[^>]+(src|href)=["']?(https?:)?\/\//i, 'external asset');
});
