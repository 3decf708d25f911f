import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

// Layering (design.md, convention 1): shared/ is pure; renderer/ reaches the outside only through platform/;
// electron/ knows nothing of React.
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads', 'node:*'];
// The optimiser is one module to the rest of the code: only shared/optimiser/index.ts (tests may reach inside).
const optimiserInternals = {
  group: ['**/optimiser/*', '**/optimiser/*/**', '!**/optimiser/index'],
  message: 'Import the optimiser through its entry, shared/optimiser (index.ts).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'release',
      'coverage',
      '.tmp',
      '**/*.d.ts',
      'shared/optimiser/search/kernel/assembly',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'electron', 'dexie', 'zustand', 'd3', 'd3-*'],
              message: 'shared/ is pure TypeScript.',
            },
            { group: nodeBuiltins, message: 'shared/ has no Node imports.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports only shared/.' },
            optimiserInternals,
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the outside only through platform/.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer reaches the outside only through platform/.' },
            { group: ['**/electron/**'], message: 'The renderer never imports the main process.' },
            optimiserInternals,
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '**/renderer/**'], message: 'electron/ knows nothing of React.' },
            optimiserInternals,
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [optimiserInternals] }] },
  },
);
