/**
 * The Sourced language server: wires the features to a connection. It runs
 * wherever a connection comes from (`sourced lsp --stdio`, a Node process
 * over IPC, a Web Worker) and reads sources through a {@link SourceHost}.
 */
import { TextDocumentSyncKind, TextDocuments, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSettings } from '../core/settings';
import { DraftChecks } from './checks';
import { registerCodeActions } from './codeActions';
import { COMMANDS, registerCommands } from './commands';
import { registerCompletion, triggerCharacter } from './completion';
import type { ServerContext, ServerOptions } from './context';
import { registerDiagnostics } from './diagnostics';
import { registerEditorRequests } from './editorRequests';
import type { SourceHost } from './host';
import { registerHover } from './hover';
import { INDEX_CHANGED_METHOD, type EditorOptions, type IndexChangedParams } from './protocol';
import { ServerSettings } from './settings';
import { SourceKeeper } from './sources';
import { registerWatchedFiles } from './watchedFiles';
import { Workspace, type Folder } from './workspace';

/** Default pause after the last edit before a draft is checked. */
const DEFAULT_CHECK_DELAY_MS = 300;

/** The server's name and version, as `initialize` reports them. */
const SERVER_INFO = { name: 'sourced', version: '0.1.0' };

/** Starts serving on `connection`; sources are read through `host`. */
export function startServer(connection: Connection, host: SourceHost): void {
  const documents = new TextDocuments(TextDocument);
  let onInitialized: () => Promise<void> = () => Promise.resolve();

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; sourced?: unknown; checkDelayMs?: unknown; indexNotifications?: unknown; editor?: unknown };
    // The `sourced` section: under `settings`, or at the top as Helix sends its `config`.
    const initialSettings = init.settings ?? init.sourced;
    const workspace = new Workspace(foldersOf(params));
    const client = params.capabilities;
    const settings = new ServerSettings(connection, client.workspace?.configuration === true, initialSettings);
    const log = (message: string): void => connection.console.info(message);
    const sources = new SourceKeeper(host, workspace, settings, log);
    const options: ServerOptions = {
      checkDelayMs: typeof init.checkDelayMs === 'number' && init.checkDelayMs >= 0 ? init.checkDelayMs : DEFAULT_CHECK_DELAY_MS,
      editor: editorOptions(init.editor),
    };
    const context: ServerContext = { connection, documents, workspace, sources, checks: new DraftChecks(documents, sources, workspace), settings, client, options };

    registerCompletion(context);
    registerHover(context);
    const diagnostics = registerDiagnostics(context);
    registerCodeActions(context);
    registerCommands(context, diagnostics);
    registerEditorRequests(context);
    const watched = registerWatchedFiles(context);
    sources.onDidChange(() => diagnostics.recheckAll());
    if (init.indexNotifications === true) {
      const notify = (): void => void connection.sendNotification(INDEX_CHANGED_METHOD, sources.summary() satisfies IndexChangedParams);
      sources.onDidChange(notify);
      sources.onDidStartRebuild(notify);
    }

    const applySettings = async (pushed?: unknown): Promise<void> => {
      const before = settings.current;
      const after = await settings.refresh(pushed);
      if (JSON.stringify(before.sources) !== JSON.stringify(after.sources) || before.maxFileBytes !== after.maxFileBytes) {
        await watched.register();
        // A rebuild asked for meanwhile (Rebuild Source Index right after the change) may already use these settings.
        if (!sources.builtWith(after)) await sources.rebuild();
      } else {
        diagnostics.recheckAll();
      }
    };
    connection.onDidChangeConfiguration((change) => {
      applySettings(change.settings).catch((e: unknown) => connection.console.error(`reading settings failed: ${String(e)}`));
    });
    onInitialized = async (): Promise<void> => {
      if (client.workspace?.configuration) await settings.refresh();
      if (client.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          workspace.setFolders([...workspace.folders.filter((f) => !removed.has(f.uri)), ...event.added.map((f) => ({ uri: f.uri, name: f.name }))]);
          void watched.register().then(() => sources.rebuild());
        });
      }
      await watched.register();
      // The index is built now, in slices, rather than on the first request's path.
      await sources.ready();
    };

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { resolveProvider: true, triggerCharacters: [triggerCharacter(parseSettings(initialSettings).completionTrigger)] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: COMMANDS },
        ...(diagnostics.pull ? { diagnosticProvider: { identifier: 'sourced', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: SERVER_INFO,
    };
  });
  connection.onInitialized(() => {
    onInitialized().catch((e: unknown) => connection.console.error(`starting failed: ${String(e)}`));
  });
  documents.listen(connection);
  connection.listen();
}

/** The options of `initializationOptions.editor`, ignoring anything malformed. */
function editorOptions(value: unknown): EditorOptions {
  if (typeof value !== 'object' || value === null) return {};
  const { themeIcons, openSourceCommand, documentationInList } = value as Record<string, unknown>;
  return {
    ...(themeIcons === true ? { themeIcons: true } : {}),
    ...(documentationInList === true ? { documentationInList: true } : {}),
    ...(typeof openSourceCommand === 'string' && /^[\w.-]+$/.test(openSourceCommand) ? { openSourceCommand } : {}),
  };
}

/** The folders of an `initialize` request: its workspace folders, else its root URI. */
function foldersOf(params: InitializeParams): Folder[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders.map((f) => ({ uri: f.uri, name: f.name }));
  const root = params.rootUri; // older clients (Neovim 0.7) send only rootUri
  return root ? [{ uri: root, name: root.replace(/\/+$/, '').split('/').pop() ?? 'root' }] : [];
}
