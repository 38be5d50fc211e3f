/**
 * What the VS Code client asks of the server beyond plain LSP (`src/server/editorRequests.ts`,
 * `initializationOptions.editor`), over the protocol: the fact picker's search and insertion, where
 * "Open source" goes, the running checks in `sourced/status`, hovers and completion items as VS Code
 * renders them, and the checked version on each diagnostic. A scripted client on `sourced lsp --stdio`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver';
import type { ItemInsertionResult, ItemSummary, ResolveSourceResult, SearchItemsResult, ServerStatus, SourcesOverview } from '../../src/server/protocol';
import { demoWorkspace, TestClient } from './client';

/** The Kunshan fact of seeds/jia-kun-tai-automotive.txt, line 5. */
const KUNSHAN = 'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan';
const SEED = 'seeds/jia-kun-tai-automotive.txt';

describe('sourced lsp: the requests and options of the VS Code client', function () {
  this.timeout(60_000);
  const ws = demoWorkspace();
  let client: TestClient;

  before(async () => {
    client = await TestClient.start(ws.dir, { initializationOptions: { editor: { themeIcons: true, openSourceCommand: 'sourced.openSource', documentationInList: true } } });
    await client.open(ws.draftUri, readFileSync(ws.draftPath, 'utf8'));
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('sourced/searchItems: the fact picker finds the Kunshan fact for "kunshan autmotive", with its source and line', async () => {
    const items = await client.connection.sendRequest<SearchItemsResult>('sourced/searchItems', { query: 'kunshan autmotive', limit: 5 });
    assert.ok(items.length > 0 && items.length <= 5, JSON.stringify(items));
    const kunshan = items.find((i) => i.text.startsWith(KUNSHAN));
    assert.ok(kunshan, items.map((i) => i.text).join(' | '));
    assert.deepEqual([kunshan.kind, kunshan.file, kunshan.line], ['fact', SEED, 5]);
  });

  it('sourced/itemInsertion: the item with its footnote marker, and the definition to add at the end of the draft', async () => {
    const [item] = (await client.connection.sendRequest<SearchItemsResult>('sourced/searchItems', { query: 'kunshan automotive electronics output', limit: 1 })) as [SearchItemsResult[number]];
    const text = '# Notes\n\nIntro.\n';
    const insertion = await client.connection.sendRequest<ItemInsertionResult>('sourced/itemInsertion', { uri: ws.draftUri.replace('draft.md', 'notes.md'), text, file: item.file, start: item.start });
    assert.ok(insertion);
    assert.match(insertion.text, /^Kunshan, dedicated .*\[\^jia-kun-tai-automotive-5\]$/);
    assert.equal(insertion.additional.length, 1);
    assert.equal(insertion.additional[0]?.offset, text.length);
    assert.match(insertion.additional[0]?.text ?? '', /\[\^jia-kun-tai-automotive-5\]: .*\(seeds\/jia-kun-tai-automotive\.txt#L5\)/);
    assert.equal(await client.connection.sendRequest('sourced/itemInsertion', { uri: ws.draftUri, text, file: 'nowhere.txt', start: 0 }), null);
  });

  it('sourced/resolveSource: an indexed path and the citation under the cursor lead to the source; other paths to nothing', async () => {
    const byPath = await client.connection.sendRequest<ResolveSourceResult>('sourced/resolveSource', { file: SEED, line: 5 });
    assert.ok(byPath && 'uri' in byPath);
    assert.match(byPath.uri, /\/seeds\/jia-kun-tai-automotive\.txt$/);
    assert.equal(byPath.line, 5);
    for (const file of ['../../etc/passwd', '/etc/passwd', 'file:///etc/passwd']) {
      assert.equal(await client.connection.sendRequest('sourced/resolveSource', { file, line: 1 }), null, file);
    }
    const text = 'Grew.[^jia-kun-tai-automotive-5]\n\n[^jia-kun-tai-automotive-5]: [x](seeds/jia-kun-tai-automotive.txt#L5)\n';
    const atCitation = await client.connection.sendRequest<ResolveSourceResult>('sourced/resolveSource', { uri: ws.draftUri, text, offset: 8 });
    assert.ok(atCitation && 'uri' in atCitation, JSON.stringify(atCitation));
    assert.equal(atCitation.line, 5);
    assert.equal(await client.connection.sendRequest('sourced/resolveSource', { uri: ws.draftUri, text, offset: 1 }), null, 'no citation at the cursor');
    const missing = await client.connection.sendRequest<ResolveSourceResult>('sourced/resolveSource', { uri: ws.draftUri, text: 'See [x](gone.txt#L3).', offset: 6 });
    assert.deepEqual(missing, { ref: 'gone.txt' });
  });

  it('sourced/sourcesOverview: every source with its title and counts, and a draft\'s citations grouped by source', async () => {
    const plain = await client.connection.sendRequest<SourcesOverview>('sourced/sourcesOverview', {});
    const seed = plain.sources.find((s) => s.file === SEED);
    assert.ok(seed, JSON.stringify(plain.sources));
    assert.match(seed.title ?? '', /^Jiading, Kunshan and Taicang/);
    assert.ok(seed.facts > 10 && seed.quotes > 0, JSON.stringify(seed));
    assert.equal(plain.citations, undefined, 'no draft, no citations');
    const text = [
      'Kunshan grew.[^jia-kun-tai-automotive-5]',
      '',
      'A test track ([x](seeds/jia-kun-tai-automotive.txt#L14)) and a link to nowhere ([y](seeds/gone.txt#L2)).',
      '',
      '[^jia-kun-tai-automotive-5]: [Jiading](seeds/jia-kun-tai-automotive.txt#L5)',
    ].join('\n');
    const withDraft = await client.connection.sendRequest<SourcesOverview>('sourced/sourcesOverview', { draft: { uri: ws.draftUri, text } });
    assert.deepEqual(withDraft.citations, [
      {
        file: SEED,
        title: seed.title,
        citations: [
          { line: 5, draftLine: 1, text: 'Kunshan grew.' },
          { line: 14, draftLine: 3, text: 'A test track' },
        ],
      },
    ]);
  });

  it('sourced/sourceItems: the facts and quotes of one source in text order, as the fact picker lists them', async () => {
    const items = await client.connection.sendRequest<ItemSummary[]>('sourced/sourceItems', { file: SEED });
    assert.ok(items.some((i) => i.kind === 'fact' && i.line === 5 && i.text.startsWith(KUNSHAN)));
    assert.ok(items.some((i) => i.kind === 'quote'));
    assert.deepEqual(items.map((i) => i.start), [...items.map((i) => i.start)].sort((a, b) => a - b));
    assert.deepEqual(await client.connection.sendRequest('sourced/sourceItems', { file: 'nowhere.txt' }), []);
  });

  it('sourced/status counts the checks running now', async () => {
    await client.diagnosticsFor(ws.draftUri, 1);
    const status = await client.connection.sendRequest<ServerStatus>('sourced/status');
    assert.equal(status.checks.running, 0);
    assert.ok(status.checks.completed >= 1, JSON.stringify(status.checks));
  });

  it('editor options: a citation hover links to the client\'s own command, and completion items carry their passage at once', async () => {
    const cited = ws.draftUri.replace('draft.md', 'cited.md');
    await client.open(cited, 'Kunshan grew.[^jia-kun-tai-automotive-5]\n\n[^jia-kun-tai-automotive-5]: [x](seeds/jia-kun-tai-automotive.txt#L5)\n\nkunshan autmotive');
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: cited }, position: { line: 0, character: 20 } });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    const links = value.match(/\]\(command:sourced\.openSource\?([^)\s]+)\)/g) ?? [];
    assert.equal(links.length, 1, value);
    assert.deepEqual(JSON.parse(decodeURIComponent(/\?([^)\s]+)\)/.exec(links[0] ?? '')?.[1] ?? '')), [{ file: SEED, line: 5 }]);
    assert.doesNotMatch(value, /file:\/\//);
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: cited }, position: { line: 4, character: 17 } });
    const first = list.items[0];
    assert.match((first?.documentation as MarkupContent | undefined)?.value ?? '', /Kunshan, dedicated/);
  });

  it('each diagnostic names the draft version it was checked on (data.version)', async () => {
    const published = await client.diagnosticsFor(ws.draftUri, 1);
    assert.ok(published.diagnostics.length > 0);
    for (const d of published.diagnostics) assert.deepEqual(d.data, { version: 1 });
  });
});
