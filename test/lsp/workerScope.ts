/**
 * Runs the browser bundle of the server (`dist/web/server.js`) the way a Web
 * Worker would: in a fresh `vm` context whose globals are a worker's
 * (`self`, `postMessage`, `onmessage`, URL, text codecs, timers) and nothing
 * of Node's (`process`, `require`, `Buffer`) or of a page's (`document`,
 * `window`). Messages cross as structured clones, as between a worker and
 * its owner. The returned connection is the owner's end.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Disposable, type Message, type MessageConnection } from 'vscode-jsonrpc/node';
import { REPO_ROOT } from './client';

/** The server's browser bundle. */
export const WORKER_BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'server.js');

/** The owner's end of the worker's message channel, as a message reader. */
class OwnerReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
  deliver(message: Message): void {
    this.callback?.(message);
  }
}

/** The owner's end of the worker's message channel, as a message writer. */
class OwnerWriter extends AbstractMessageWriter {
  constructor(private readonly send: (message: Message) => void) {
    super();
  }
  write(message: Message): Promise<void> {
    this.send(message);
    return Promise.resolve();
  }
  end(): void {}
}

/** The bundle started in a worker-like scope, and the owner's connection to it. */
export interface WorkerRun {
  readonly connection: MessageConnection;
  /** The worker's global scope, to look into. */
  readonly scope: Record<string, unknown>;
}

/** Starts the bundle in a fresh worker-like scope. */
export function startWorkerBundle(): WorkerRun {
  const reader = new OwnerReader();
  const scope: Record<string, unknown> = {
    name: 'Sourced language server',
    URL,
    TextEncoder,
    TextDecoder,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    console,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    postMessage: (data: unknown) => {
      const copy = structuredClone(data) as Message;
      setImmediate(() => reader.deliver(copy));
    },
  };
  scope.self = scope;
  const writer = new OwnerWriter((message) => {
    const copy = structuredClone(message);
    setImmediate(() => (scope.onmessage as ((event: { data: unknown }) => void) | undefined)?.({ data: copy }));
  });
  const context = vm.createContext(scope);
  vm.runInContext(readFileSync(WORKER_BUNDLE, 'utf8'), context, { filename: WORKER_BUNDLE });
  return { connection: createMessageConnection(reader, writer), scope };
}
