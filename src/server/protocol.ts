/**
 * The requests the server sends to a client that reads sources for it (the
 * browser build, where the server runs in a Web Worker without a file
 * system), and the notification that keeps such a client's status bar
 * current. This module imports only types, so a client may import it
 * without pulling in the server.
 */
import type { IndexSummary } from '../core/index/summary';

/** `sourced/listFiles`: the files a glob pattern selects inside a workspace folder. */
export const LIST_FILES_METHOD = 'sourced/listFiles';
/** `sourced/readFile`: one source file, read and decoded. */
export const READ_FILE_METHOD = 'sourced/readFile';

/** The parameters of `sourced/listFiles`. */
export interface ListFilesParams {
  /** The workspace folder's URI. */
  readonly folderUri: string;
  /** A glob relative to the folder, wildcards expanded already (`seeds/**`, `{notes.md,notes.md/**}`). */
  readonly pattern: string;
}

/** What `sourced/listFiles` answers: the URIs of the files found, in any order. */
export type ListFilesResult = string[];

/** The parameters of `sourced/readFile`. */
export interface ReadFileParams {
  readonly uri: string;
  /** A file larger than this is not read: the answer says why it was skipped. */
  readonly maxFileBytes: number;
}

/**
 * What `sourced/readFile` answers: the decoded text (with notes such as
 * replaced bytes), the reason the file gives no text (binary, too large,
 * unreadable), or null when it does not exist (or is not a file).
 */
export type ReadFileResult = { readonly text: string; readonly warnings?: readonly string[] } | { readonly skip: string } | null;

/**
 * `sourced/didChangeIndex`: what the index holds, sent after every change of
 * its content (the first build included), to a client that asks for it with
 * `indexNotifications: true` in `initializationOptions`.
 */
export const INDEX_CHANGED_METHOD = 'sourced/didChangeIndex';

/** The parameters of `sourced/didChangeIndex`. */
export type IndexChangedParams = IndexSummary;
