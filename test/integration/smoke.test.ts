// Smoke test: the extension loads in a real extension host, in a workspace that has sources.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'sourced-dev.sourced';

describe('smoke', () => {
  it('finds and activates the Sourced extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the extension host`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('opens a workspace whose seeds/ folder is readable through vscode.workspace.fs', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'expected exactly one workspace folder');
    const seeds = vscode.Uri.joinPath(folders[0]!.uri, 'seeds');
    const entries = await vscode.workspace.fs.readDirectory(seeds);
    const files = entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
    assert.ok(files.length > 0, 'seeds/ holds no files');
    const first = vscode.Uri.joinPath(seeds, files.sort()[0]!);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
    assert.ok(text.trim().length > 0, `${first.fsPath} is empty`);
  });
});
