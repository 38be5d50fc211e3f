// Build script in the shape of the official `yo code` esbuild template:
// bundles the desktop extension (dist/extension.js, a thin language client) and its language server for a
// Node process (dist/server.js), the CLI (dist/cli.js), and the browser build: the web extension
// (dist/web/extension.js) and its language server for a Web Worker (dist/web/server.js).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').Plugin} */
const esbuildProblemMatcherPlugin = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => {
      console.log('[watch] build started');
    });
    build.onEnd((result) => {
      result.errors.forEach(({ text, location }) => {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      });
      console.log('[watch] build finished');
    });
  },
};

/** Options shared by both bundles. */
const common = {
  bundle: true,
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  platform: 'node',
  target: 'node20',
  logLevel: 'silent',
  plugins: [esbuildProblemMatcherPlugin],
};

/**
 * Options for the extension bundle, shared with the benchmark's bundle-size check.
 * @param {boolean} minified
 * @returns {import('esbuild').BuildOptions}
 */
function extensionOptions(minified) {
  return { ...common, minify: minified, sourcemap: !minified, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] };
}

/**
 * Options for the browser bundles. With platform browser, esbuild fails on any Node built-in that an
 * import pulls in, so neither bundle can carry one (the Web Worker extension host has no `process`).
 * @param {string} entry
 * @param {string} outfile
 * @param {Partial<import('esbuild').BuildOptions>} extra
 * @returns {import('esbuild').BuildOptions}
 */
function browserOptions(entry, outfile, extra) {
  // Both run in Web Workers, which have no DOM: the `worker` export condition picks the builds that need none
  // (decode-named-character-reference's `browser` build calls document.createElement).
  return { ...common, platform: 'browser', target: 'es2022', conditions: ['worker'], entryPoints: [entry], outfile, ...extra };
}

async function main() {
  const contexts = await Promise.all([
    esbuild.context(extensionOptions(production)),
    esbuild.context({ ...common, entryPoints: ['src/server/nodeMain.ts'], outfile: 'dist/server.js' }),
    esbuild.context(browserOptions('src/web/extension.ts', 'dist/web/extension.js', { format: 'cjs', external: ['vscode'] })),
    esbuild.context(browserOptions('src/server/browserMain.ts', 'dist/web/server.js', { format: 'iife' })),
    esbuild.context({
      ...common,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      // ESM dependencies read import.meta.url, which a CommonJS bundle lacks: supply it from __filename.
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
  } else {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}

module.exports = { extensionOptions };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
