/**
 * The language server's access to source files when it runs as
 * `sourced lsp`: the disk, read the way the other `sourced` commands read it
 * (see `loadSources.ts`), with globs resolved inside each workspace folder.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SOURCE_EXTENSIONS } from '../core/settings';
import type { HostFolderSources, SourceHost } from '../server/host';
import { readSourceFiles, resolveSourcePaths } from './loadSources';

/** A {@link SourceHost} on the local file system. */
export const fileSystemHost: SourceHost = {
  async loadFolder(folderUri: string, globs: readonly string[], maxFileBytes: number): Promise<HostFolderSources> {
    const folder = fileURLToPath(folderUri);
    const files = new Set<string>();
    const notes: string[] = [];
    for (const glob of globs) {
      const resolved = await resolveSourcePaths([glob], folder);
      const sources = resolved.files.filter(hasSourceExtension);
      for (const file of sources) files.add(file);
      if (sources.length === 0) notes.push(`sourced.sources "${glob}" ${resolved.skipped[0]?.reason ?? 'matches no .txt, .md or .html file'}`);
    }
    const read = await readSourceFiles([...files], { maxFileBytes, cwd: folder });
    const uriOf = (file: string): string => pathToFileURL(path.resolve(folder, file)).href;
    return {
      files: read.inputs.map((input) => ({ uri: uriOf(input.path), text: input.text })),
      skipped: read.skipped.map((s) => ({ uri: uriOf(s.path), reason: s.reason })),
      notes,
    };
  },

  async readFile(uri: string, maxFileBytes: number): Promise<{ text: string } | { skip: string } | undefined> {
    const file = fileURLToPath(uri);
    if (!(await stat(file).then((s) => s.isFile(), () => false))) return undefined;
    const read = await readSourceFiles([file], { maxFileBytes });
    const [input] = read.inputs;
    if (input) return { text: input.text };
    return { skip: read.skipped[0]?.reason ?? 'unreadable' };
  },
};

function hasSourceExtension(file: string): boolean {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext !== undefined && SOURCE_EXTENSIONS.includes(ext);
}
