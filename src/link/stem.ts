/** [suffix, replacement, shortest stem that may remain]; longest suffixes first. */
const DERIVATIONAL: readonly (readonly [string, string, number])[] = [
  ['ization', '', 3],
  ['ational', '', 3],
  ['ation', '', 3],
  ['ition', '', 3],
  ['ement', 'e', 3],
  ['ment', '', 4],
  ['ness', '', 3],
  ['ance', '', 3],
  ['ence', '', 3],
  ['able', '', 4],
  ['ible', '', 4],
  ['sion', 's', 3],
  ['tion', 't', 3],
  ['ity', '', 3],
  ['ful', '', 3],
  ['ive', '', 3],
  ['ate', '', 3],
  ['ize', '', 3],
  ['ise', '', 3],
  ['sis', 's', 3],
  ['ly', '', 4],
  ['al', '', 4],
  ['er', '', 3],
  ['y', '', 4],
];

/** Endings after which `-ed` / `-ing` removed a silent `e`. */
const E_RESTORING: readonly string[] = ['at', 'bl', 'iz', 'is', 'nc', 'iv'];

const ASCII_WORD = /^[a-z]+$/;

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';
}

function hasVowel(word: string): boolean {
  return /[aeiouy]/.test(word);
}

function stripPlural(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    const rest = word.slice(0, -1);
    // `tls`, `cvs`: no vowel left means it was not a plural
    if (rest.length >= 2 && hasVowel(rest)) return rest;
  }
  return word;
}

function stripInflection(word: string): string {
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length < 2 || !hasVowel(rest)) return word;
    // Restore the `e` the inflection dropped, so the derivational step sees `-ate`, `-ize`, `-able`, `-ence`, `-ive`
    if (E_RESTORING.some((ending) => rest.endsWith(ending))) return `${rest}e`;
    const last = rest[rest.length - 1];
    // A doubled consonant (`stopped`) is one, except l, s and z (`called`, `passed`).
    const doubled = rest.length >= 3 && last === rest[rest.length - 2] && !isVowel(last) && !'lsz'.includes(last as string);
    return doubled ? rest.slice(0, -1) : rest;
  }
  return word;
}

function stripDerivation(word: string): string {
  for (const [suffix, replacement, minStem] of DERIVATIONAL) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length < minStem || !hasVowel(rest)) continue;
    // `-y` only goes after a consonant (`retry`, `policy`), not in `deploy`
    if (suffix === 'y' && isVowel(rest[rest.length - 1])) continue;
    return rest + replacement;
  }
  return word;
}

/**
 * A light English suffix stripper (Porter's first steps): the forms of one word give one key, not a
 * dictionary word (`migrations` -> `migr`). Short or non-ASCII words come back only lower-cased.
 */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 2 || !ASCII_WORD.test(lower)) return lower;
  let result = stripPlural(lower);
  result = stripInflection(result);
  result = stripDerivation(result);
  if (result.length > 2 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}
