/**
 * Finds and reads source files for the CLI: folders are walked for .txt, .md
 * and .html files, globs are expanded, and every path is reported as the user
 * passed it. Symbolic links are never followed, so a link loop cannot trap
 * the walk. Missing, unreadable, binary and oversized files are skipped with a
 * reason, never fatal; oversized files are never read.
 */
import { open, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { SourceInput } from '../core/model';
import { SOURCE_EXTENSIONS } from '../core/settings';
import { decodeText } from '../core/source/decodeText';

/** A source path, folder or glob that gave no text, and why. */
export interface SkippedSource {
  readonly path: string;
  readonly reason: string;
}

/** Something the user should know about a source that was read (replaced bytes, an empty file). */
export interface SourceWarning {
  readonly path: string;
  readonly message: string;
}

/** Sources read, and what was skipped with why. */
export interface LoadedSources {
  readonly inputs: SourceInput[];
  readonly skipped: SkippedSource[];
  readonly warnings: SourceWarning[];
}

/** How sources are read. */
export interface LoadOptions {
  /** Files larger than this are skipped without being read. */
  readonly maxFileBytes: number;
  /** The folder relative paths and globs are resolved in (default: the working directory); paths are still reported as given. */
  readonly cwd?: string;
}

/** Files read at the same time: enough to hide latency, few enough never to run out of file handles. */
const CONCURRENCY = 16;

/** Expands folders and globs into file paths (relative to `cwd` when they are relative), in a stable order; specs that give no files are reported, not thrown. */
export async function resolveSourcePaths(specs: readonly string[], cwd?: string): Promise<{ files: string[]; skipped: SkippedSource[] }> {
  const inCwd = (p: string): string => (cwd === undefined ? p : path.resolve(cwd, p));
  const files = new Set<string>();
  const skipped: SkippedSource[] = [];
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      const found = await glob(spec, { onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, absolute: path.isAbsolute(spec), ...(cwd !== undefined ? { cwd } : {}) });
      if (found.length === 0) skipped.push({ path: spec, reason: 'the glob matches no files' });
      for (const f of found.sort()) files.add(f);
      continue;
    }
    const info = await stat(inCwd(spec)).catch((e: unknown) => describeFsError(e, 'not found'));
    if (typeof info === 'string') {
      skipped.push({ path: spec, reason: info });
    } else if (info.isDirectory()) {
      const found = await glob(`**/*.{${SOURCE_EXTENSIONS.join(',')}}`, { cwd: inCwd(spec), onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
      if (found.length === 0) skipped.push({ path: spec, reason: `the folder has no .${SOURCE_EXTENSIONS.join(', .')} files` });
      for (const f of found.sort()) files.add(path.join(spec, f));
    } else {
      files.add(spec);
    }
  }
  return { files: [...files], skipped };
}

/** Reads files in order; each one that cannot be used as text is skipped with a reason. */
export async function readSourceFiles(files: readonly string[], options: LoadOptions): Promise<LoadedSources> {
  const results: (SourceInput | SkippedSource | undefined)[] = new Array<undefined>(files.length);
  const warnings: SourceWarning[][] = files.map(() => []);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      const read = await readOne(options.cwd === undefined ? file : path.resolve(options.cwd, file), options.maxFileBytes);
      if ('skip' in read) {
        results[i] = { path: file, reason: read.skip };
      } else {
        results[i] = { path: file, text: read.text };
        warnings[i] = read.warnings.map((message) => ({ path: file, message }));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  const inputs: SourceInput[] = [];
  const skipped: SkippedSource[] = [];
  for (const r of results) {
    if (r && 'text' in r) inputs.push(r);
    else if (r) skipped.push(r);
  }
  return { inputs, skipped, warnings: warnings.flat() };
}

/** Resolves the specs and reads every file they name. */
export async function loadSources(specs: readonly string[], options: LoadOptions): Promise<LoadedSources> {
  const resolved = await resolveSourcePaths(specs, options.cwd);
  const read = await readSourceFiles(resolved.files, options);
  return { inputs: read.inputs, skipped: [...resolved.skipped, ...read.skipped], warnings: read.warnings };
}

/** Reads one file, checking its size before reading any of it. */
async function readOne(file: string, maxBytes: number): Promise<{ text: string; warnings: string[] } | { skip: string }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { skip: info.isDirectory() ? 'is a folder' : 'not a regular file' };
    if (info.size > maxBytes) return { skip: tooLarge(info.size, maxBytes) };
    const handle = await open(file, 'r');
    try {
      const size = (await handle.stat()).size;
      if (size > maxBytes) return { skip: tooLarge(size, maxBytes) };
      const bytes = new Uint8Array(size);
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return decodeText(bytes.subarray(0, filled));
    } finally {
      await handle.close();
    }
  } catch (e) {
    return { skip: describeFsError(e, 'no longer exists (deleted or renamed while indexing)') };
  }
}

function tooLarge(size: number, maxBytes: number): string {
  return `${formatSize(size)} is over the ${formatSize(maxBytes)} limit (--max-file-size-mb)`;
}

/** "3072 MB", "12.5 KB", "104 bytes". */
function formatSize(bytes: number): string {
  const round = (n: number): string => n.toFixed(1).replace(/\.0$/, '');
  if (bytes >= 2 ** 20) return `${round(bytes / 2 ** 20)} MB`;
  if (bytes >= 2 ** 10) return `${round(bytes / 2 ** 10)} KB`;
  return `${Math.floor(bytes)} bytes`;
}

/** A one-line reason for a file-system error; `missing` says what a missing path means where it happened. */
function describeFsError(e: unknown, missing: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return missing;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a folder';
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unreadable';
}
