import path from 'node:path';
import type { Design } from '../model.js';
import { discover } from '../io/discover.js';
import { readText } from '../io/read-text.js';
import { readBehaveSteps, readCucumberSteps, readFeatureSteps, type FeatureSteps } from '../vocabulary/read-sources.js';
import { buildVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js';
import { mapLimited } from '../load/load-project.js';
import type { GenerateOptions } from '../generate/options.js';

/** The suite's vocabulary and what each feature file tells about it. */
export interface LoadedVocabulary {
  vocabulary: Vocabulary;
  features: Map<string, FeatureSteps>;
}

async function readAll(root: string, files: readonly string[]): Promise<Map<string, string>> {
  const texts = await mapLimited(files, async (file) => {
    const read = await readText(file, path.resolve(root, file));
    return read.ok ? read.text : null;
  });
  // A file that cannot be read adds nothing: coverage reports it.
  return new Map(files.flatMap((file, i) => (texts[i] === null ? [] : [[file, texts[i] as string]])));
}

/** Read the suite's step definitions (behave `.py`, cucumber-js `.js/.mjs/.cjs/.ts`) and feature files as text, running nothing. */
export async function loadVocabulary(root: string, globs: { features: readonly string[]; steps: readonly string[] }): Promise<LoadedVocabulary> {
  const [featureFiles, stepFiles] = await Promise.all([discover(root, globs.features), discover(root, globs.steps)]);
  const [featureTexts, stepTexts] = await Promise.all([readAll(root, featureFiles), readAll(root, stepFiles)]);
  const features = new Map([...featureTexts].map(([file, text]) => [file, readFeatureSteps(text, file)]));
  const definitions = [...stepTexts].flatMap(([file, text]) =>
    file.endsWith('.py') ? readBehaveSteps(text, file) : readCucumberSteps(text, file),
  );
  const used = [...features.values()].flatMap((feature) => feature.steps);
  return { vocabulary: buildVocabulary(definitions, used), features };
}

/**
 * Step suggestions for `design`'s scenarios written to `target` in `folder` (the steps of that folder and
 * of the files linked to the design are preferred), and with `fresh` the Background shared by the folder.
 */
export function suiteOptions(
  suite: LoadedVocabulary | null,
  design: Design,
  target: { folder: string; file: string; language: string; fresh: boolean },
): Partial<GenerateOptions> {
  if (!suite) return {};
  const linked = [...suite.features].filter(([, feature]) => feature.designs.includes(design.slug)).map(([file]) => file);
  const background = target.fresh ? sharedBackground(suite, target.folder, target.language, target.file) : undefined;
  return {
    vocabulary: { vocabulary: suite.vocabulary, preferred: [target.folder, ...linked] },
    ...(background ? { background } : {}),
  };
}

/** The Background every feature file directly in `folder` (but `target`) starts with, when they all have the same one in `language`. */
function sharedBackground(loaded: LoadedVocabulary, folder: string, language: string, target: string): string[] | undefined {
  const here = [...loaded.features]
    .filter(([file]) => file !== target && path.posix.dirname(file) === folder)
    .map(([, feature]) => feature);
  const first = here[0]?.background;
  if (!first) return undefined;
  const same = here.every((f) => f.language === language && f.background !== null && f.background.join('\n') === first.join('\n'));
  return same ? first : undefined;
}
