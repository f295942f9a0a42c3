import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../eslint.config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = join(root, 'eslint.config.js');

/**
 * The layer rules of eslint.config.js, run by ESLint itself: a module that is not on disk, given a
 * place in src/ and importing real modules, and a cycle of two made-up modules in a folder of
 * their own. A wrong-direction import, a cycle and React in a layer without it must fail.
 */
describe('the layer rules in lint', () => {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: config });
  const problems = async (results: ESLint.LintResult[]) => results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
  const lint = async (path: string, code: string) => problems(await eslint.lintText(code, { filePath: join(root, path) }));

  it('fails an import against the layer order and passes the same import the right way', async () => {
    expect(await lint('src/domain/layerTest.ts', "import { PageHeading } from '../shell/PageHeading';\nexport const x = PageHeading;\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*domain\/ may import only schemas, templates, text/),
    ]);
    expect(await lint('src/storage/layerTest.ts', "import { href } from '../routes/hashRoute';\nexport const x = href;\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*storage\//),
    ]);
    expect(await lint('src/review/layerTest.ts', "import { StepForm } from '../wizard/StepForm';\nexport const x = StepForm;\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*review\//),
    ]);
    expect(await lint('src/shell/layerTest.ts', "import { STEP_IDS } from '../domain/steps';\nexport const x = STEP_IDS;\n")).toEqual([]);
  });

  it('fails React in a layer without it', async () => {
    expect(await lint('src/word/layerTest.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*does not import React/),
    ]);
  });

  it('lets text/ name domain types but not run domain code', async () => {
    expect(await lint('src/text/layerTest.ts', "import type { StepId } from '../domain/steps';\nexport const x = (s: StepId) => s;\n")).toEqual([]);
    expect(await lint('src/text/layerTest.ts', "import { STEP_IDS } from '../domain/steps';\nexport const x = STEP_IDS;\n")).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*never run domain code/),
    ]);
  });

  it('fails code that tests which round it is, and passes a flag from the round\'s data', async () => {
    const rule = expect.stringMatching(/^no-restricted-syntax: Do not test which round it is/);
    expect(await lint('src/wizard/roundTest.tsx', "export const f = (d: { schemeId: string }) => d.schemeId === 'nazorg-mbo-2022-2024';\n")).toEqual([rule]);
    expect(await lint('src/domain/roundTest.ts', "export const f = (scheme: { id: string }) => scheme.id.startsWith('nazorg-');\n")).toEqual([rule]);
    expect(
      await lint('src/document/roundTest.ts', "export const f = (id: string) => {\n  switch (id) {\n    case 'ebn-mbo-2021-2022':\n      return 1;\n    default:\n      return 2;\n  }\n};\n"),
    ).toEqual([rule]);
    expect(await lint('src/wizard/roundTest.tsx', 'export const f = (scheme: { conditions: { noFee?: object } }) => scheme.conditions.noFee !== undefined;\n')).toEqual([]);
  });

  describe('cycles', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'layers-'));
      mkdirSync(join(dir, 'src/storage'), { recursive: true });
      writeFileSync(join(dir, 'src/storage/a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'src/storage/b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('fails a cycle', async () => {
      const inTemp = new ESLint({ cwd: dir, overrideConfigFile: config });
      expect(await problems(await inTemp.lintFiles([join(dir, 'src/storage/a.ts')]))).toEqual([expect.stringMatching(/^import-x\/no-cycle:/)]);
    });
  });

  it('knows every folder of src/ with code as a layer', () => {
    const hasCode = (folder: string): boolean =>
      readdirSync(folder, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasCode(join(folder, e.name)) : /\.tsx?$/.test(e.name)));
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && hasCode(join(root, 'src', e.name)))
      .map((e) => `src/${e.name}`);
    const known = new Set(Object.values(LAYERS).map((l) => l.dir));
    expect(folders.filter((f) => !known.has(f))).toEqual([]);
    expect(folders.length).toBeGreaterThan(10);
  });
});
