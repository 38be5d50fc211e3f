// Restricted Mode: the workspace is not trusted. Sourced declares `untrustedWorkspaces: limited`, so it
// still activates and reads the default seeds/ and sources/, while VS Code ignores the workspace's
// values of the restricted settings `sourced.sources` and `sourced.maxFileSizeMB`.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activated, endOfLine, insertTextOf, openDraft, sourcedCompletions, sourcedDiagnostics, waitFor } from '../integration/helpers';
import { withElsewhereSettings } from '../integration/restrictedSettings';

describe('Restricted Mode (workspace trust enabled, workspace not trusted)', () => {
  before(activated);

  it('the workspace is untrusted and Sourced is active', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.strictEqual(vscode.extensions.getExtension('sourced-dev.sourced')?.isActive, true);
  });

  it('completion offers facts from the default seeds/', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'kunshan automotive electronics' });
    const items = await sourcedCompletions(document, endOfLine(document, 0));
    assert.ok(items.some((i) => insertTextOf(i).startsWith('Kunshan, dedicated')), items.map(insertTextOf).join(' | '));
  });

  it('diagnostics report a contradiction with the default seeds/', async () => {
    const { document } = await openDraft('drafts', 'contradiction.md');
    const found = await waitFor('a Sourced diagnostic', () => {
      const d = sourcedDiagnostics(document.uri);
      return d.length > 0 ? d : undefined;
    });
    assert.deepStrictEqual(found.map((d) => document.getText(d.range)), ['56 billion yuan']);
  });

  it('workspace values of sourced.sources and sourced.maxFileSizeMB are not honoured: the defaults apply', async () => {
    const { summary, offersElsewhere } = await withElsewhereSettings();
    assert.ok(summary.sources >= 2, JSON.stringify(summary));
    assert.deepStrictEqual(summary.skipped, [], 'the 0.001 MB limit from the workspace would skip every seed');
    assert.deepStrictEqual(summary.notes, []);
    assert.strictEqual(offersElsewhere, false, 'a file outside the default globs was indexed');
  });
});
