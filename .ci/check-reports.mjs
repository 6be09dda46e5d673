// CI-only: gherkin-bridge writes its own coverage reports in every format from
// one run, and each is checked the way its consumer would read it. The HTML
// report is opened in Debian's headless Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { chromium } from 'playwright-core';

const out = '.reports/self';
mkdirSync(out, { recursive: true });
const formats = ['json', 'markdown', 'junit', 'github', 'sarif', 'html', 'text'];
const ext = { json: 'json', markdown: 'md', junit: 'xml', github: 'txt', sarif: 'sarif', html: 'html', text: 'txt' };
const files = Object.fromEntries(formats.map((f) => [f, path.join(out, `coverage-${f}.${ext[f]}`)]));
const run = spawnSync(
  process.execPath,
  ['bin/gherkin-bridge.js', 'coverage', '--quiet', '--fail-on', 'none', '--format', 'text', ...formats.flatMap((f) => ['--report', `${f}=${files[f]}`])],
  { encoding: 'utf8' },
);
assert.equal(run.status, 0, `self coverage failed:\n${run.stdout}\n${run.stderr}`);
const read = (format) => readFileSync(files[format], 'utf8');

const report = JSON.parse(read('json'));
const schema = JSON.parse(readFileSync('schema/coverage-report.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
assert.ok(validate(report), JSON.stringify(validate.errors));
console.log(`json: valid against the schema; ${report.summary.covered}/${report.summary.expected} covered`);

const xml = read('junit');
assert.equal(XMLValidator.validate(xml), true);
const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
const cases = [junit.testsuites.testsuite].flat().flatMap((s) => [s.testcase ?? []].flat());
assert.ok(cases.length >= report.summary.expected, 'a testcase per expected requirement');
console.log(`junit: well-formed, ${cases.length} testcases`);

const sarif = JSON.parse(read('sarif'));
assert.equal(sarif.version, '2.1.0');
assert.equal(sarif.runs[0].results.length, report.findings.length);
for (const result of sarif.runs[0].results) {
  assert.ok(result.ruleId && result.message.text && result.locations[0].physicalLocation.region.startLine >= 1);
}
console.log(`sarif: ${sarif.runs[0].results.length} results, ${sarif.runs[0].tool.driver.rules.length} rules`);

const github = read('github').split('\n').filter(Boolean);
assert.equal(github.length, report.findings.length);
for (const line of github) assert.match(line, /^::(error|warning|notice) file=/);
console.log(`github: ${github.length} one-line commands`);

const markdown = read('markdown');
for (const design of report.designs) assert.ok(markdown.includes(design.slug), design.slug);
console.log('markdown: lists every design');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const url = pathToFileURL(path.resolve(files.html)).href;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const external = [];
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  const s = report.summary;
  for (const [key, value] of Object.entries({ designs: s.designs, expected: s.expected, covered: s.covered, uncovered: s.uncovered, coverage: `${s.coverage}%` })) {
    assert.equal(await page.getByTestId(`count-${key}`).textContent(), String(value), `count-${key}`);
  }
  const all = await page.locator('[data-testid="req-row"]:visible').count();
  assert.equal(all, report.designs.reduce((n, d) => n + d.requirements.length, 0));
  const first = report.designs[0].requirements[0];
  await page.getByTestId('filter-text').fill(first.id);
  const filtered = await page.locator('[data-testid="req-row"]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-requirement')));
  assert.ok(filtered.length >= 1 && filtered.length < all && filtered.includes(first.id), `filter: ${filtered}`);
  assert.deepEqual(problems, []);
  assert.deepEqual(external, []);
  console.log(`html: loads in Chromium with no console error; counts match the JSON; the filter narrows ${all} rows to ${filtered.length}`);
} finally {
  await browser.close();
}
