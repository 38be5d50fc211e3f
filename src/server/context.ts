/**
 * What every feature of the server shares: the connection, the open
 * documents, the workspace, the source index, the draft checks and the
 * settings. `server.ts` builds it once and hands it to each feature.
 */
import { LSPErrorCodes, ResponseError, type ClientCapabilities, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftChecks } from './checks';
import type { EditorOptions } from './protocol';
import { isDraftLanguage, type ServerSettings } from './settings';
import type { SourceKeeper } from './sources';
import type { Workspace } from './workspace';

/** Options a client may pass in `initializationOptions`, besides `settings`. */
export interface ServerOptions {
  /** Pause after the last edit before a draft is checked and its diagnostics pushed (default 300 ms). */
  readonly checkDelayMs: number;
  /** What a VS Code client asks for (theme icons and an "Open source" command link in hovers, documentation in the completion list); plain LSP by default. */
  readonly editor: EditorOptions;
}

/** The shared state of one server. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly workspace: Workspace;
  readonly sources: SourceKeeper;
  readonly checks: DraftChecks;
  readonly settings: ServerSettings;
  readonly client: ClientCapabilities;
  readonly options: ServerOptions;
}

/** True when Sourced completes and checks this document: a draft language, not an indexed source. */
export function isDraft(context: ServerContext, document: TextDocument): boolean {
  return isDraftLanguage(document.languageId, context.settings.current) && !context.sources.isSource(document.uri);
}

/** The error a request answers with once its client cancelled it. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
