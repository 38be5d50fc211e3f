// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/** Node built-ins, bare and with the `node:` prefix, which `src/core/` must never import. */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core is pure: no vscode import.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins; file access arrives from outside.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The language server never imports vscode.' },
            { name: 'vscode-languageserver/node', message: 'The server takes its connection from its entry (sourced lsp, a worker): it runs in Node and in the browser.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The language server also runs in a browser worker: no Node built-ins; files arrive through its SourceHost.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode-languageclient/node', message: 'The browser client runs in the Web Worker extension host: use vscode-languageclient/browser.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The browser client runs in the Web Worker extension host: no Node built-ins (there is no process there).' })),
          ],
          patterns: [{ group: ['../server/*', '!../server/protocol'], message: 'The client talks to the server over LSP: only the request contract in server/protocol.ts.' }],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The CLI never imports vscode.' }] }],
    },
  },
);
