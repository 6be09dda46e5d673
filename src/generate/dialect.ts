import { dialects } from '@cucumber/gherkin';
import type { StepKeyword } from '../model.js';
import { GenerateError } from './generate-error.js';

/**
 * The keywords generated text is written with, in one Gherkin dialect. Step
 * keywords keep the dialect's spacing (`Given `, but `前提` without a space),
 * so a step is `keyword + text`.
 */
export interface Keywords {
  /** Dialect code (`en`, `fr`). */
  language: string;
  /** `# language: fr`, or empty for English, which needs no header. */
  languageLine: string;
  feature: string;
  background: string;
  rule: string;
  scenario: string;
  given: string;
  when: string;
  then: string;
  and: string;
  but: string;
  /** Every keyword of each step kind, in the dialect's order (`* ` left out). */
  choices: Record<StepKind, string[]>;
}

type StepKind = 'given' | 'when' | 'then' | 'and' | 'but';
const STEP_KINDS: readonly StepKind[] = ['given', 'when', 'then', 'and', 'but'];

/**
 * The dialect's keyword for a step of that kind and text: the first whose
 * line the parser reads back with the same text, since a longer keyword may
 * start with a shorter one plus the text's first word (Old English `Tha ` and
 * `Tha the `); `* ` when none does.
 */
export function stepKeyword(keywords: Keywords, keyword: StepKeyword | StepKind, text: string): string {
  const kind = keyword.toLowerCase() as StepKind;
  const every = STEP_KINDS.flatMap((k) => keywords.choices[k]);
  const line = (k: string): string => `${k}${text}`;
  const safe = keywords.choices[kind].find((k) => !every.some((other) => other.length > k.length && line(k).startsWith(other)));
  return safe ?? '* ';
}

/** First keyword that is not the `* ` every dialect shares, or undefined. */
function first(list: readonly string[] | undefined): string | undefined {
  return list?.find((keyword) => keyword.trim() !== '*' && keyword.trim() !== '');
}

/**
 * The keywords of a dialect of `@cucumber/gherkin`: the first of each list,
 * except for Scenario, where the last is taken (the lists put `Example` before
 * `Scenario`). Throws {@link GenerateError} (`unknown-language`) for a code
 * that is not a dialect or a dialect missing a keyword generated text needs.
 */
export function dialectKeywords(language: string): Keywords {
  const dialect = Object.hasOwn(dialects, language) ? dialects[language] : undefined;
  if (dialect === undefined) {
    throw new GenerateError(`Unexpected language "${language}", expected a Gherkin dialect code such as en, fr, de or ja`, {
      kind: 'unknown-language',
    });
  }
  const scenario = [...dialect.scenario].reverse();
  const picked = {
    feature: first(dialect.feature),
    background: first(dialect.background),
    rule: first(dialect.rule),
    scenario: first(scenario),
    given: first(dialect.given),
    when: first(dialect.when),
    then: first(dialect.then),
    and: first(dialect.and),
    but: first(dialect.but),
  };
  const missing = Object.entries(picked).filter(([, keyword]) => keyword === undefined).map(([name]) => name);
  if (missing.length > 0) {
    throw new GenerateError(`Unexpected dialect "${language}" without a ${missing.join(', ')} keyword, expected every keyword generated scenarios use`, {
      kind: 'unknown-language',
    });
  }
  const choices = Object.fromEntries(
    STEP_KINDS.map((kind) => [kind, dialect[kind].filter((keyword) => keyword.trim() !== '*' && keyword.trim() !== '')]),
  ) as Record<StepKind, string[]>;
  return {
    language,
    languageLine: language === 'en' ? '' : `# language: ${language}`,
    ...(picked as Omit<Keywords, 'language' | 'languageLine' | 'choices'>),
    choices,
  };
}
