import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'artifacts/', 'node_modules/', 'public/lists/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', 'idb', 'preact', 'preact/*'], message: 'core/ is pure logic' },
            {
              group: ['**/shared/**', '**/background/**', '**/content/**', '**/ui/**'],
              message: 'core/ imports only core/',
            },
          ],
        },
      ],
    },
  },
);
