/**
 * Citation drift over the protocol: a draft whose citations were right gets
 * no diagnostic; once its source is edited on disk (lines inserted above the
 * cited passage) and the client reports the change, each citation gets a
 * `citation-moved` diagnostic whose preferred quick fix rewrites its line
 * (and a hover that shows the passage where it is now), and the draft is
 * clean once the fixes are applied.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import { demoWorkspace, TestClient } from './client';

const SEED = 'seeds/jia-kun-tai-automotive.txt';

describe('sourced lsp --stdio: citation drift', function () {
  this.timeout(60_000);
  const ws = demoWorkspace();
  const seedPath = path.join(ws.dir, SEED);
  const kunshan = (readFileSync(seedPath, 'utf8').split('\n')[4] ?? '').replace(/\.$/, '');
  const uri = ws.draftUri.replace('draft.md', 'cited.md');
  const text = [
    `${kunshan}.[^jia-kun-tai-automotive-5]`,
    '',
    `${kunshan} ([jia-kun-tai-automotive.txt:5](${SEED}#L5)).`,
    '',
    `${kunshan} [@jia-kun-tai-automotive, l. 5].`,
    '',
    `[^jia-kun-tai-automotive-5]: [${SEED}:5](${SEED}#L5)`,
    '',
    // A link to a file outside the sources' folders is none of Sourced's business, though a source holds its words.
    `${kunshan} ([my notes](notes/kunshan.txt#L2)).`,
    '',
  ].join('\n');
  let client: TestClient;

  before(async () => {
    client = await TestClient.start(ws.dir);
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('pushes no diagnostic while the citations point at their passage', async () => {
    await client.open(uri, text);
    assert.deepEqual((await client.diagnosticsFor(uri, 1)).diagnostics, []);
  });

  it('pushes citation-moved on every citation once the source changes on disk, and the "Update the citation" fixes leave the draft clean', async () => {
    const mark = client.diagnostics.length;
    writeFileSync(seedPath, readFileSync(seedPath, 'utf8').replace(/\n/, '\nEditor’s note: updated.\n\nCorrection appended.\n'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(seedPath).href, type: 2 }] });
    const pushed = await client.until(() => client.diagnostics.slice(mark).find((d) => d.uri === uri && d.diagnostics.length > 0));
    assert.deepEqual(
      pushed.diagnostics.map((d) => [d.code, d.range.start.line, d.message]),
      [0, 2, 4].map((line) => ['citation-moved', line, `Citation moved: ${SEED}:5 no longer holds this passage; it is now at line 8`]),
    );
    assert.equal(pushed.diagnostics[0]?.relatedInformation?.[0]?.location.range.start.line, 7);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: pushed.diagnostics[1]?.range.start });
    const markdown = (hover.contents as MarkupContent).value;
    assert.match(markdown.replace(/\\/g, ''), /^⚠ Citation moved: seeds\/jia-kun-tai-automotive\.txt:5 no longer holds this passage; it is now at line 8\n\n> /u);
    assert.match(markdown, /\*\*Kunshan, dedicated to the development of automotive electronics/u);
    assert.match(markdown, /`seeds\/jia-kun-tai-automotive\.txt:8`/u);
    const edits: TextEdit[] = [];
    for (const diagnostic of pushed.diagnostics) {
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      assert.deepEqual(
        actions.map((a) => [a.title, a.isPreferred === true]),
        [
          ['Update the citation to line 8', true],
          ['Ignore this citation here', false],
        ],
      );
      edits.push(...(actions[0]?.edit?.changes?.[uri] ?? []));
    }
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
    assert.equal(fixed, text.replaceAll('automotive-5]', 'automotive-8]').replaceAll(':5]', ':8]').replaceAll('#L5', '#L8').replace('l. 5]', 'l. 8]'));
    await client.replace(uri, 2, fixed);
    assert.deepEqual((await client.diagnosticsFor(uri, 2)).diagnostics, []);
  });

  it('pushes citation-broken on the footnote and the link once the source file is deleted; the Pandoc key, which may be a bibliography key, is left alone', async () => {
    const mark = client.diagnostics.length;
    rmSync(seedPath);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(seedPath).href, type: 3 }] });
    const pushed = await client.until(() => client.diagnostics.slice(mark).find((d) => d.uri === uri && d.diagnostics.length > 0));
    assert.deepEqual(
      pushed.diagnostics.map((d) => [d.code, d.range.start.line, d.message]),
      [0, 2].map((line) => ['citation-broken', line, `Citation broken: ${SEED} does not exist`]),
    );
  });
});
