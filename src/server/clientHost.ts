/**
 * A {@link SourceHost} that asks the client for the files: the server sends
 * `sourced/listFiles` and `sourced/readFile` (see `protocol.ts`), and the
 * client answers them with its own file access (`workspace.fs` in VS Code),
 * so the server needs no file system and virtual workspaces work. The
 * browser entry uses it; which files are sources, and the notes on globs
 * that select none, are decided here as in the Node host.
 */
import type { Connection } from 'vscode-languageserver';
import type { HostFolderSources, HostSkippedFile, HostSourceFile, SourceHost } from './host';
import { EXISTS_METHOD, LIST_FILES_METHOD, READ_FILE_METHOD, type ExistsParams, type ListFilesParams, type ListFilesResult, type ReadFileParams, type ReadFileResult } from './protocol';
import { asFileGlob } from './watchedFiles';
import { hasSourceExtension } from './workspace';

/** Files asked for at once while a folder is read. */
const READ_CONCURRENCY = 8;

/** A host that reads through the client on `connection`. */
export function clientSourceHost(connection: Pick<Connection, 'sendRequest'>): SourceHost {
  const readFile = (uri: string, maxFileBytes: number): Promise<ReadFileResult> =>
    connection.sendRequest<ReadFileResult>(READ_FILE_METHOD, { uri, maxFileBytes } satisfies ReadFileParams);

  return {
    async loadFolder(folderUri: string, globs: readonly string[], maxFileBytes: number): Promise<HostFolderSources> {
      const uris = new Set<string>();
      const notes: string[] = [];
      for (const glob of globs) {
        const params: ListFilesParams = { folderUri, pattern: asFileGlob(glob) };
        const found = (await connection.sendRequest<ListFilesResult>(LIST_FILES_METHOD, params)).filter(hasSourceExtension);
        for (const uri of found) uris.add(uri);
        if (found.length === 0) notes.push(await emptyGlobNote(connection, folderUri, glob));
      }
      const ordered = [...uris].sort();
      const results = await mapLimited(ordered, READ_CONCURRENCY, (uri) => readFile(uri, maxFileBytes));
      const files: HostSourceFile[] = [];
      const skipped: HostSkippedFile[] = [];
      ordered.forEach((uri, i) => {
        const read = results[i];
        if (!read) return; // gone since it was listed
        if ('skip' in read) skipped.push({ uri, reason: read.skip });
        else files.push({ uri, text: read.text, ...(read.warnings ? { warnings: read.warnings } : {}) });
      });
      return { files, skipped, notes };
    },

    async readFile(uri: string, maxFileBytes: number): Promise<{ readonly text: string } | { readonly skip: string } | undefined> {
      return (await readFile(uri, maxFileBytes)) ?? undefined;
    },
  };
}

/**
 * Why a glob selected nothing: the folder before its first wildcard does not exist (asked with
 * `sourced/exists`), or it holds no source file. A client that does not answer gets the second.
 */
async function emptyGlobNote(connection: Pick<Connection, 'sendRequest'>, folderUri: string, glob: string): Promise<string> {
  const base = staticPrefix(glob);
  const uri = `${folderUri.replace(/\/+$/, '')}/${base.split('/').map(encodeURIComponent).join('/')}`;
  const exists = base === '' || (await connection.sendRequest<boolean>(EXISTS_METHOD, { uri } satisfies ExistsParams).then((answer) => answer !== false, () => true));
  return exists ? `sourced.sources "${glob}" matches no .txt, .md or .html file` : `sourced.sources "${glob}": ${base} does not exist`;
}

/** The folders before a glob's first wildcard: `seeds` for `seeds/**`, '' for `**\/*.md`. */
function staticPrefix(glob: string): string {
  const fixed: string[] = [];
  for (const segment of glob.replace(/\\/g, '/').replace(/^\.\//, '').split('/')) {
    if (/[*?[\]{}]/.test(segment)) break;
    if (segment !== '') fixed.push(segment);
  }
  return fixed.join('/');
}

/** `task` over every item, at most `limit` at once, results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
