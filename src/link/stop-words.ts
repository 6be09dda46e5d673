/**
 * Words that carry no meaning for matching a scenario to a requirement:
 * common English function words, the Gherkin step and block keywords, and
 * abbreviations such as `e.g.`. Compared before stemming, in lower case.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English function words
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are',
  'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by',
  'can', 'cannot', 'could', 'did', 'do', 'does', 'doing', 'done', 'down', 'during', 'each', 'either',
  'else', 'etc', 'even', 'ever', 'every', 'few', 'for', 'from', 'further', 'had', 'has', 'have',
  'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'however', 'i', 'if', 'in', 'into',
  'is', 'it', 'its', 'itself', 'just', 'may', 'me', 'might', 'more', 'most', 'much', 'must', 'my',
  'neither', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'or', 'other',
  'our', 'ours', 'out', 'over', 'own', 'per', 'same', 'shall', 'she', 'should', 'so', 'some',
  'still', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'then', 'there', 'these',
  'they', 'this', 'those', 'through', 'thus', 'to', 'too', 'under', 'until', 'up', 'upon', 'us',
  'very', 'via', 'was', 'we', 'were', 'what', 'whatever', 'when', 'where', 'whether', 'which',
  'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet',
  'you', 'your', 'yours',
  // Gherkin keywords (English)
  'given', 'feature', 'scenario', 'scenarios', 'background', 'example', 'examples', 'outline',
  'rule',
  // Abbreviations that survive tokenization as identifiers
  'e.g', 'i.e', 'vs',
]);
