/**
 * Follows source files on disk: `workspace/didChangeWatchedFiles` updates
 * the index. When the client lets the server register watchers dynamically,
 * one watcher per folder and `sourced.sources` glob is registered (again
 * when the settings change); otherwise the client's own watchers, if any,
 * feed the same handler.
 */
import { DidChangeWatchedFilesNotification, type Disposable, type FileSystemWatcher } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { uriPath } from './workspace';

/** What the watched-files feature offers the rest of the server. */
export interface WatchedFilesFeature {
  /** (Re)registers the watchers for the current folders and globs. */
  register(): Promise<void>;
}

/** Registers the notification handler, and returns the watcher registration. */
export function registerWatchedFiles(context: ServerContext): WatchedFilesFeature {
  const { connection } = context;
  connection.onDidChangeWatchedFiles((params) => {
    context.sources.filesChanged(params.changes).catch((e: unknown) => connection.console.error(`updating sources failed: ${String(e)}`));
  });
  const capability = context.client.workspace?.didChangeWatchedFiles;
  let registration: Disposable | undefined;
  return {
    async register(): Promise<void> {
      if (!capability?.dynamicRegistration) return;
      registration?.dispose();
      registration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: watchers(context, capability.relativePatternSupport === true) });
    },
  };
}

/** One watcher per folder and glob; a glob without wildcards names a folder or a file. */
function watchers(context: ServerContext, relative: boolean): FileSystemWatcher[] {
  const out: FileSystemWatcher[] = [];
  for (const folder of context.workspace.folders) {
    for (const glob of context.settings.current.sources) {
      const pattern = asFileGlob(glob);
      const base = uriPath(folder.uri)?.replace(/^file:\/\//, '').replace(/\/+$/, '');
      if (relative) out.push({ globPattern: { baseUri: folder.uri, pattern } });
      else if (base !== undefined) out.push({ globPattern: `${base}/${pattern}` });
    }
  }
  return out;
}

/** `seeds` → `{seeds,seeds/**}`: a glob without wildcards names a folder or a file; globs with wildcards stay as they are. */
export function asFileGlob(glob: string): string {
  const clean = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return /[*?[\]{}]/.test(clean) ? clean : `{${clean},${clean}/**}`;
}
