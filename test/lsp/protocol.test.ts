/**
 * The language server over the protocol, as any editor sees it: a scripted
 * client spawns `node dist/cli.js lsp --stdio` on a copy of the demo
 * workspace and checks the capabilities, completion, hovers, diagnostics
 * and quick fixes. No assertion depends on the clock.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import { demoWorkspace, TestClient } from './client';

/** The Kunshan fact of seeds/jia-kun-tai-automotive.txt, line 5. */
const KUNSHAN = 'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan';

describe('sourced lsp --stdio: capabilities, completion, hover, diagnostics, quick fixes', function () {
  this.timeout(60_000);
  const ws = demoWorkspace();
  let client: TestClient;
  const draftText = readFileSync(ws.draftPath, 'utf8');

  before(async () => {
    client = await TestClient.start(ws.dir);
    await client.open(ws.draftUri, draftText);
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('offers completion with resolve, hover, quick fixes and its commands, and pushes diagnostics to a client that does not pull', () => {
    const caps = client.initializeResult?.capabilities;
    assert.ok(caps);
    assert.equal(caps.completionProvider?.resolveProvider, true);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['@']);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.ok(caps.executeCommandProvider?.commands.includes('sourced.rebuildIndex'));
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.diagnosticProvider, undefined);
    assert.equal(client.initializeResult?.serverInfo?.name, 'sourced');
  });

  it('pushes the "56 billion yuan" contradiction for the opened draft, with its version and the source line', async () => {
    const published = await client.diagnosticsFor(ws.draftUri, 1);
    assert.equal(published.diagnostics.length, 1);
    const [d] = published.diagnostics as [Diagnostic];
    assert.equal(d.message, '56 billion yuan contradicts seeds/jia-kun-tai-automotive.txt:5 (65 billion yuan)');
    assert.deepEqual(d.range, { start: { line: 5, character: 76 }, end: { line: 5, character: 91 } });
    assert.equal(d.severity, 2);
    assert.equal(d.source, 'Sourced');
    assert.equal(d.code, 'contradiction');
    assert.match(d.relatedInformation?.[0]?.location.uri ?? '', /\/seeds\/jia-kun-tai-automotive\.txt$/);
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 4);
  });

  it('completes "kunshan autmotive" with the Kunshan fact and its footnote citation, and resolves the passage', async () => {
    const uri = ws.draftUri.replace('draft.md', 'notes.md');
    await client.open(uri, '# Notes\n\nkunshan autmotive');
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 17 } });
    assert.equal(list.isIncomplete, true);
    const item = list.items.find((i) => (i.textEdit as TextEdit | undefined)?.newText.startsWith(KUNSHAN));
    assert.ok(item, `no Kunshan fact among ${list.items.map((i) => i.label).join(' | ')}`);
    assert.equal(list.items.indexOf(item), 0);
    assert.equal(item.detail, 'Fact · seeds/jia-kun-tai-automotive.txt:5');
    const edit = item.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 17 } });
    assert.ok(edit.newText.startsWith(`${KUNSHAN}, a year-on-year increase of 1.5 percent.[^jia-kun-tai-automotive-5]\n\n`), edit.newText);
    // The footnote definition goes at the end of the draft, which is the cursor here: it rides in the main edit.
    assert.match(edit.newText, /\n\n\[\^jia-kun-tai-automotive-5\]: .*\[seeds\/jia-kun-tai-automotive\.txt:5\]\(seeds\/jia-kun-tai-automotive\.txt#L5\)\n$/);
    assert.equal(item.documentation, undefined);
    const resolved = await client.connection.sendRequest<CompletionItem>('completionItem/resolve', item);
    const doc = resolved.documentation as MarkupContent;
    assert.equal(doc.kind, 'markdown');
    assert.match(doc.value, /\*\*Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan, a year\\-on\\-year increase of 1\\\.5 percent\\\.\*\*/);
  });

  it('puts the footnote definition in an extra edit when the cursor is not at the end of the draft', async () => {
    const uri = ws.draftUri.replace('draft.md', 'middle.md');
    await client.open(uri, 'kunshan autmotive\n\nMore text.\n');
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 17 } });
    const item = list.items[0];
    assert.ok(item);
    assert.equal((item.textEdit as TextEdit).newText, `${KUNSHAN}, a year-on-year increase of 1.5 percent.[^jia-kun-tai-automotive-5]`);
    assert.equal(item.additionalTextEdits?.length, 1);
    assert.deepEqual(item.additionalTextEdits?.[0]?.range.start, { line: 3, character: 0 });
    assert.match(item.additionalTextEdits?.[0]?.newText ?? '', /^\n\[\^jia-kun-tai-automotive-5\]: /);
  });

  it('shows the cited passage, escaped, when hovering over a citation', async () => {
    const uri = ws.draftUri.replace('draft.md', 'cited.md');
    const text = 'Kunshan grew.[^jia-kun-tai-automotive-5]\n\n[^jia-kun-tai-automotive-5]: [seeds/jia-kun-tai-automotive.txt:5](seeds/jia-kun-tai-automotive.txt#L5)\n';
    await client.open(uri, text);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Kunshan, dedicated to the development of automotive electronics/);
    assert.match(value, /`seeds\/jia-kun-tai-automotive\.txt:5`/);
    assert.match(value, /\[Open source\]\(file:\/\/[^)]*\/seeds\/jia-kun-tai-automotive\.txt#L5\)/);
    assert.doesNotMatch(value, /command:/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 40 } });
  });

  it('shows the verdict and the source passage when hovering over a contradicted number', async () => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 5, character: 80 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^⚠ \*\*Contradicted by the sources:\*\* the draft says 56 billion yuan, the source says 65 billion yuan\./);
    assert.doesNotMatch(value, /\$\(warning\)/);
  });

  it('offers "Replace with 65 billion yuan" as the preferred fix, and the draft is clean once it is applied', async () => {
    const published = await client.diagnosticsFor(ws.draftUri, 1);
    const diagnostic = published.diagnostics[0] as Diagnostic;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.draftUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Replace with 65 billion yuan', 'Replace with 65 billion yuan and cite', 'Ignore this number here'],
    );
    const [replace, cite] = actions as [CodeAction, CodeAction];
    assert.equal(replace.isPreferred, true);
    assert.equal(replace.kind, 'quickfix');
    const citeEdits = cite.edit?.changes?.[ws.draftUri] ?? [];
    assert.ok(citeEdits.some((e) => e.newText === '[^jia-kun-tai-automotive-5]'));
    const edits = replace.edit?.changes?.[ws.draftUri];
    assert.ok(edits);
    const fixed = TextDocument.applyEdits(TextDocument.create(ws.draftUri, 'markdown', 1, draftText), edits);
    assert.match(fixed.split('\n')[5] ?? '', /reported an output of 65 billion yuan, a year-on-year/);
    await client.replace(ws.draftUri, 2, fixed);
    const after = await client.diagnosticsFor(ws.draftUri, 2);
    assert.deepEqual(after.diagnostics, []);
  });

  it('pushes a misquote with "Restore the source\'s words" as the preferred fix, and the draft is clean once it is applied', async () => {
    const uri = ws.draftUri.replace('draft.md', 'quote.md');
    const text = 'Chen Huifen said: "This represents a partial integration of scientific and technological innovation with advanced manufacturing."\n';
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity, d.range.start.character, d.range.end.character]),
      [['misquote', 2, 19, 128]],
    );
    const diagnostic = published.diagnostics[0] as Diagnostic;
    assert.match(diagnostic.message as string, /«This represents a ~~partial~~ \*\*perfect\*\* integration/u);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred === true]),
      [
        ["Restore the source's words", true],
        ["Restore the source's words and cite", false],
        ['Ignore this quotation here', false],
      ],
    );
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), actions[0]?.edit?.changes?.[uri] ?? []);
    assert.equal(fixed, text.replace('partial', 'perfect'));
    await client.replace(uri, 2, fixed);
    assert.deepEqual((await client.diagnosticsFor(uri, 2)).diagnostics, []);
  });
});
