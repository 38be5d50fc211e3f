/**
 * `sourced lsp --stdio` (or `--node-ipc`): runs the Sourced language server
 * for any editor, reading sources from the disk.
 */
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/server';
import { UsageError } from '../args';
import { fileSystemHost } from '../lspHost';

/** The transports `sourced lsp` speaks. */
export type LspTransport = 'stdio' | 'node-ipc';

/** Starts the server on the chosen transport; it runs until the client sends `exit`. */
export function lspCommand(transport: LspTransport | undefined): void {
  if (!transport) throw new UsageError('lsp needs a transport: --stdio (or --node-ipc)');
  // Over stdio, stdout carries the protocol: nothing else may write to it.
  const connection = transport === 'stdio' ? createConnection(process.stdin, process.stdout) : createConnection();
  startServer(connection, fileSystemHost);
}
