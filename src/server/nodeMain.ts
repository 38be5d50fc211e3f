/**
 * The language server's Node entry for the desktop extension, bundled as
 * `dist/server.js` and started by `src/extension.ts` in a process of its own,
 * over Node IPC. Like the browser entry, it reads sources through the client
 * (`sourced/listFiles`, `sourced/readFile`), which answers with
 * `workspace.fs`, so `files.exclude`, remote and virtual file systems behave
 * as everywhere else in VS Code. (`sourced lsp` reads the disk instead.)
 */
import { createConnection } from 'vscode-languageserver/node';
import { clientSourceHost } from './clientHost';
import { startServer } from './server';

// The transport comes from the command line the client starts it with (--node-ipc).
const connection = createConnection();
startServer(connection, clientSourceHost(connection));
