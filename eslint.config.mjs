// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/** Node built-ins, bare and with the `node:` prefix, which `src/core/` must never import. */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * A layer's import rule: its `files` import none of `paths` (module name → why not), no Node built-in when
 * `builtins` gives the reason, and, with `protocolOnly` (the relative ways to the server folder), nothing of
 * the server but its request contract, `server/protocol.ts`.
 * @param {string[]} files
 * @param {Record<string, string>} paths
 * @param {{ builtins?: string, protocolOnly?: string[] }} [options]
 */
function restrictImports(files, paths, { builtins, protocolOnly } = {}) {
  const named = Object.entries(paths).map(([name, message]) => ({ name, message }));
  const builtin = builtins ? nodeBuiltins.map((name) => ({ name, message: builtins })) : [];
  const group = (protocolOnly ?? []).flatMap((way) => [`${way}*`, `!${way}protocol`]);
  const patterns = group.length > 0 ? [{ group, message: 'The client talks to the server over LSP: only the request contract in server/protocol.ts.' }] : [];
  return { files, rules: { 'no-restricted-imports': ['error', { paths: [...named, ...builtin], ...(patterns.length > 0 ? { patterns } : {}) }] } };
}

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
  restrictImports(['src/core/**/*.ts'], { vscode: 'src/core is pure: no vscode import.' }, { builtins: 'src/core is pure: no Node built-ins; file access arrives from outside.' }),
  restrictImports(
    ['src/server/**/*.ts'],
    {
      vscode: 'The language server never imports vscode.',
      'vscode-languageserver/node': 'The server takes its connection from its entry (sourced lsp, a worker, the desktop entry): it runs in Node and in the browser.',
    },
    { builtins: 'The language server also runs in a browser worker: no Node built-ins; files arrive through its SourceHost.' },
  ),
  // The desktop entry: the one server file that takes its connection from vscode-languageserver/node (Node IPC).
  restrictImports(['src/server/nodeMain.ts'], { vscode: 'The language server never imports vscode.' }, { builtins: 'The server reads files through its SourceHost, not Node built-ins.' }),
  // The client shared by the desktop and browser entries: neither transport's client, no server internals.
  restrictImports(
    ['src/vscode/**/*.ts'],
    {
      'vscode-languageclient/node': 'src/vscode is shared with the browser entry: the Node client is started in src/extension.ts only.',
      'vscode-languageclient/browser': 'src/vscode is shared with the desktop entry: the browser client is started in src/web/extension.ts only.',
    },
    { builtins: 'src/vscode also runs in the Web Worker extension host: no Node built-ins.', protocolOnly: ['../server/', '../../server/'] },
  ),
  restrictImports(
    ['src/web/**/*.ts'],
    { 'vscode-languageclient/node': 'The browser client runs in the Web Worker extension host: use vscode-languageclient/browser.' },
    { builtins: 'The browser client runs in the Web Worker extension host: no Node built-ins (there is no process there).', protocolOnly: ['../server/'] },
  ),
  restrictImports(['src/cli/**/*.ts'], { vscode: 'The CLI never imports vscode.' }),
);
