/**
 * Size of the minified extension bundle. It is built in memory with the same
 * settings `node esbuild.js --production` uses for dist/extension.js, so the
 * benchmark measures the current source without touching dist/.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

/** The bundle's entry point, relative to the repository root. */
export const EXTENSION_ENTRY = 'src/extension.ts';

/** Bytes of the minified bundle, or undefined when the extension entry point does not exist yet. */
export async function extensionBundleBytes(root: string): Promise<number | undefined> {
  if (!existsSync(`${root}/${EXTENSION_ENTRY}`)) return undefined;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [EXTENSION_ENTRY],
    bundle: true,
    format: 'cjs',
    minify: true,
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.reduce((sum, f) => sum + f.contents.byteLength, 0);
}
