/**
 * The language server's behaviour over time, through the protocol:
 * cancellation, a stale check dropped after a quick second edit, sources
 * changed on disk, pull diagnostics, settings read from the client, and
 * watchers registered dynamically. Nothing here measures the clock: the
 * tests wait for messages and compare counts and order.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { CompletionList, DocumentDiagnosticReport, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import type { ServerStatus } from '../../src/server/commands';
import { demoWorkspace, TestClient } from './client';

/** LSP's RequestCancelled error code. */
const REQUEST_CANCELLED = -32800;

/** A draft long enough to be checked in many chunks: the demo draft's paragraphs, repeated. */
function longDraft(text: string, copies = 160): string {
  const body = text.split('\n').slice(2).join('\n');
  return `${text}\n${Array.from({ length: copies }, () => body).join('\n')}`;
}

describe('sourced lsp --stdio over time: cancellation, stale checks, changes on disk', function () {
  this.timeout(120_000);
  const ws = demoWorkspace();
  const draftText = readFileSync(ws.draftPath, 'utf8');
  let client: TestClient;

  before(async () => {
    client = await TestClient.start(ws.dir, { initializationOptions: { checkDelayMs: 0 } });
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('answers a cancelled request with RequestCancelled while a long draft is being checked, and the next request still works', async () => {
    const uri = pathToFileURL(path.join(ws.dir, 'long-cancel.md')).href;
    const text = longDraft(draftText);
    assert.ok(text.length > 100_000);
    await client.open(uri, text);
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 80 } }, source.token);
    source.cancel();
    await assert.rejects(hover, (e: unknown) => e instanceof ResponseError && e.code === REQUEST_CANCELLED);
    const again = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 80 } });
    assert.match((again?.contents as MarkupContent | undefined)?.value ?? '', /Contradicted by the sources/);
  });

  it('drops the check of an edit that a second, quick edit made stale: only the newest version is published', async () => {
    const uri = pathToFileURL(path.join(ws.dir, 'long-stale.md')).href;
    const v1 = longDraft(draftText, 40);
    await client.open(uri, v1);
    const first = await client.diagnosticsFor(uri, 1);
    assert.ok(first.diagnostics.length > 40, `expected one contradiction per copy, got ${first.diagnostics.length}`);
    const before = await client.connection.sendRequest<ServerStatus>('sourced/status');
    // Version 2 says 57 (still contradicted everywhere), version 3 the source's 65: sent back to back.
    const v2 = v1.replaceAll('56 billion yuan', '57 billion yuan');
    const v3 = v1.replaceAll('56 billion yuan', '65 billion yuan');
    await Promise.all([client.replace(uri, 2, v2), client.replace(uri, 3, v3)]);
    const latest = await client.diagnosticsFor(uri, 3);
    assert.deepEqual(latest.diagnostics, []);
    const status = await client.connection.sendRequest<ServerStatus>('sourced/status');
    assert.deepEqual(
      client.diagnostics.filter((d) => d.uri === uri).map((d) => d.version),
      [1, 3],
      'version 2 must never be published',
    );
    const dropped = status.diagnostics.superseded + status.diagnostics.dropped - (before.diagnostics.superseded + before.diagnostics.dropped);
    assert.ok(dropped >= 1, `the check of version 2 was neither superseded nor dropped: ${JSON.stringify(status)}`);
  });

  it('re-reads one source changed on disk (didChangeWatchedFiles) and re-checks open drafts against it', async () => {
    await client.open(ws.draftUri, draftText);
    const first = await client.diagnosticsFor(ws.draftUri, 1);
    assert.equal(first.diagnostics.length, 1);
    const seed = path.join(ws.dir, 'seeds', 'jia-kun-tai-automotive.txt');
    const mark = client.diagnostics.length;
    const before = await client.connection.sendRequest<ServerStatus>('sourced/status');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('output of 65 billion yuan', 'output of 56 billion yuan'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(seed).href, type: 2 }] });
    const after = await client.until(() => client.diagnostics.slice(mark).find((d) => d.uri === ws.draftUri));
    assert.deepEqual(after.diagnostics, [], 'the source now says 56 billion yuan too');
    const status = await client.connection.sendRequest<ServerStatus>('sourced/status');
    assert.equal(status.index.fileUpdates, before.index.fileUpdates + 1);
    assert.equal(status.index.builds, before.index.builds, 'one changed file is re-read, not the whole index');
  });

  it('rebuilds the index when a new source file appears', async () => {
    const before = await client.connection.sendRequest<ServerStatus>('sourced/status');
    const logged = client.logs.length;
    const created = path.join(ws.dir, 'seeds', 'taicang-note.txt');
    writeFileSync(created, 'Taicang reported an automotive output of 39.03 billion yuan in the first half of 2025.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(created).href, type: 1 }] });
    // The server logs every build it finishes.
    await client.until(() => client.logs.slice(logged).find((l) => l.startsWith('indexed ')));
    const status = await client.connection.sendRequest<ServerStatus>('sourced/status');
    assert.equal(status.index.builds, before.index.builds + 1);
    assert.equal(status.index.sources, before.index.sources + 1);
  });
});

describe('sourced lsp --stdio with a client that pulls diagnostics, answers workspace/configuration and lets the server register watchers', function () {
  this.timeout(60_000);
  const ws = demoWorkspace();
  const draftText = readFileSync(ws.draftPath, 'utf8');
  let client: TestClient;

  before(async () => {
    client = await TestClient.start(ws.dir, {
      capabilities: {
        textDocument: { diagnostic: { dynamicRegistration: false } },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
      },
      settings: { citationStyle: 'inline', factCheck: { severity: 'error' } },
    });
    await client.open(ws.draftUri, draftText);
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('offers pull diagnostics and answers textDocument/diagnostic with the contradiction, at the configured severity', async () => {
    assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, { identifier: 'sourced', interFileDependencies: true, workspaceDiagnostics: false });
    const report = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.draftUri } });
    assert.equal(report.kind, 'full');
    const items = report.kind === 'full' ? report.items : [];
    assert.deepEqual(
      items.map((d) => [d.message, d.severity]),
      [['56 billion yuan contradicts seeds/jia-kun-tai-automotive.txt:5 (65 billion yuan)', 1]],
    );
    await client.connection.sendRequest('sourced/status');
    assert.deepEqual(client.diagnostics, [], 'a pulling client gets nothing pushed');
  });

  it('cites in the style the client configured (inline)', async () => {
    const uri = pathToFileURL(path.join(ws.dir, 'inline.md')).href;
    await client.open(uri, 'kunshan autmotive\n');
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 17 } });
    const edit = list.items[0]?.textEdit as TextEdit | undefined;
    assert.ok(edit);
    assert.match(edit.newText, /1\.5 percent \(\[jia-kun-tai-automotive\.txt:5\]\(seeds\/jia-kun-tai-automotive\.txt#L5\)\)\.$/);
    assert.deepEqual(list.items[0]?.additionalTextEdits, []);
  });

  it('registers one file watcher per sourced.sources glob, relative to the workspace folder', async () => {
    const registration = await client.until(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const watchers = (registration.registerOptions as { watchers: { globPattern: unknown }[] }).watchers;
    assert.deepEqual(
      watchers.map((w) => w.globPattern),
      [
        { baseUri: ws.uri, pattern: 'seeds/**' },
        { baseUri: ws.uri, pattern: 'sources/**' },
      ],
    );
  });
});
