import type { Background, FeatureChild } from '@cucumber/messages';
import { parseGherkin } from '../features/parse-gherkin.js';
import { designSlug } from '../features/tag-kinds.js';
import { fromCucumberExpression, fromParsePattern, fromRegex, type StepTemplate } from './step-template.js';

/** Which keywords a step phrase goes with: behave keeps Given, When and Then apart; `any` goes with all. */
export type StepKind = 'given' | 'when' | 'then' | 'any';

/** A step definition found in a step file, turned into a template. */
export interface StepDefinition {
  kind: StepKind;
  template: StepTemplate;
  file: string;
  line: number;
}

/** A step of an existing scenario or Background. */
export interface UsedStep {
  kind: StepKind;
  text: string;
  file: string;
  line: number;
}

/** What a feature file tells about the suite's vocabulary. */
export interface FeatureSteps {
  steps: UsedStep[];
  /** `@design:` slugs of its Feature. */
  designs: string[];
  /** Its Background, as lines without the common indentation, or null. */
  background: string[] | null;
  /** Its dialect, or null when it does not parse. */
  language: string | null;
}

const PY_DECORATOR = /@(given|when|then|step)\s*\(\s*/gi;
const PY_MATCHER = /\buse_step_matcher\s*\(\s*["'](\w+)["']/g;
const JS_CALL = /\b(Given|When|Then|defineStep|Step)\s*\(\s*/g;

/** A function giving the 1-based line of an offset, for offsets asked in increasing order (linear overall). */
function lineCounter(text: string): (index: number) => number {
  let line = 1;
  let at = 0;
  return (index) => {
    for (let i = text.indexOf('\n', at); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      at = i + 1;
    }
    return line;
  };
}

/** The string literal at `start` (`'…'`, `"…"`, Python prefixes `u`/`r`, JS template without `${`), unescaped, or null. */
function stringAt(text: string, start: number, python: boolean): string | null {
  const prefix = python ? /^[uUrRbB]{0,2}/.exec(text.slice(start, start + 2))?.[0] ?? '' : '';
  const raw = /r/i.test(prefix);
  let i = start + prefix.length;
  const quote = text[i];
  if (quote !== '"' && quote !== "'" && (python || quote !== '`')) return null;
  let out = '';
  for (i++; i < text.length && i - start < 10_000; i++) {
    const ch = text[i] as string;
    if (ch === '\n' && quote !== '`') return null;
    if (ch === quote) return quote === '`' && out.includes('${') ? null : out;
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i] as string;
      // Python keeps unknown escapes (`'\d'` is `\d`) and raw strings keep all; JavaScript drops the backslash.
      out += raw ? `\\${next}` : next === quote || next === '\\' || !python ? next : `\\${next}`;
    } else out += ch;
  }
  return null;
}

/** A JavaScript regular expression literal at `start` (its source), or null. */
function regexAt(text: string, start: number): string | null {
  if (text[start] !== '/') return null;
  let inClass = false;
  for (let i = start + 1; i < text.length && i - start < 10_000; i++) {
    const ch = text[i];
    if (ch === '\n') return null;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '/') return text.slice(start + 1, i);
  }
  return null;
}

function kindOf(word: string): StepKind {
  const lower = word.toLowerCase();
  return lower === 'given' || lower === 'when' || lower === 'then' ? lower : 'any';
}

/** The step definitions of a behave step module (`@given('…')`, `parse` or, after `use_step_matcher('re')`, regex). Read as text, never run. */
export function readBehaveSteps(text: string, file: string): StepDefinition[] {
  const switches = [...text.matchAll(PY_MATCHER)].map((m) => ({ at: m.index, matcher: m[1] ?? 'parse' }));
  const found: StepDefinition[] = [];
  const lineAt = lineCounter(text);
  for (const match of text.matchAll(PY_DECORATOR)) {
    const pattern = stringAt(text, match.index + match[0].length, true);
    if (pattern === null) continue;
    const matcher = switches.filter((s) => s.at < match.index).at(-1)?.matcher ?? 'parse';
    const template = matcher === 're' ? fromRegex(pattern) : fromParsePattern(pattern);
    if (template) found.push({ kind: kindOf(match[1] ?? ''), template, file, line: lineAt(match.index) });
  }
  return found;
}

/** The step definitions of a cucumber-js support file (`Given('…', …)`, `When`, `Then`, `defineStep`). Read as text, never run. */
export function readCucumberSteps(text: string, file: string): StepDefinition[] {
  const found: StepDefinition[] = [];
  const lineAt = lineCounter(text);
  for (const match of text.matchAll(JS_CALL)) {
    const at = match.index + match[0].length;
    const regex = regexAt(text, at);
    const expression = regex === null ? stringAt(text, at, false) : null;
    const template = regex !== null ? fromRegex(regex) : expression !== null ? fromCucumberExpression(expression) : null;
    if (template) found.push({ kind: kindOf(match[1] ?? ''), template, file, line: lineAt(match.index) });
  }
  return found;
}

const KEYWORD_KINDS: Readonly<Record<string, StepKind>> = { Context: 'given', Action: 'when', Outcome: 'then' };

function backgroundLines(lines: readonly string[], background: Background): string[] {
  const start = background.location.line - 1;
  const last = Math.max(start, ...background.steps.map((step) => (step.docString?.location.line ?? step.location.line) - 1));
  let end = last + 1;
  // A doc string or table runs past its step's line.
  while (end < lines.length && /^\s*(\||"""|```)/.test(lines[end] ?? '')) {
    const fence = /^\s*("""|```)/.exec(lines[end] ?? '')?.[1];
    end++;
    if (fence) while (end < lines.length && !(lines[end - 1] ?? '').trim().startsWith(fence)) end++;
  }
  const block = lines.slice(start, end).filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const indent = Math.min(...block.map((line) => line.length - line.trimStart().length));
  return block.map((line) => line.slice(indent));
}

/** The steps of a feature file's scenarios and Background (And and But take the kind before), its `@design:` slugs and Background. */
export function readFeatureSteps(text: string, file: string): FeatureSteps {
  const feature = parseGherkin(text, file).document?.feature;
  if (!feature) return { steps: [], designs: [], background: null, language: null };
  const steps: UsedStep[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  // Scenarios gherkin-bridge wrote (a provenance comment just above) are not the suite's own words.
  const generated = (first: number): boolean => [first - 2, first - 3].some((i) => /^\s*#\s*gherkin-bridge:/.test(lines[i] ?? ''));
  let background: string[] | null = null;
  const visit = (children: readonly FeatureChild[]): void => {
    for (const child of children) {
      const block = child.background ?? child.scenario;
      if (child.rule) visit(child.rule.children as FeatureChild[]);
      if (child.background && background === null && children === feature.children) background = backgroundLines(lines, child.background);
      if (child.scenario && generated(child.scenario.tags[0]?.location.line ?? child.scenario.location.line)) continue;
      let kind: StepKind = 'given';
      for (const step of block?.steps ?? []) {
        kind = KEYWORD_KINDS[step.keywordType ?? ''] ?? kind;
        if (!step.text.startsWith('TODO')) steps.push({ kind, text: step.text, file, line: step.location.line });
      }
    }
  };
  visit(feature.children);
  const designs = feature.tags.map((tag) => designSlug(tag.name)).filter((slug) => slug !== null);
  return { steps, designs, background, language: feature.language };
}
