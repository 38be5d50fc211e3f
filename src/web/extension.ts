/**
 * The extension's browser entry (`browser` in package.json), for vscode.dev,
 * github.dev and other web workbenches, where it runs in the Web Worker
 * extension host. It is a thin language client: the Sourced language server
 * runs in a Web Worker of its own (`dist/web/server.js`), and this client
 * answers its requests for source files with `workspace.fs` and forwards the
 * `sourced` settings. Completion, hover, diagnostics and quick fixes come
 * from the server, and so does the status bar item's count of the index;
 * the fact picker is desktop-only.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { completionTrigger, draftLanguages, SECTION } from '../vscode/config';
import { startServerWorker } from './serverWorker';
import { registerStatusBar } from './statusBar';
import { registerSourceRequests } from './sourceRequests';

/** The server command that checks one draft, which takes the draft's URI. */
const CHECK_DOCUMENT_COMMAND = 'sourced.checkDocument';
/** The context key that hides the desktop-only commands from the command palette. */
const WEB_CONTEXT_KEY = 'sourced.web';

/** Called by the web workbench when a draft language opens or the workspace has sources. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Sourced', { log: true });
  context.subscriptions.push(log);
  void vscode.commands.executeCommand('setContext', WEB_CONTEXT_KEY, true);
  const { worker, origin } = await startServerWorker(context.extensionUri);
  log.info(`Sourced for the web: ${hostKind()} extension host; the language server runs in a Web Worker started from ${origin === 'url' ? 'its URL' : 'a blob: URL'}`);
  const client = new LanguageClient('sourced', 'Sourced', worker, clientOptions(log));
  context.subscriptions.push(registerSourceRequests(client), registerStatusBar(client), { dispose: () => void client.dispose().finally(() => worker.terminate()) });
  await client.start();
}

/** What the client selects and forwards. */
function clientOptions(log: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    // Every scheme: drafts in virtual workspaces (github.dev) and untitled ones too.
    documentSelector: draftLanguages().map((language) => ({ language })),
    // The server reads the settings through workspace/configuration and is told when they change.
    synchronize: { configurationSection: SECTION },
    // The trigger character is part of the capabilities the server announces at once.
    // The server tells the status bar what its index holds (sourced/didChangeIndex).
    initializationOptions: { settings: { completion: { trigger: completionTrigger() } }, indexNotifications: true },
    outputChannel: log,
    middleware: {
      // From the command palette, "Check Current Document" checks the active editor's draft.
      executeCommand: (command, args, next): unknown =>
        next(command, command === CHECK_DOCUMENT_COMMAND && args.length === 0 ? [vscode.window.activeTextEditor?.document.uri.toString()] : args),
    },
  };
}

/** "Web Worker" where the host is a worker without Node's `process` (vscode.dev), else "Node" (the desktop, if it ever loads this entry). */
function hostKind(): string {
  const scope = globalThis as { WorkerGlobalScope?: unknown; process?: unknown };
  return scope.WorkerGlobalScope !== undefined && scope.process === undefined ? 'Web Worker' : 'Node';
}

/** Nothing to do: the client and the worker are stopped through `context.subscriptions`. */
export function deactivate(): void {}
