import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/corpus.js';

const eslint = new ESLint({ cwd: repoRoot });

/** The messages of `no-restricted-imports` for `code` as if it were the file `file` of the repository. */
async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering of src/ (eslint.config.js)', () => {
  it.each([
    ['src/io/x.ts', "import { extractDesign } from '../design/extract-design.js';\nexport const x = extractDesign;\n", 'src/io may not import src/design'],
    ['src/io/x.ts', "import { indexFeature } from '../features/index-feature.js';\nexport const x = indexFeature;\n", 'src/io may not import src/features'],
    ['src/design/x.ts', "import { readText } from '../io/read-text.js';\nexport const x = readText;\n", 'src/design may not import src/io'],
    ['src/report/x.ts', "import { runCoverage } from '../api/run-coverage.js';\nexport const x = runCoverage;\n", 'src/report may not import src/api'],
    ['src/api/x.ts', "import { main } from '../cli/main.js';\nexport const x = main;\n", 'src/api may not import src/cli'],
  ])('fails lint for a wrong import in %s', async (file, code, expected) => {
    const errors = await layeringErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  it('lets the rooms import what the pipeline allows', async () => {
    expect(await layeringErrors('src/load/x.ts', "import { readText } from '../io/read-text.js';\nimport { indexFeature } from '../features/index-feature.js';\nexport const x = [readText, indexFeature];\n")).toEqual([]);
    expect(await layeringErrors('src/cli/commands/x.ts', "import { runCoverage } from '../../api/run-coverage.js';\nexport const x = runCoverage;\n")).toEqual([]);
  });
});
