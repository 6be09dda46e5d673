import { CucumberExpression, ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';

/** What a placeholder accepts: `string` includes its quotes (Cucumber's `{string}`); `custom` needs an example from the suite. */
export type SlotType = 'int' | 'float' | 'string' | 'word' | 'any' | 'custom';

/** A placeholder of a step template. */
export interface Slot {
  name: string;
  type: SlotType;
}

/** A step phrase as literal text and placeholders, in order. */
export type StepTemplate = (string | Slot)[];

/** Longest pattern read: a longer one is skipped, never compiled or run. */
export const MAX_PATTERN_LENGTH = 1_000;

/** Group bodies of regular expressions, by the placeholder type they stand for. */
const REGEX_BODIES: Readonly<Record<string, SlotType>> = {
  '\\d+': 'int', '-?\\d+': 'int', '[0-9]+': 'int', '\\d*': 'int', '\\d{3}': 'int',
  '\\d+\\.\\d+': 'float', '-?\\d+\\.\\d+': 'float', '\\d*\\.\\d+': 'float', '-?\\d*\\.?\\d+': 'float', '[\\d.]+': 'float',
  '\\w+': 'word', '\\S+': 'word', '[^\\s]+': 'word', '[^ ]+': 'word',
  '.*': 'any', '.+': 'any', '.*?': 'any', '.+?': 'any', '[^"]*': 'any', '[^"]+': 'any', "[^']*": 'any', "[^']+": 'any',
};

/** Push literal text, merging it with a literal before it. */
function pushText(out: StepTemplate, text: string): void {
  if (text === '') return;
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = `${out[last] as string}${text}`;
  else out.push(text);
}

/** A behave `parse` pattern (`the status is {code:d}`, `{{` a brace): `d`/`n` int, `f`/`g`/`e` float, `w` word, none any. */
export function fromParsePattern(pattern: string): StepTemplate | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return null;
  const out: StepTemplate = [];
  let index = 0;
  let count = 0;
  while (index < pattern.length) {
    const ch = pattern[index] as string;
    if ((ch === '{' || ch === '}') && pattern[index + 1] === ch) {
      pushText(out, ch);
      index += 2;
    } else if (ch === '{') {
      const end = pattern.indexOf('}', index);
      if (end < 0) return null;
      const [name = '', format = ''] = pattern.slice(index + 1, end).split(':');
      const type = format === '' ? 'any' : /^[dn]$/.test(format) ? 'int' : /^[fge]$/.test(format) ? 'float' : format === 'w' ? 'word' : 'custom';
      out.push({ name: name || `arg${++count}`, type });
      index = end + 1;
    } else {
      pushText(out, ch);
      index++;
    }
  }
  return out;
}

const EXPRESSION_TYPES: Readonly<Record<string, SlotType>> = {
  int: 'int', byte: 'int', short: 'int', long: 'int', biginteger: 'int',
  float: 'float', double: 'float', bigdecimal: 'float',
  string: 'string', word: 'word', '': 'any',
};

interface AstNode {
  type: string;
  token?: string;
  nodes?: AstNode[];
}

/** A Cucumber Expression, parsed by its library: optional parts left out, alternations their first; null when rejected. */
export function fromCucumberExpression(expression: string): StepTemplate | null {
  if (expression.length > MAX_PATTERN_LENGTH) return null;
  const registry = new ParameterTypeRegistry();
  let ast: AstNode;
  try {
    // Types the suite defines itself are unknown here: any text, written only from an example.
    // A name the library refuses (`{*}`) makes the whole expression unreadable, like a syntax error.
    for (const [, name = ''] of expression.matchAll(/\{([^{}()\\/\s]+)\}/g)) {
      if (registry.lookupByTypeName(name) === undefined) {
        registry.defineParameterType(new ParameterType(name, /.*/, null, (s: string) => s, false, false));
      }
    }
    ast = (new CucumberExpression(expression, registry) as unknown as { ast: AstNode }).ast;
  } catch {
    return null;
  }
  const out: StepTemplate = [];
  let count = 0;
  const walk = (node: AstNode): void => {
    if (node.type === 'TEXT_NODE') pushText(out, node.token ?? '');
    else if (node.type === 'PARAMETER_NODE') {
      const name = node.nodes?.map((n) => n.token ?? '').join('') ?? '';
      out.push({ name: name || `arg${++count}`, type: EXPRESSION_TYPES[name] ?? 'custom' });
    } else if (node.type === 'ALTERNATION_NODE') {
      const firstAlternative = node.nodes?.[0];
      if (firstAlternative) walk(firstAlternative);
    } else if (node.type !== 'OPTIONAL_NODE') node.nodes?.forEach(walk);
  };
  walk(ast);
  return out;
}

/** End of the group opened at `start` (the index of its `(`), or -1. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

const ESCAPED_LITERAL = /^\\([^\w\s]|[ ])$/;

/**
 * A regular expression's source, read as text, never compiled: each group a placeholder typed by its
 * body (`\d+` int), optional parts left out. Null for classes, lookarounds, back references.
 */
export function fromRegex(source: string): StepTemplate | null {
  if (source.length > MAX_PATTERN_LENGTH) return null;
  const out: StepTemplate = [];
  let i = source.startsWith('^') ? 1 : 0;
  const end = source.endsWith('$') && !source.endsWith('\\$') ? source.length - 1 : source.length;
  let count = 0;
  while (i < end) {
    const ch = source[i] as string;
    const next = source[i + 1];
    if (ch === '(') {
      const close = groupEnd(source, i);
      if (close < 0 || close >= end) return null;
      const inner = source.slice(i + 1, close);
      const optional = source[close + 1] === '?';
      i = close + 1 + (optional ? 1 : 0);
      if (optional) continue;
      const named = /^\?P?<([A-Za-z_]\w*)>/.exec(inner);
      if (inner.startsWith('?:')) {
        const first = inner.slice(2).split('|')[0] ?? '';
        const part = fromRegex(first);
        if (part === null || part.some((p) => typeof p !== 'string')) return null;
        pushText(out, part.join(''));
      } else if (inner.startsWith('?') && !named) return null;
      else out.push({ name: named?.[1] ?? `arg${++count}`, type: REGEX_BODIES[named ? inner.slice(named[0].length) : inner] ?? 'custom' });
    } else if (ch === '\\') {
      if (next === 's') {
        const quantifier = source[i + 2];
        pushText(out, quantifier === '*' ? '' : ' ');
        i += quantifier === '*' || quantifier === '+' || quantifier === '?' ? 3 : 2;
      } else if (next !== undefined && ESCAPED_LITERAL.test(`\\${next}`)) {
        pushText(out, next);
        i += 2;
      } else return null;
    } else if (/[[\].*+?{}|^$]/.test(ch)) return null;
    else if (next === '?') i += 2;
    else {
      pushText(out, ch);
      i++;
    }
  }
  return out;
}

/** The template of a scenario step: its quoted strings, numbers and paths become placeholders, their values examples. */
export function fromStepText(text: string): { template: StepTemplate; examples: string[] } {
  const template: StepTemplate = [];
  const examples: string[] = [];
  let last = 0;
  for (const match of text.slice(0, MAX_PATTERN_LENGTH).matchAll(VALUE)) {
    pushText(template, text.slice(last, match.index));
    const value = match[0];
    const type: SlotType = value.startsWith('"') ? 'string' : /^-?\d+$/.test(value) ? 'int' : /^-?[\d.]+$/.test(value) ? 'float' : 'word';
    template.push({ name: type === 'word' ? 'path' : 'value', type });
    examples.push(value);
    last = match.index + value.length;
  }
  pushText(template, text.slice(last));
  return { template, examples };
}

/** A quoted string, a whole number or a path, as a step or a behavior writes them. */
export const VALUE = /"[^"\n]{0,200}"|(?<![\w/.-])(?:\/[\w.{}:-]+)+\/?(?![\w/])|(?<![\w.-])-?\d{1,9}(?:\.\d{1,9})?(?!\w|\.\d)/g;

const SLOT_MATCHER: Readonly<Record<SlotType, string>> = {
  int: '(-?\\d+)',
  float: '(-?\\d*\\.?\\d+)',
  string: '("[^"]*"|\'[^\']*\')',
  word: '(\\S+)',
  any: '(.*)',
  custom: '(.*)',
};

/** Longest step text matched against a template. */
const MAX_MATCHED = 200;
/** Most placeholders of unbounded text in a template that is matched: each multiplies the worst case by the text length. */
const MAX_OPEN_SLOTS = 3;

/** The values a step text gives the template's placeholders, or null; built from the template, never from the suite. */
export function matchTemplate(template: StepTemplate, text: string): string[] | null {
  if (text.length > MAX_MATCHED) return null;
  let matcher = matchers.get(template);
  if (matcher === undefined) {
    const open = template.filter((p) => typeof p !== 'string' && SLOT_MATCHER[p.type] === '(.*)').length;
    const source = template
      .map((piece) => (typeof piece === 'string' ? piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : SLOT_MATCHER[piece.type]))
      .join('');
    matcher = open > MAX_OPEN_SLOTS ? null : new RegExp(`^${source}$`, 'u');
    matchers.set(template, matcher);
  }
  const match = matcher?.exec(text);
  return match ? match.slice(1).map((value) => value ?? '') : null;
}

const matchers = new WeakMap<StepTemplate, RegExp | null>();

/** The literal text of a template, placeholders as their names: what ranking compares. */
export function templateWords(template: StepTemplate): string {
  return template.map((piece) => (typeof piece === 'string' ? piece : ` ${piece.name} `)).join('');
}
