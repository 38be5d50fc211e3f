/**
 * How the language server reaches source files. The server never touches a
 * file system itself: a Node entry answers from the disk (`sourced lsp`), a
 * browser entry can answer through the client (`workspace.fs`).
 */

/** A source file read and decoded. */
export interface HostSourceFile {
  /** The file's URI (for `file:` URIs, percent-encoded as Node's `pathToFileURL` does). */
  readonly uri: string;
  readonly text: string;
  /** Notes on the read, such as replaced bytes. */
  readonly warnings?: readonly string[];
}

/** A file the globs selected that gave no text, and why. */
export interface HostSkippedFile {
  readonly uri: string;
  readonly reason: string;
}

/** What a folder's globs selected. */
export interface HostFolderSources {
  readonly files: readonly HostSourceFile[];
  readonly skipped: readonly HostSkippedFile[];
  /** One-line notes, such as a glob that matches nothing. */
  readonly notes: readonly string[];
}

/** The file access the server needs. */
export interface SourceHost {
  /**
   * Every source file (`.txt`, `.md`, `.markdown`, `.html`, `.htm`) that the
   * globs select under a folder, read. A glob without wildcards names a folder
   * or a file. Files over `maxFileBytes` are skipped unread.
   */
  loadFolder(folderUri: string, globs: readonly string[], maxFileBytes: number): Promise<HostFolderSources>;
  /** One file read again after a change on disk: its text, why it was skipped, or undefined when it no longer exists. */
  readFile(uri: string, maxFileBytes: number): Promise<{ readonly text: string } | { readonly skip: string } | undefined>;
}
