/**
 * The requests the server sends to a client that reads sources for it (the
 * browser build, where the server runs in a Web Worker without a file
 * system), and the notification that keeps such a client's status bar
 * current. This module imports only types, so a client may import it
 * without pulling in the server.
 */
import type { CitedSource, ItemSummary, SourceSummary } from '../core/index/overview';
import type { IndexSummary } from '../core/index/summary';

export type { CitedSource, ItemSummary, SourceSummary };

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

/**
 * `sourced/exists`: whether a file or folder exists, asked by a server that reads through the client when
 * a `sourced.sources` glob selected nothing, to say why (its folder does not exist, or holds no source).
 * A client that does not answer it gets the plainer note.
 */
export const EXISTS_METHOD = 'sourced/exists';

/** The parameters of `sourced/exists`. */
export interface ExistsParams {
  readonly uri: string;
}

/** `sourced/status`: what the index holds and how many checks ran, run now or were dropped (see `ServerStatus`). */
export const STATUS_METHOD = 'sourced/status';

/** What `sourced/status` answers. */
export interface ServerStatus {
  readonly index: IndexChangedParams & { readonly builds: number; readonly fileUpdates: number };
  readonly checks: {
    /** Runs started. */
    readonly started: number;
    /** Runs that finished with a current result. */
    readonly completed: number;
    /** Runs abandoned because the draft or the index changed under them. */
    readonly abandoned: number;
    /** Runs under way now (a long draft's check spans many turns of the event loop). */
    readonly running: number;
    /** Completion lists answered while a run was under way. */
    readonly completionsDuringChecks: number;
  };
  readonly diagnostics: {
    /** Diagnostics sent. */
    readonly published: number;
    /** Scheduled checks replaced by a newer edit before they started. */
    readonly superseded: number;
    /** Checks whose result was stale when it arrived, and so not sent. */
    readonly dropped: number;
  };
}

/** `sourced/searchItems`: the indexed facts and quotes that match a query, best first (the fact picker). */
export const SEARCH_ITEMS_METHOD = 'sourced/searchItems';

/** The parameters of `sourced/searchItems`. */
export interface SearchItemsParams {
  readonly query: string;
  readonly limit: number;
}

/** What `sourced/searchItems` answers (once the index is built). */
export type SearchItemsResult = ItemSummary[];

/**
 * `sourced/itemInsertion`: what inserting an indexed item into a draft writes: its prose with the
 * citation (in the configured style), and the footnote definition to add when it is new. The draft's text
 * comes with the request, since the draft need not be a document the server follows.
 */
export const ITEM_INSERTION_METHOD = 'sourced/itemInsertion';

/** The parameters of `sourced/itemInsertion`. */
export interface ItemInsertionParams {
  /** The draft's URI (for relative links and its folder's settings). */
  readonly uri: string;
  /** The draft's current text. */
  readonly text: string;
  readonly file: string;
  readonly start: number;
}

/** What `sourced/itemInsertion` answers: the text to insert, and insertions elsewhere (offsets in the draft's text); null when the item is no longer indexed. */
export type ItemInsertionResult = { readonly text: string; readonly additional: readonly { readonly offset: number; readonly text: string }[] } | null;

/**
 * `sourced/resolveSource`: the URI and line an indexed path, or the citation at an offset of a draft,
 * points at. Only indexed sources are answered, so the URI is always inside a workspace folder.
 */
export const RESOLVE_SOURCE_METHOD = 'sourced/resolveSource';

/** The parameters of `sourced/resolveSource`: an indexed path, or a draft with its text and an offset in it. */
export type ResolveSourceParams = { readonly file: string; readonly line: number } | { readonly uri: string; readonly text: string; readonly offset: number };

/** What `sourced/resolveSource` answers: null when nothing indexed is there (`ref` names the citation's written target, when there was one). */
export type ResolveSourceResult = { readonly uri: string; readonly line: number } | { readonly ref: string } | null;

/**
 * What an editor client that renders more than plain LSP Markdown (VS Code) asks for in
 * `initializationOptions.editor`: hovers with theme icons, an "Open source" link that runs
 * `openSourceCommand` with `[{file, line}]` (the client trusts that command only) instead of opening the
 * source's URI, and completion items that carry their documentation at once instead of on resolve.
 */
export interface EditorOptions {
  readonly themeIcons?: boolean;
  readonly openSourceCommand?: string;
  readonly documentationInList?: boolean;
}

/**
 * `sourced/sourcesOverview`: what the Sources view shows: the indexed sources, the files left out with
 * their reasons, and, when a draft's text comes with the request, its citations grouped by source.
 */
export const SOURCES_OVERVIEW_METHOD = 'sourced/sourcesOverview';

/** The parameters of `sourced/sourcesOverview`. */
export interface SourcesOverviewParams {
  /** The draft whose citations to group, with its text (it need not be a document the server follows). */
  readonly draft?: { readonly uri: string; readonly text: string };
}

/** What `sourced/sourcesOverview` answers (once the index is built). */
export interface SourcesOverview {
  readonly sources: readonly SourceSummary[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** The draft's citations by source; absent when no draft came with the request. */
  readonly citations?: readonly CitedSource[];
}

/** `sourced/sourceItems`: the facts and quotes of one indexed source, in text order (the Sources view). */
export const SOURCE_ITEMS_METHOD = 'sourced/sourceItems';

/** The parameters of `sourced/sourceItems`. */
export interface SourceItemsParams {
  /** The indexed path. */
  readonly file: string;
}
