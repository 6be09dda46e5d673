import parse from '@cucumber/tag-expressions';
import { ConfigError } from './resolve-options.js';

const NEW_SYNTAX = /\b(?:and|or|not)\b|[()]/;

function withAt(tag: string): string {
  return tag.startsWith('@') ? tag : `@${tag}`;
}

/**
 * One `--tags` value as a Cucumber tag expression; behave 1.2.6's form is turned into one
 * (`-skip` / `~@skip` -> `not @skip`, `@a,@b` -> `@a or @b`, `wip` -> `@wip`).
 */
export function toTagExpression(value: string): string {
  if (NEW_SYNTAX.test(value)) return value;
  const alternatives = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^[-~]/.test(part) ? `not ${withAt(part.slice(1))}` : withAt(part)));
  return alternatives.length > 1 ? `(${alternatives.join(' or ')})` : (alternatives[0] ?? '');
}

/**
 * Whether a run selects a scenario with these tags (names with `@`, inherited included): `--tags`
 * values ANDed as behave does; null for none; a value that does not parse is a ConfigError.
 */
export function tagSelector(values: readonly string[]): ((tags: readonly string[]) => boolean) | null {
  const nodes = values
    .filter((value) => toTagExpression(value).trim() !== '')
    .map((value) => {
      try {
        return parse(toTagExpression(value));
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new ConfigError(`Unexpected tag expression "${value}" (${why}), expected for example "not @skip and (@a or @b)"`);
      }
    });
  if (nodes.length === 0) return null;
  return (tags) => nodes.every((node) => node.evaluate([...tags]));
}
