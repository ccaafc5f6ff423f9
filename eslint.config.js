// Lint rules: typescript-eslint, React hooks, strict jsx-a11y, no user-visible literals in JSX,
// and the fence that keeps Dexie inside src/storage.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LITERAL_ATTRIBUTES = /^(aria-label|aria-description|alt|title|placeholder|label)$/;

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'icons',
      'public',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, react, 'jsx-a11y': jsxA11y },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'react/button-has-type': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // Every user-visible string comes from locales/ through i18next.
      'react/jsx-no-literals': [
        'error',
        { noStrings: false, ignoreProps: true, allowedStrings: [] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name=${LITERAL_ATTRIBUTES}] > Literal[value=/\\p{L}/u]`,
          message: 'Put user-visible text in locales/ and use t().',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      // Only src/storage touches IndexedDB.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src/storage may import dexie. Use a repository.' },
          ],
          patterns: [{ group: ['**/storage/*'], message: 'Import from storage/index.ts.' }],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*'],
              message: 'domain and storage never import React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'domain is pure: no storage.' }],
          patterns: [
            {
              group: ['react', 'react-*', '../storage/*', '../storage'],
              message: 'domain is pure.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
