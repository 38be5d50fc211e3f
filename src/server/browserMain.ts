/**
 * The language server's browser entry, bundled as `dist/web/server.js` and
 * started as a Web Worker by the browser extension (`src/web/extension.ts`).
 * It speaks LSP over the worker's messages and reads sources through the
 * client (`sourced/listFiles`, `sourced/readFile`), which answers with
 * `workspace.fs`: a worker has no file system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { clientSourceHost } from './clientHost';
import { startServer } from './server';

/** The worker's global scope: the port the client's messages arrive on. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, clientSourceHost(connection));
