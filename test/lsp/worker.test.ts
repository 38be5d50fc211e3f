/**
 * The server's browser bundle (`dist/web/server.js`, what vscode.dev runs in
 * a Web Worker) driven over the protocol in a worker-like scope without
 * Node or a DOM (see `workerScope.ts`). It has no file system: it asks this
 * client for the sources with `sourced/listFiles` and `sourced/readFile`,
 * answered here from a copy of the demo workspace as the web extension
 * answers them with `workspace.fs`. No assertion depends on the clock.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import type { CompletionList, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import { decodeText } from '../../src/core/source/decodeText';
import type { IndexChangedParams, ListFilesParams, ReadFileParams, ReadFileResult } from '../../src/server/protocol';
import type { ServerStatus } from '../../src/server/commands';
import { demoWorkspace, TestClient } from './client';
import { startWorkerBundle, type WorkerRun } from './workerScope';

/** The start of the Kunshan fact of seeds/jia-kun-tai-automotive.txt, line 5. */
const KUNSHAN = 'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan';

describe('the browser bundle (dist/web/server.js) in a worker scope, reading sources through the client', function () {
  this.timeout(60_000);
  const ws = demoWorkspace();
  const listed: ListFilesParams[] = [];
  const read: string[] = [];
  const indexReports: IndexChangedParams[] = [];
  let worker: WorkerRun;
  let client: TestClient;

  /** `sourced/listFiles`, answered from the disk copy. */
  const listFiles = (params: ListFilesParams): string[] => {
    listed.push(params);
    const folder = fileURLToPath(params.folderUri);
    return globSync(params.pattern, { cwd: folder, onlyFiles: true }).map((file) => pathToFileURL(path.join(folder, file)).href);
  };
  /** `sourced/readFile`, answered from the disk copy with the decoding the web client uses. */
  const readFile = (params: ReadFileParams): ReadFileResult => {
    const file = fileURLToPath(params.uri);
    read.push(path.relative(ws.dir, file));
    if (!existsSync(file)) return null;
    if (statSync(file).size > params.maxFileBytes) return { skip: 'too large' };
    return decodeText(readFileSync(file));
  };

  before(async () => {
    writeFileSync(path.join(ws.dir, 'seeds', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01]));
    worker = startWorkerBundle();
    worker.connection.onNotification('sourced/didChangeIndex', (params: IndexChangedParams) => {
      indexReports.push(params);
    });
    const options = { requests: { 'sourced/listFiles': listFiles, 'sourced/readFile': readFile }, initializationOptions: { indexNotifications: true } };
    client = await TestClient.connect(worker.connection, ws.dir, options, { pid: undefined, ended: Promise.resolve() });
    await client.open(ws.draftUri, readFileSync(ws.draftPath, 'utf8'));
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('starts where there is no process, require, Buffer or document, and offers what sourced lsp offers', () => {
    for (const name of ['process', 'require', 'Buffer', 'document', 'window']) assert.equal(worker.scope[name], undefined, `${name} leaked into the worker scope`);
    const caps = client.initializeResult?.capabilities;
    assert.equal(caps?.completionProvider?.resolveProvider, true);
    assert.equal(caps?.hoverProvider, true);
    assert.deepEqual(caps?.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(client.initializeResult?.serverInfo?.name, 'sourced');
  });

  it('lists each sourced.sources glob with sourced/listFiles, reads the sources with sourced/readFile, and pushes the "56 billion yuan" contradiction', async () => {
    const published = await client.diagnosticsFor(ws.draftUri, 1);
    assert.deepEqual(listed.map((l) => [l.folderUri, l.pattern]), [[ws.uri, 'seeds/**'], [ws.uri, 'sources/**']]);
    assert.ok(read.includes(path.join('seeds', 'jia-kun-tai-automotive.txt')), `not read: ${read.join(', ')}`);
    assert.ok(!read.includes('draft.md'), 'the draft, outside the globs, was read as a source');
    const [d] = published.diagnostics as [Diagnostic];
    assert.equal(published.diagnostics.length, 1);
    assert.equal(d.message, '56 billion yuan contradicts seeds/jia-kun-tai-automotive.txt:5 (65 billion yuan)');
    assert.match(d.relatedInformation?.[0]?.location.uri ?? '', /\/seeds\/jia-kun-tai-automotive\.txt$/);
  });

  it('completes "kunshan autmotive" with the Kunshan fact, cited, and hovers its citation with the passage', async () => {
    const uri = ws.draftUri.replace('draft.md', 'notes.md');
    await client.open(uri, '# Notes\n\nkunshan autmotive');
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 17 } });
    const first = list.items[0];
    assert.ok((first?.textEdit as TextEdit | undefined)?.newText.startsWith(KUNSHAN), `the first item is ${first?.label}`);
    const cited = ws.draftUri.replace('draft.md', 'cited.md');
    await client.open(cited, 'Kunshan grew.[^jia-kun-tai-automotive-5]\n\n[^jia-kun-tai-automotive-5]: [seeds/jia-kun-tai-automotive.txt:5](seeds/jia-kun-tai-automotive.txt#L5)\n');
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: cited }, position: { line: 0, character: 20 } });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /\*\*Kunshan, dedicated to the development of automotive electronics/);
  });

  it('reports what the client could not give: a binary source as skipped with its reason, a glob that selects nothing as a note', async () => {
    const status = await client.connection.sendRequest<ServerStatus>('sourced/status');
    assert.deepEqual(
      status.index.skipped.map((s) => s.path),
      ['seeds/scan.txt'],
    );
    assert.match(status.index.skipped[0]?.reason ?? '', /binary file \(PDF\)/);
    assert.deepEqual(status.index.notes, ['sourced.sources "sources/**" matches no .txt, .md or .html file']);
  });

  it('tells a client that asked for it (indexNotifications) what the index holds once it is built: sourced/didChangeIndex, for the status bar', async () => {
    // A request answered after the build means every notification sent before it has arrived.
    const status = await client.connection.sendRequest<ServerStatus>('sourced/status');
    assert.equal(indexReports.length, 1);
    const [report] = indexReports as [IndexChangedParams];
    assert.equal(report.state, 'ready');
    assert.deepEqual([report.sources, report.facts, report.quotes], [status.index.sources, status.index.facts, status.index.quotes]);
    assert.ok(report.sources > 0 && report.facts > 0, JSON.stringify(report));
    assert.deepEqual(report.skipped.map((s) => s.path), ['seeds/scan.txt']);
  });
});
