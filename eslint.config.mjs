// One lint configuration for the whole repository.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'test-artifacts/**', 'schemas/json/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: the CLI, the server and the tests share it, and a web build could too.
    files: ['server/src/core/**/*.ts', 'schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*'], message: 'The core must not depend on VS Code or the LSP.' },
            { group: ['node:*', 'fs', 'path', 'child_process', 'net', 'http', 'https'], message: 'The core does no I/O.' },
          ],
        },
      ],
    },
  },
);
