/**
 * The extension's browser entry (`browser` in package.json), for vscode.dev,
 * github.dev and other web workbenches, where it runs in the Web Worker
 * extension host. The Sourced language server runs in a Web Worker of its
 * own (`dist/web/server.js`); the client is the desktop's thin client
 * (`src/vscode/client.ts`), which answers the server's requests for source
 * files with `workspace.fs` and forwards the `sourced` settings.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { sourcedClient, type SourcedApi } from '../vscode/client';
import { startServerWorker } from './serverWorker';

let stop: (() => Promise<void>) | undefined;

/** Called by the web workbench when a draft language opens or the workspace has sources. */
export async function activate(context: vscode.ExtensionContext): Promise<SourcedApi> {
  const log = vscode.window.createOutputChannel('Sourced', { log: true });
  context.subscriptions.push(log);
  const { worker, origin } = await startServerWorker(context.extensionUri);
  log.info(`Sourced for the web: ${hostKind()} extension host; the language server runs in a Web Worker started from ${origin === 'url' ? 'its URL' : 'a blob: URL'}`);
  const sourced = sourcedClient(context, log);
  const client = new LanguageClient('sourced', 'Sourced', worker, sourced.options);
  stop = () => client.stop().finally(() => worker.terminate());
  return sourced.start(client);
}

/** "Web Worker" where the host is a worker without Node's `process` (vscode.dev), else "Node" (the desktop, if it ever loads this entry). */
function hostKind(): string {
  const scope = globalThis as { WorkerGlobalScope?: unknown; process?: unknown };
  return scope.WorkerGlobalScope !== undefined && scope.process === undefined ? 'Web Worker' : 'Node';
}

/** Stops the client and the server's worker. */
export function deactivate(): Promise<void> | undefined {
  return stop?.();
}
