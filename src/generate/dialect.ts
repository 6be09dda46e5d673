import { dialects } from '@cucumber/gherkin';
import type { StepKeyword } from '../model.js';
import { GenerateError } from './generate-error.js';

const STEP_KINDS = ['given', 'when', 'then', 'and', 'but'] as const;
type StepKind = (typeof STEP_KINDS)[number];
const NAMES = ['feature', 'background', 'rule', 'scenario', ...STEP_KINDS] as const;

/** The keywords of one Gherkin dialect, step keywords with its spacing (`Given `, `前提`): a step is `keyword + text`. */
export type Keywords = Record<(typeof NAMES)[number], string> & {
  /** Dialect code (`en`, `fr`). */
  language: string;
  /** `# language: fr`, or empty for English, which needs no header. */
  languageLine: string;
  /** Every keyword of each step kind, in the dialect's order (`* ` left out). */
  choices: Record<StepKind, string[]>;
};

/**
 * The dialect's first keyword for a step of that kind that the parser reads back with the same text (in Old English
 * `Tha ` + `the x` reads as `Tha the ` + `x`), else `* `.
 */
export function stepKeyword(keywords: Keywords, keyword: StepKeyword | StepKind, text: string): string {
  const kind = keyword.toLowerCase() as StepKind;
  const every = STEP_KINDS.flatMap((k) => keywords.choices[k]);
  const safe = keywords.choices[kind].find((k) => !every.some((other) => other.length > k.length && `${k}${text}`.startsWith(other)));
  return safe ?? '* ';
}

/**
 * The keywords of a `@cucumber/gherkin` dialect: the first of each list but `* ` (the last for Scenario, listed after
 * `Example`); throws {@link GenerateError} (`unknown-language`) for an unknown code or a keyword missing.
 */
export function dialectKeywords(language: string): Keywords {
  const dialect = Object.hasOwn(dialects, language) ? dialects[language] : undefined;
  if (dialect === undefined) {
    throw new GenerateError(`Unexpected language "${language}", expected a Gherkin dialect code such as en, fr, de or ja`, {
      kind: 'unknown-language',
    });
  }
  const list = (name: (typeof NAMES)[number]): string[] =>
    [...(dialect[name] ?? [])].filter((keyword) => keyword.trim() !== '*' && keyword.trim() !== '');
  const picked = Object.fromEntries(NAMES.map((name) => [name, name === 'scenario' ? list(name).at(-1) : list(name)[0]]));
  const missing = NAMES.filter((name) => picked[name] === undefined);
  if (missing.length > 0) {
    throw new GenerateError(`Unexpected dialect "${language}" without a ${missing.join(', ')} keyword, expected every keyword generated scenarios use`, {
      kind: 'unknown-language',
    });
  }
  return {
    language,
    languageLine: language === 'en' ? '' : `# language: ${language}`,
    ...(picked as Record<(typeof NAMES)[number], string>),
    choices: Object.fromEntries(STEP_KINDS.map((kind) => [kind, list(kind)])) as Record<StepKind, string[]>,
  };
}
