import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'generated/', 'demo-output/', 'bench-output/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden in Vigie.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden in Vigie.' },
      ],
    },
  },
  {
    // The engine runs in Node, the content script and the background alike: no DOM, no extension APIs.
    files: ['engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'browser',
        'chrome',
        'navigator',
        'localStorage',
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt/*', 'webextension-polyfill', '../sites/*', '../db/*', '../overlay/*'] },
      ],
    },
  },
  prettier,
);
