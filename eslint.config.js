import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // The pure core never imports React or the browser's storage (ARCHITECTURE.md: imports point inward).
    files: ['schemas/**/*.ts', 'templates/**/*.ts', 'src/domain/**/*.ts', 'src/document/**/*.ts', 'src/word/**/*.ts', 'src/draftFile/**/*.ts', 'src/summary/**/*.ts', 'src/routes/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react-hook-form'], message: 'Pure modules do not import React.' },
            { group: ['**/wizard/**', '**/app/**', '**/components/**', '**/review/**'], message: 'Imports point inward.' },
          ],
        },
      ],
    },
  },
  {
    files: ['schemas/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', 'react', 'react-dom'], message: 'schemas/ is the innermost layer.' }] }],
    },
  },
);
