/**
 * The extension's desktop entry (`main` in package.json). It starts the
 * Sourced language server (`dist/server.js`) in a Node process of its own,
 * over IPC, so completion, hovers and checks of long drafts never run on the
 * extension host's thread, and connects the shared thin client to it
 * (`src/vscode/client.ts`). The browser entry (`src/web/extension.ts`) does
 * the same with the server in a Web Worker.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { sourcedClient, type SourcedApi } from './vscode/client';

export type { SourcedApi } from './vscode/client';

/** The server bundle, relative to the extension's folder. */
const SERVER_BUNDLE = 'dist/server.js';

let client: LanguageClient | undefined;

/** Called by VS Code when a draft language opens or the workspace has sources. */
export async function activate(context: vscode.ExtensionContext): Promise<SourcedApi> {
  const log = vscode.window.createOutputChannel('Sourced', { log: true });
  context.subscriptions.push(log);
  const module = context.asAbsolutePath(SERVER_BUNDLE);
  const server: ServerOptions = { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } };
  const sourced = sourcedClient(context, log);
  client = new LanguageClient('sourced', 'Sourced', server, sourced.options);
  return sourced.start(client);
}

/** Stops the server: shutdown and exit, then the process ends. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
