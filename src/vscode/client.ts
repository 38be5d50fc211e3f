/**
 * The Sourced language client, shared by both entries: the desktop one
 * (`src/extension.ts`, the server in a Node process over IPC) and the browser
 * one (`src/web/extension.ts`, the server in a Web Worker). Completion,
 * hovers, diagnostics, quick fixes and the index all live in the server; the
 * client adds what only VS Code has: the status bar item, the fact picker,
 * "Open Source at Citation", the source files read through `workspace.fs`,
 * the settings (with Restricted Mode's limits) and the trust to run one
 * command from a hover link.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions, StaticFeature } from 'vscode-languageclient';
import type { IndexSummary } from '../core/index/summary';
import { INDEX_CHANGED_METHOD, STATUS_METHOD, type EditorOptions, type IndexChangedParams, type ServerStatus } from '../server/protocol';
import { registerInsertFact } from './commands/insertFact';
import { OPEN_SOURCE_COMMAND, registerOpenSource } from './commands/openSource';
import { affects, completionTrigger, draftLanguages, SECTION } from './config';
import { DiagnosticFollower } from './diagnostics';
import { registerSourceRequests } from './sourceRequests';
import { registerSourcesView } from './sourcesView';
import { registerStatusBar } from './statusBar';
import type { StatusView } from './statusView';

/** What `activate` returns to other extensions and tests (`extension.exports`): read-only state, asked of the server. */
export interface SourcedApi {
  /** What the index holds and skipped, without rebuilding it. */
  summary(): Promise<IndexSummary>;
  /** What the status bar item shows now (once every index report the server sent before this call has arrived). */
  status(): Promise<StatusView>;
  /** The server's draft-check counts: runs started, under way now, and completion lists answered while one was under way. */
  checks(): Promise<ServerStatus['checks']>;
}

/** The server command that checks one draft, which takes the draft's URI. */
const CHECK_DOCUMENT_COMMAND = 'sourced.checkDocument';

/** What the client asks of the server besides plain LSP (see `EditorOptions`). */
const EDITOR_OPTIONS: EditorOptions = { themeIcons: true, openSourceCommand: OPEN_SOURCE_COMMAND, documentationInList: true };

/** The client's options, and how to start a client made with them. */
export interface SourcedClient {
  readonly options: LanguageClientOptions;
  /** Registers the client-side features on `client` (made with {@link options}), starts it and answers the API. */
  start(client: BaseLanguageClient): Promise<SourcedApi>;
}

/** Sets up the client for an extension; every disposable goes into `context.subscriptions`. */
export function sourcedClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SourcedClient {
  let started: BaseLanguageClient | undefined;
  const follower = new DiagnosticFollower(() => started?.diagnostics);
  context.subscriptions.push(follower);
  const options: LanguageClientOptions = {
    documentSelector: draftSelector(),
    // The server reads the settings through workspace/configuration and is told when they change.
    synchronize: { configurationSection: SECTION },
    // Asked at every start: the trigger character is part of the capabilities the server announces.
    initializationOptions: () => ({ settings: { completion: { trigger: completionTrigger() } }, indexNotifications: true, editor: EDITOR_OPTIONS }),
    outputChannel: log,
    diagnosticCollectionName: 'sourced',
    // Source text is untrusted: no HTML, no command links anywhere, but the hover's own "Open source" (below).
    markdown: { isTrusted: false, supportHtml: false, supportThemeIcons: true },
    middleware: {
      handleDiagnostics: follower.handle,
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        for (const content of hover?.contents ?? []) {
          if (content instanceof vscode.MarkdownString) content.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND] };
        }
        return hover;
      },
      executeCommand: (command, args: unknown[], next): unknown => (command === CHECK_DOCUMENT_COMMAND && args.length === 0 ? checkActiveDraft((uri) => next(command, [uri])) : next(command, args)),
    },
  };

  return {
    options,
    async start(client: BaseLanguageClient): Promise<SourcedApi> {
      started = client;
      client.registerFeature(pushDiagnosticsOnly);
      // The server's reports of what its index holds (sourced/didChangeIndex), for the status bar and the Sources view.
      const indexChanged = new vscode.EventEmitter<IndexChangedParams>();
      const statusBar = registerStatusBar(indexChanged.event);
      context.subscriptions.push(
        indexChanged,
        client.onNotification(INDEX_CHANGED_METHOD, (summary: IndexChangedParams) => indexChanged.fire(summary)),
        statusBar,
        registerSourcesView(client, indexChanged.event),
        registerSourceRequests(client),
        registerInsertFact(client, log),
        registerOpenSource(client),
        vscode.workspace.onDidChangeConfiguration((e) => {
          // Fixed at start: the documents the client hands over, and the trigger character.
          if (!affects(e, 'languages') && !affects(e, 'completion.trigger')) return;
          client.clientOptions.documentSelector = draftSelector();
          client.stop().then(() => client.start()).catch((error: unknown) => log.error(`restarting the language server failed: ${String(error)}`));
        }),
        // Trusting the workspace lets its values of the restricted settings apply: the server reads them again.
        vscode.workspace.onDidGrantWorkspaceTrust(() => {
          client.sendNotification('workspace/didChangeConfiguration', { settings: null }).catch((error: unknown) => log.error(`telling the server about trust failed: ${String(error)}`));
        }),
      );
      await client.start();
      const status = (): Promise<ServerStatus> => client.sendRequest<ServerStatus>(STATUS_METHOD);
      return {
        summary: async () => (await status()).index,
        status: async () => {
          await status();
          return statusBar.view;
        },
        checks: async () => (await status()).checks,
      };
    },
  };
}

/** The drafts the client hands to the server: documents of the configured languages, in any scheme (untitled and virtual ones too). */
function draftSelector(): { language: string }[] {
  return draftLanguages().map((language) => ({ language }));
}

/**
 * Diagnostics are pushed, not pulled: VS Code's pull client keeps them in a
 * collection of its own, which {@link DiagnosticFollower} could not move with
 * the writer's edits. Without the pull capability the server pushes.
 */
const pushDiagnosticsOnly: StaticFeature = {
  fillClientCapabilities: (capabilities) => {
    delete capabilities.textDocument?.diagnostic;
  },
  initialize: () => undefined,
  getState: () => ({ kind: 'static' }),
  clear: () => undefined,
};

/** "Check Current Document" from the command palette: checks the active draft and says what it found. */
async function checkActiveDraft(check: (uri: string) => unknown): Promise<number | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !draftLanguages(document.uri).includes(document.languageId)) {
    void vscode.window.showInformationMessage('Sourced: open a draft (Markdown or plain text) to check it.');
    return undefined;
  }
  const count: unknown = await check(document.uri.toString());
  if (typeof count !== 'number') {
    void vscode.window.showInformationMessage('Sourced: the draft kept changing during the check; it is checked again when you pause.');
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(document.uri);
  void vscode.window.showInformationMessage(count === 0 ? `Sourced: no contradictions or misquotes in ${name}.` : `Sourced: ${count} problem${count === 1 ? '' : 's'} in ${name}.`);
  return count;
}
