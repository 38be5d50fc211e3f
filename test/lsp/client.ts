/**
 * A scripted LSP client for the protocol tests: it copies the demo workspace
 * (`seeds/` and the demo draft) into a temporary folder, spawns the bundled
 * `node dist/cli.js lsp --stdio` there, and talks to it over vscode-jsonrpc
 * streams. It records what the server pushes (diagnostics, registrations)
 * and answers the server's requests (configuration, capability registration,
 * and any a test adds). {@link TestClient.connect} drives a server that runs
 * elsewhere (the browser bundle in a worker) over a connection of its own.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, InitializeResult, PublishDiagnosticsParams, Registration } from 'vscode-languageserver';

/** The repository root (from out/test/lsp). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
/** The bundled CLI the tests run, as a user would. */
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js');

/** A temporary copy of the demo workspace: `seeds/` and `draft.md` at its root. */
export function demoWorkspace(): { dir: string; uri: string; draftPath: string; draftUri: string; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourced-lsp-'));
  cpSync(path.join(REPO_ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  const draftPath = path.join(dir, 'draft.md');
  cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'demo', 'draft.md'), draftPath);
  return { dir, uri: pathToFileURL(dir).href, draftPath, draftUri: pathToFileURL(draftPath).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** How a test client starts. */
export interface ClientOptions {
  /** Capabilities to advertise besides the basic ones. */
  readonly capabilities?: ClientCapabilities;
  /** The `sourced` section the client answers `workspace/configuration` with (only asked when `capabilities.workspace.configuration`). */
  readonly settings?: Record<string, unknown>;
  /** `initializationOptions`. */
  readonly initializationOptions?: Record<string, unknown>;
  /** Handlers for more server-to-client requests, by method (registered before `initialize`). */
  readonly requests?: Readonly<Record<string, (params: never) => unknown>>;
}

/** The running server: its process id (none in a worker) and a promise that settles once it has ended after `exit`. */
export interface ServerRun {
  readonly pid: number | undefined;
  readonly ended: Promise<void>;
}

/** A running server and the client side of its connection. */
export class TestClient {
  /** Every `publishDiagnostics` the server sent, in order. */
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  /** Every registration the server asked for. */
  readonly registrations: Registration[] = [];
  /** Every message the server logged. */
  readonly logs: string[] = [];
  private waiters: (() => void)[] = [];
  initializeResult: InitializeResult | undefined;

  private constructor(
    readonly connection: MessageConnection,
    private readonly run: ServerRun,
  ) {}

  /** Spawns the server in `dir` and runs `initialize` / `initialized` with `dir` as the one workspace folder. */
  static async start(dir: string, options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'lsp', '--stdio'], { cwd: dir, stdio: 'pipe' });
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return TestClient.connect(connection, dir, options, { pid: child.pid, ended });
  }

  /** Runs `initialize` / `initialized` over `connection` with `dir` as the one workspace folder. */
  static async connect(connection: MessageConnection, dir: string, options: ClientOptions, run: ServerRun): Promise<TestClient> {
    const client = new TestClient(connection, run);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.diagnostics.push(params);
      client.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
      client.wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => options.settings ?? null));
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      client.registrations.push(...params.registrations);
      client.wake();
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    for (const [method, handler] of Object.entries(options.requests ?? {})) connection.onRequest(method, handler);
    connection.listen();
    const uri = pathToFileURL(dir).href;
    const capabilities: ClientCapabilities = {
      ...options.capabilities,
      textDocument: { completion: { completionItem: { snippetSupport: false } }, ...options.capabilities?.textDocument },
    };
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(dir) }],
      capabilities,
      initializationOptions: options.initializationOptions ?? {},
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The server's process id. */
  get pid(): number | undefined {
    return this.run.pid;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves once `test` holds, re-testing after every message the server pushes. No clock: mocha's own timeout ends a test that waits forever. */
  async until<T>(test: () => T | undefined | false): Promise<T> {
    for (;;) {
      const value = test();
      if (value !== undefined && value !== false) return value;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** The diagnostics pushed for `uri` and `version`, once they arrive. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.until(() => this.diagnostics.find((d) => d.uri === uri && d.version === version));
  }

  /** Opens a document with the given text (version 1 unless said). */
  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces a document's whole text. */
  async replace(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Sends `shutdown` and `exit`, and waits for the process to end. */
  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await this.run.ended;
    this.connection.dispose();
  }
}
