/**
 * Starts the language server's bundle (`dist/web/server.js`) in a Web
 * Worker. On vscode.dev the extension's files have an `https:` URL and the
 * worker starts from it. An extension served by a remote VS Code server
 * (`vscode-remote:`, as in code-server) cannot start workers from its URL
 * (the Web Worker extension host refuses), so there the bundle is read with
 * `workspace.fs` and started from a `blob:` URL.
 */
import * as vscode from 'vscode';

/** The server bundle, relative to the extension's folder. */
export const SERVER_BUNDLE = 'dist/web/server.js';
/** The worker's name, as browser tools list it. */
const WORKER_NAME = 'Sourced language server';

/** The slice of a worker the language client uses. */
export interface ServerWorker {
  postMessage(message: unknown): void;
  terminate(): void;
}

/** The browser globals used here (the project compiles without the DOM library). */
interface BrowserGlobals {
  Worker: new (url: string, options?: { name?: string }) => ServerWorker;
  Blob: new (parts: readonly Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

/** How the worker was started, for the log. */
export type WorkerOrigin = 'url' | 'blob';

/** Starts the server worker from the extension at `extensionUri`. */
export async function startServerWorker(extensionUri: vscode.Uri): Promise<{ worker: ServerWorker; origin: WorkerOrigin }> {
  const browser = globalThis as unknown as BrowserGlobals;
  const bundle = vscode.Uri.joinPath(extensionUri, SERVER_BUNDLE);
  if (bundle.scheme !== 'vscode-remote') {
    return { worker: new browser.Worker(bundle.toString(true), { name: WORKER_NAME }), origin: 'url' };
  }
  const code = await vscode.workspace.fs.readFile(bundle);
  const url = browser.URL.createObjectURL(new browser.Blob([code], { type: 'application/javascript' }));
  // The URL stays valid while the worker loads it; it is not revoked, since the host's worker bootstrap loads it asynchronously.
  return { worker: new browser.Worker(url, { name: WORKER_NAME }), origin: 'blob' };
}
