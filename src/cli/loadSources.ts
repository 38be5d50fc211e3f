/**
 * Finds and reads source files for the CLI: folders are walked for .txt, .md
 * and .html files, globs are expanded, and every path is reported as the user
 * passed it. Unreadable or binary files are skipped with a message.
 */
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { SourceInput } from '../core/model';
import { decodeText } from '../core/source/decodeText';

/** Extensions read as sources when a folder is given. */
export const SOURCE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];

/** Sources read, and what was skipped with why. */
export interface LoadedSources {
  readonly inputs: SourceInput[];
  readonly skipped: { path: string; reason: string }[];
}

/** Expands folders and globs into file paths, in a stable order. Missing paths throw a one-line error. */
export async function resolveSourcePaths(specs: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      for (const f of (await glob(spec, { onlyFiles: true, followSymbolicLinks: false })).sort()) files.add(f);
      continue;
    }
    const info = await stat(spec).catch(() => undefined);
    if (!info) throw new Error(`sources not found: ${spec}`);
    if (info.isFile()) {
      files.add(spec);
      continue;
    }
    const pattern = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
    const found = await glob(pattern, { cwd: spec, onlyFiles: true, followSymbolicLinks: false });
    for (const f of found.sort()) files.add(path.join(spec, f));
  }
  return [...files];
}

/** Reads every path; binary and unreadable files are skipped, not fatal. */
export async function loadSources(specs: readonly string[]): Promise<LoadedSources> {
  const inputs: SourceInput[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const file of await resolveSourcePaths(specs)) {
    try {
      const decoded = decodeText(await readFile(file));
      if ('skip' in decoded) skipped.push({ path: file, reason: decoded.skip });
      else inputs.push({ path: file, text: decoded.text });
    } catch (e) {
      skipped.push({ path: file, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { inputs, skipped };
}
