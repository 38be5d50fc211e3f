/**
 * Size of the minified extension bundle. It is built in memory with the
 * options esbuild.js itself uses for dist/extension.js with --production, so
 * the benchmark measures the current source without touching dist/.
 */
import { build, type BuildOptions } from 'esbuild';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The bundle's entry point, relative to the repository root. */
export const EXTENSION_ENTRY = 'src/extension.ts';

/** Bytes of the minified bundle, or undefined when the extension entry point does not exist yet. */
export async function extensionBundleBytes(root: string): Promise<number | undefined> {
  if (!existsSync(`${root}/${EXTENSION_ENTRY}`)) return undefined;
  const { extensionOptions } = (await import(path.join(root, 'esbuild.js'))) as { extensionOptions: (minified: boolean) => BuildOptions };
  const result = await build({ ...extensionOptions(true), plugins: [], absWorkingDir: root, write: false, logLevel: 'silent' });
  return result.outputFiles.reduce((sum, f) => sum + f.contents.byteLength, 0);
}
