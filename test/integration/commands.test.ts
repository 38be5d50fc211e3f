// Commands: Open Source at Citation (and its refusal of paths outside the workspace) and Insert Fact or Quote.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activated, openDraft, waitFor } from './helpers';

describe('commands', () => {
  before(activated);

  it('opens a source at a line', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('sourced.openSource', { file: 'seeds/jia-kun-tai-automotive.txt', line: 5 }), true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no active editor');
    assert.ok(editor.document.uri.path.endsWith('/seeds/jia-kun-tai-automotive.txt'), editor.document.uri.toString());
    assert.strictEqual(editor.selection.active.line, 4);
  });

  for (const file of ['../../etc/passwd', '/etc/passwd', 'seeds/../../../etc/passwd', 'file:///etc/passwd']) {
    it(`refuses to open ${file}`, async () => {
      const { document } = await openDraft('drafts', 'cited.md');
      assert.strictEqual(await vscode.commands.executeCommand('sourced.openSource', { file, line: 1 }), false);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());
    });
  }

  it('opens the source of the citation under the cursor when given no arguments', async () => {
    const editor = await openDraft('drafts', 'cited.md');
    const at = editor.document.positionAt(editor.document.getText().indexOf('[^jia-kun-tai-automotive-5]') + 2);
    editor.selection = new vscode.Selection(at, at);
    assert.strictEqual(await vscode.commands.executeCommand('sourced.openSource'), true);
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith('/seeds/jia-kun-tai-automotive.txt'));
  });

  it('Insert Fact or Quote… inserts the picked fact with its citation at the cursor', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'kunshan automotive electronics output' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, document.lineAt(0).text.length);
    const done = vscode.commands.executeCommand<boolean>('sourced.insertFact');
    // The picker opens with the selection as its value; accept its first (best-ranked) item once it has loaded.
    await waitFor('the picker to insert', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 200));
      return document.getText().startsWith('Kunshan, dedicated') ? true : undefined;
    });
    assert.strictEqual(await done, true);
    assert.match(document.getText(), /^Kunshan, dedicated to the development of automotive electronics, .*1\.5 percent\.\[\^jia-kun-tai-automotive-5\]\n\n\[\^jia-kun-tai-automotive-5\]: .*\(seeds\/jia-kun-tai-automotive\.txt#L5\)\n$/);
  });
});
