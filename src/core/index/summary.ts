/**
 * What a source index holds and left out, as the editor glue reports it
 * (the VS Code status bar, the language server's `sourced/status`).
 */

/** Where the index stands. */
export type IndexState = 'idle' | 'indexing' | 'ready';

/** What the index holds and what it left out. */
export interface IndexSummary {
  readonly state: IndexState;
  readonly sources: number;
  readonly facts: number;
  readonly quotes: number;
  /** Files the globs matched but that were not indexed, with a one-line reason. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** One-line notes on the globs: a folder that does not exist, a glob that matches no source file. */
  readonly notes: readonly string[];
}
