import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBehaveSteps, readCucumberSteps } from '../../src/vocabulary/read-sources.js';
import { fromCucumberExpression, fromParsePattern, fromRegex, matchTemplate } from '../../src/vocabulary/step-template.js';

describe('step templates', () => {
  it('reads behave parse patterns, with escaped braces and typed fields', () => {
    expect(fromParsePattern('the status is {code:d} for {{x}} {}')).toEqual([
      'the status is ', { name: 'code', type: 'int' }, ' for {x} ', { name: 'arg1', type: 'any' },
    ]);
    expect(fromParsePattern('broken {field')).toBeNull();
  });

  it('reads Cucumber Expressions with the library: optional text left out, first alternative, custom types', () => {
    expect(fromCucumberExpression('I have {int} cucumber(s) in my belly/stomach {color}')).toEqual([
      'I have ', { name: 'int', type: 'int' }, ' cucumber in my belly ', { name: 'color', type: 'custom' },
    ]);
    expect(fromCucumberExpression('an {unclosed parameter')).toBeNull();
  });

  it('reads regular expressions as text, and refuses what it cannot write', () => {
    expect(fromRegex('^the book "(?P<title>[^"]*)" is (?:borrowed|lent) items?$')).toEqual([
      'the book "', { name: 'title', type: 'any' }, '" is borrowed item',
    ]);
    expect(fromRegex('^(\\d+) left$')).toEqual([{ name: 'arg1', type: 'int' }, ' left']);
    expect(fromRegex('[Tt]he (?=x)')).toBeNull();
    expect(fromRegex('x'.repeat(5000))).toBeNull();
  });

  it('finds definitions in behave and cucumber-js files, with their lines, and skips odd ones', () => {
    const py = [
      "@given(u'a \\'quoted\\' {name}')",
      'def a(context, name): pass',
      '@when("unbalanced',
      "use_step_matcher('re')",
      "@then(r'^(\\d+) left$')",
    ].join('\n');
    expect(readBehaveSteps(py, 's.py').map((d) => [d.kind, d.line, d.template])).toEqual([
      ['given', 1, ["a 'quoted' ", { name: 'name', type: 'any' }]],
      ['then', 5, [{ name: 'arg1', type: 'int' }, ' left']],
    ]);
    const js = "Given('a {int} x', f);\nThen(/^y (\\w+)$/, f);\nWhen(`z ${a}`, f);\nWhen('unclosed";
    expect(readCucumberSteps(js, 's.js').map((d) => [d.kind, d.line])).toEqual([['given', 1], ['then', 2]]);
  });

  it('never runs a pattern from the suite: a catastrophic regex or a huge file reads in bounded time', () => {
    const started = Date.now();
    const evil = `Then(/^(a+)+$/, f);\n@then(r'^((a|b)+)+c$')\n${"Given('".repeat(20_000)}\n${'@given(' .repeat(20_000)}`;
    expect(readCucumberSteps(evil, 'e.js').length + readBehaveSteps(evil, 'e.py').length).toBeGreaterThanOrEqual(0);
    expect(fromRegex('^(a+)+$')).toBeNull();
    const open = fromRegex('^(.*) (.*) (.*) (a+b)$') ?? [];
    expect(matchTemplate(open, `${'a '.repeat(100)}`)).toBeNull();
    expect(matchTemplate(open, `${'a '.repeat(5000)}`)).toBeNull();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readCucumberSteps(`${'\n'.repeat(3)}Given('x', f)`, 'l.js')[0]?.line).toBe(4);
  });

  it('reads any text without throwing (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        readBehaveSteps(`@given('${text}')\n@then(r"${text}")`, 'p.py');
        readCucumberSteps(`Given('${text}', f); When(/${text}/, f);`, 'p.js');
        const template = fromRegex(text) ?? fromParsePattern(text) ?? fromCucumberExpression(text);
        if (template) matchTemplate(template, text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a Cucumber Expression the library refuses', () => {
  it('gives no template for a parameter name it forbids, and does not throw', () => {
    expect(fromCucumberExpression('{*}')).toBeNull();
    expect(fromCucumberExpression('I have {a*b} items')).toBeNull();
  });
});
