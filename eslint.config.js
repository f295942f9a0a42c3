import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { fileURLToPath } from 'node:url';

/** Zones are paths from the repository root, wherever ESLint is started. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * The layers, lowest first, and what each may import (README, "How it is built"). A folder under
 * src/ with code that is not here fails the layer test (scripts/eslintLayers.test.ts); an import a layer may
 * not make fails `npm run lint`. Test files may reach across (they wire real parts together).
 */
export const LAYERS = {
  schemas: { dir: 'schemas', may: [] },
  templates: { dir: 'templates', may: ['schemas'] },
  text: { dir: 'src/text', may: ['schemas'] },
  domain: { dir: 'src/domain', may: ['schemas', 'templates', 'text'] },
  routes: { dir: 'src/routes', may: ['domain'] },
  document: { dir: 'src/document', may: ['schemas', 'templates', 'text', 'domain'] },
  summary: { dir: 'src/summary', may: ['schemas', 'templates', 'text', 'domain', 'routes'] },
  word: { dir: 'src/word', may: ['schemas', 'templates', 'text', 'domain', 'document'] },
  draftFile: { dir: 'src/draftFile', may: ['schemas', 'templates', 'text', 'domain', 'word'] },
  storage: { dir: 'src/storage', may: ['schemas', 'templates', 'text', 'domain', 'draftFile'] },
  cli: { dir: 'src/cli', may: ['schemas', 'templates', 'text', 'domain', 'document', 'word', 'draftFile'] },
  components: { dir: 'src/components', may: ['schemas', 'text', 'domain', 'routes'] },
  shell: {
    dir: 'src/shell',
    may: ['schemas', 'templates', 'text', 'domain', 'routes', 'document', 'summary', 'word', 'draftFile', 'storage', 'components'],
  },
  wizard: { dir: 'src/wizard', may: ['schemas', 'templates', 'text', 'domain', 'routes', 'document', 'summary', 'word', 'draftFile', 'storage', 'components', 'shell'] },
  review: { dir: 'src/review', may: ['schemas', 'templates', 'text', 'domain', 'routes', 'document', 'summary', 'word', 'draftFile', 'storage', 'components', 'shell'] },
  drafts: { dir: 'src/drafts', may: ['schemas', 'templates', 'text', 'domain', 'routes', 'document', 'summary', 'word', 'draftFile', 'storage', 'components', 'shell'] },
  about: { dir: 'src/about', may: ['schemas', 'templates', 'text', 'domain', 'routes', 'components', 'shell'] },
  app: {
    dir: 'src/app',
    may: ['schemas', 'templates', 'text', 'domain', 'routes', 'document', 'summary', 'word', 'draftFile', 'storage', 'components', 'shell', 'wizard', 'review', 'drafts', 'about'],
  },
};

/** Layers without React: the CLI and the tests run exactly what the browser runs. */
const WITHOUT_REACT = ['schemas', 'templates', 'text', 'domain', 'routes', 'document', 'summary', 'word', 'draftFile', 'storage', 'cli'];

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/fixtures/**'];

/** A round's id (e.g. "nazorg-mbo-2022-2024") as a literal. */
const ROUND_ID = "/^[a-z][a-z0-9]*(-[a-z0-9]+)*-(19|20)\\d\\d-(19|20)\\d\\d$/";
/** Code that tests which round it is: comparing with, switching on or matching a round's id. */
const SCHEME_ID_TESTS = [
  `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${ROUND_ID}]`,
  `SwitchCase > Literal.test[value=${ROUND_ID}]`,
  `CallExpression[callee.property.name=/^(startsWith|endsWith|includes|match)$/][callee.object.property.name='schemeId']`,
  `CallExpression[callee.property.name=/^(startsWith|endsWith|includes|match)$/][callee.object.property.name='id'][callee.object.object.name=/scheme/i]`,
];
const SCHEME_ID_MESSAGE =
  'Do not test which round it is: give the rounds a flag or list in scheme.json (or a field an inRound predicate), so a new round is a new folder under templates/.';

/** One zone per layer: every other layer it may not import from. */
const zones = Object.entries(LAYERS).flatMap(([name, layer]) => {
  const from = Object.entries(LAYERS)
    .filter(([other]) => other !== name && !layer.may.includes(other))
    // text names domain's ids in its types (STEP_TITLES: Record<StepId, …>); no code: see the rule below.
    .filter(([other]) => !(name === 'text' && other === 'domain'))
    .map(([, l]) => `./${l.dir}`);
  return from.length ? [{ target: `./${layer.dir}`, from, message: `${name}/ may import only ${layer.may.join(', ') || 'nothing of this project'} (README, "How it is built").` }] : [];
});
// src/main.tsx starts the app: the only file above app/ (besides the tests).
zones.push({ target: './src/!(main).{ts,tsx}', from: Object.values(LAYERS).map((l) => `./${l.dir}`), message: 'Only src/main.tsx wires the app together.' });

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e-*', 'dist-single', 'dist-bench', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Imports follow the layers, and no module reaches itself again through its imports.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['schemas/**/*.ts', 'templates/**/*.ts', 'src/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { zones, basePath: ROOT }] },
  },
  {
    // A round's structure is its data (templates/<round>/scheme.json, the field tables' inRound): no code asks which round it is.
    files: ['schemas/**/*.ts', 'src/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      'no-restricted-syntax': ['error', ...SCHEME_ID_TESTS.map((selector) => ({ selector, message: SCHEME_ID_MESSAGE }))],
    },
  },
  {
    files: ['src/text/**/*.ts'],
    ignores: TESTS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/domain/**'], allowTypeImports: true, message: 'text/ may name domain types, never run domain code.' }] },
      ],
    },
  },
  {
    files: WITHOUT_REACT.map((name) => `${LAYERS[name].dir}/**/*.ts`),
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', 'react-hook-form', '@hookform/*'], message: 'This layer does not import React.' }] },
      ],
    },
  },
);
