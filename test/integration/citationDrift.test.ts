// Citation drift in the real editor: a source edited on disk turns a right citation into a citation-moved
// diagnostic whose quick fix rewrites the footnote's line, and a deleted sentence into citation-broken.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activated, openDraft, sourcedDiagnostics, waitFor, workspaceUri } from './helpers';

const encoder = new TextEncoder();
const SENTENCE = 'The Saltcombe ferry terminal handled 7,420 vehicles in March, up 12 percent on February.';
const SOURCE = ['Saltcombe harbour bulletin', '', SENTENCE, 'Officials expect a busier summer season.', ''];

async function writeSource(lines: readonly string[]): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri('seeds', 'zz-drift-harbour.txt'), encoder.encode(lines.join('\n')));
}

function diagnosticsWhere(uri: vscode.Uri, what: string, ok: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = sourcedDiagnostics(uri);
    return ok(found) ? found : undefined;
  }, 40_000);
}

/**
 * Sourced's citation fixes at a diagnostic (the workbench adds actions of its own, such as "Fix" and "Explain").
 * Asked again until some come: a request that meets a check the index made stale (the file watcher may report
 * one write twice) gets none, as the editor's next request would not.
 */
function codeActions(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return waitFor('Sourced citation fixes', async () => {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const ours = actions.filter((a): a is vscode.CodeAction => (a instanceof vscode.CodeAction || 'edit' in a) && /citation/.test(a.title));
    return ours.length > 0 ? ours : undefined;
  });
}

describe('citation drift', function () {
  // A source changed on disk reaches the index through the file watcher, which may lag on a busy machine.
  this.timeout(60_000);
  before(async () => {
    await activated();
    await writeSource(SOURCE);
    await vscode.workspace.fs.writeFile(
      workspaceUri('drafts', 'zz-drift.md'),
      encoder.encode(`${SENTENCE}[^zz-drift-harbour-3]\n\n[^zz-drift-harbour-3]: Saltcombe harbour bulletin. [../seeds/zz-drift-harbour.txt:3](../seeds/zz-drift-harbour.txt#L3)\n`),
    );
    await vscode.commands.executeCommand('sourced.rebuildIndex');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(workspaceUri('seeds', 'zz-drift-harbour.txt'));
    await vscode.workspace.fs.delete(workspaceUri('drafts', 'zz-drift.md'));
  });

  it('flags a footnote as moved once lines are inserted above its passage on disk, and "Update the citation to line 5" fixes it', async () => {
    const { document } = await openDraft('drafts', 'zz-drift.md');
    assert.strictEqual(await vscode.commands.executeCommand<number>('sourced.checkDocument'), 0, 'the citation is right before the edit');

    await writeSource([SOURCE[0] ?? '', 'Updated on 2 April.', '', ...SOURCE.slice(1)]);
    const [diagnostic] = await diagnosticsWhere(document.uri, 'a citation-moved diagnostic', (d) => d.some((x) => x.code === 'citation-moved'));
    assert.ok(diagnostic);
    assert.strictEqual(diagnostic.message, 'Citation moved: seeds/zz-drift-harbour.txt:3 no longer holds this passage; it is now at line 5');
    assert.strictEqual(document.getText(diagnostic.range), '[^zz-drift-harbour-3]');
    assert.strictEqual(diagnostic.relatedInformation?.[0]?.location.range.start.line, 4);

    const actions = await codeActions(document.uri, diagnostic);
    assert.deepStrictEqual(
      actions.map((a) => [a.title, a.isPreferred === true]),
      [
        ['Update the citation to line 5', true],
        ['Ignore this citation here', false],
      ],
    );
    assert.ok(actions[0]?.edit && (await vscode.workspace.applyEdit(actions[0].edit)));
    assert.strictEqual(
      document.getText(),
      `${SENTENCE}[^zz-drift-harbour-5]\n\n[^zz-drift-harbour-5]: Saltcombe harbour bulletin. [../seeds/zz-drift-harbour.txt:5](../seeds/zz-drift-harbour.txt#L5)\n`,
    );
    await diagnosticsWhere(document.uri, 'no diagnostic after the fix', (d) => d.length === 0);
  });

  it('flags the footnote as broken once its sentence is deleted from the source on disk, offering only to ignore it', async () => {
    const { document } = await openDraft('drafts', 'zz-drift.md');
    await writeSource([SOURCE[0] ?? '', 'Updated on 2 April.', '', '', 'Officials expect a busier summer season.', '']);
    const [diagnostic] = await diagnosticsWhere(document.uri, 'a citation-broken diagnostic', (d) => d.some((x) => x.code === 'citation-broken'));
    assert.ok(diagnostic);
    assert.strictEqual(diagnostic.message, 'Citation broken: seeds/zz-drift-harbour.txt:5 no longer holds this passage, and no line of the source does');
    const actions = await codeActions(document.uri, diagnostic);
    assert.deepStrictEqual(
      actions.map((a) => a.title),
      ['Ignore this citation here'],
    );
  });
});
