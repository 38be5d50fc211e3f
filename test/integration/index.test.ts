// The source index follows the disk: new, changed, renamed-into-place and deleted source files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IndexSummary } from '../../src/core/index/summary';
import { activated, endOfLine, insertTextOf, sourcedCompletions, sourcedDiagnostics, waitFor, workspaceUri } from './helpers';

const encoder = new TextEncoder();

/** A draft whose only line is `query`, for asking completion. */
async function queryDraft(query: string): Promise<{ document: vscode.TextDocument; at: vscode.Position }> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: query });
  return { document, at: endOfLine(document, 0) };
}

/** Waits until some completion for `query` inserts text containing `needle` (or, with `present` false, none does). */
async function waitForCompletion(query: string, needle: string, present: boolean): Promise<void> {
  const { document, at } = await queryDraft(query);
  await waitFor(`completion for "${query}" ${present ? 'to offer' : 'to drop'} "${needle}"`, async () => {
    const items = await sourcedCompletions(document, at);
    return items.some((i) => insertTextOf(i).includes(needle)) === present ? true : undefined;
  });
}

function sourceText(sentence: string): Uint8Array {
  return encoder.encode(`Observatory bulletin\n\n${sentence} Astronomers called it a remarkable season.\n`);
}

describe('source index updates', () => {
  before(activated);

  it('indexes a new source file, follows a change and forgets it once deleted', async () => {
    const uri = workspaceUri('seeds', 'zz-quillfeather.txt');
    await vscode.workspace.fs.writeFile(uri, sourceText('The Quillfeather Observatory recorded 4,321 meteors over Lake Vostrikov in 2023.'));
    await waitForCompletion('quillfeather meteors', 'recorded 4,321 meteors', true);

    await vscode.workspace.fs.writeFile(uri, sourceText('The Quillfeather Observatory recorded 5,876 meteors over Lake Vostrikov in 2023.'));
    await waitForCompletion('quillfeather meteors', 'recorded 5,876 meteors', true);
    await waitForCompletion('quillfeather meteors', 'recorded 4,321 meteors', false);

    await vscode.workspace.fs.delete(uri);
    await waitForCompletion('quillfeather meteors', 'Quillfeather', false);
  });

  it('survives save-by-rename: a temporary file renamed over a source', async () => {
    const target = workspaceUri('seeds', 'zz-brightwater.txt');
    const temp = workspaceUri('seeds', 'zz-brightwater.txt.tmp');
    await vscode.workspace.fs.writeFile(target, sourceText('The Brightwater ferry carried 7,310 passengers on its first day.'));
    await waitForCompletion('brightwater ferry passengers', '7,310 passengers', true);
    await vscode.workspace.fs.writeFile(temp, sourceText('The Brightwater ferry carried 9,044 passengers on its first day.'));
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    await waitForCompletion('brightwater ferry passengers', '9,044 passengers', true);
    await waitForCompletion('brightwater ferry passengers', '7,310 passengers', false);
    await vscode.workspace.fs.delete(target);
    await waitForCompletion('brightwater ferry passengers', 'Brightwater', false);
  });

  it('indexes a folder moved into the sources and forgets it when the folder is deleted', async () => {
    const outside = workspaceUri('zz-incoming');
    const inside = workspaceUri('seeds', 'zz-incoming');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(outside, 'report.txt'), sourceText('The Emberfield orchard harvested 2,650 tonnes of apples.'));
    await vscode.workspace.fs.rename(outside, inside);
    await waitForCompletion('emberfield orchard apples', '2,650 tonnes', true);
    await vscode.workspace.fs.delete(inside, { recursive: true });
    await waitForCompletion('emberfield orchard apples', 'Emberfield', false);
  });

  it('skips binary files with a reason and indexes the rest', async () => {
    const uri = workspaceUri('seeds', 'zz-binary.txt');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0x54, 0x68, 0x65, 0x00, 0x01, 0x02, 0x20, 0x33, 0x00]));
    try {
      const summary = await vscode.commands.executeCommand<IndexSummary>('sourced.rebuildIndex');
      assert.deepStrictEqual(summary.skipped.map((s) => s.path), ['seeds/zz-binary.txt']);
      assert.match(summary.skipped[0]?.reason ?? '', /binary/);
      assert.ok(summary.sources >= 3 && summary.facts > 40, JSON.stringify(summary));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('rechecks open drafts when a source changes', async () => {
    const uri = workspaceUri('sources', 'zz-saltmarsh.txt');
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The Saltmarsh tidal plant produced 410 megawatts in 2024.\n' });
    await vscode.window.showTextDocument(draft);
    assert.deepStrictEqual(sourcedDiagnostics(draft.uri).map((d) => d.message), []);
    await vscode.workspace.fs.writeFile(uri, sourceText('The Saltmarsh tidal plant produced 140 megawatts in 2024.'));
    await waitFor('a contradiction from the new source', () => (vscode.languages.getDiagnostics(draft.uri).some((d) => d.source === 'Sourced') ? true : undefined));
    await vscode.workspace.fs.delete(uri);
    await waitFor('the contradiction to go', () => (vscode.languages.getDiagnostics(draft.uri).some((d) => d.source === 'Sourced') ? undefined : true));
  });
});
