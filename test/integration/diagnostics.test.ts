// Contradiction, misquote and misattribution diagnostics (languages.getDiagnostics) and their quick fixes (vscode.executeCodeActionProvider).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activated, openDraft, sourcedDiagnostics, waitFor, withSetting } from './helpers';

/** Waits until the document's Sourced diagnostics satisfy `ok`. */
function diagnosticsWhere(uri: vscode.Uri, what: string, ok: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = sourcedDiagnostics(uri);
    return ok(found) ? found : undefined;
  });
}

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  return actions.filter((a): a is vscode.CodeAction => a instanceof vscode.CodeAction || 'edit' in a);
}

describe('diagnostics and quick fixes', () => {
  before(activated);

  it('reports "56 billion yuan" as contradicting the source, and not "65bn yuan"', async () => {
    const { document } = await openDraft('drafts', 'contradiction.md');
    const found = await diagnosticsWhere(document.uri, 'a Sourced diagnostic', (d) => d.length > 0);
    const texts = found.map((d) => document.getText(d.range));
    assert.deepStrictEqual(texts, ['56 billion yuan']);
    const [diagnostic] = found;
    assert.ok(diagnostic);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(diagnostic.code, 'contradiction');
    const related = diagnostic.relatedInformation?.[0];
    assert.ok(related, 'relatedInformation points at the source');
    assert.ok(related.location.uri.path.endsWith('/seeds/jia-kun-tai-automotive.txt'), related.location.uri.toString());
    assert.strictEqual(related.location.range.start.line, 4);
  });

  it('follows sourced.factCheck.severity', async () => {
    const { document } = await openDraft('drafts', 'contradiction.md');
    await withSetting('factCheck.severity', 'error', () =>
      diagnosticsWhere(document.uri, 'an Error diagnostic', (d) => d.length === 1 && d[0]?.severity === vscode.DiagnosticSeverity.Error),
    );
    await diagnosticsWhere(document.uri, 'a Warning diagnostic again', (d) => d.length === 1 && d[0]?.severity === vscode.DiagnosticSeverity.Warning);
  });

  it('offers "Replace with 65 billion yuan" (preferred), "… and cite" and "Ignore", and the replacement clears the diagnostic', async () => {
    const { document } = await openDraft('drafts', 'contradiction.md');
    const [diagnostic] = await diagnosticsWhere(document.uri, 'a Sourced diagnostic', (d) => d.length > 0);
    assert.ok(diagnostic);
    const actions = await codeActions(document.uri, diagnostic.range);
    const titles = actions.map((a) => a.title);
    for (const title of ['Replace with 65 billion yuan', 'Replace with 65 billion yuan and cite', 'Ignore this number here']) {
      assert.ok(titles.includes(title), `missing "${title}" in ${JSON.stringify(titles)}`);
    }
    const replace = actions.find((a) => a.title === 'Replace with 65 billion yuan');
    assert.ok(replace?.edit);
    assert.strictEqual(replace.isPreferred, true);
    assert.strictEqual(replace.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.ok(
      document.getText().includes('reported an automotive industry output of 65 billion yuan, a year-on-year increase of 1.5 percent.'),
      document.getText(),
    );
    await diagnosticsWhere(document.uri, 'the diagnostic to clear', (d) => d.length === 0);
  });

  it('"Replace … and cite" replaces the number and cites the source at the end of the sentence', async () => {
    const { document } = await openDraft('drafts', 'cite-fix.md');
    const [diagnostic] = await diagnosticsWhere(document.uri, 'a Sourced diagnostic', (d) => d.length > 0);
    assert.ok(diagnostic);
    const cite = (await codeActions(document.uri, diagnostic.range)).find((a) => a.title === 'Replace with 65 billion yuan and cite');
    assert.ok(cite?.edit);
    assert.ok(await vscode.workspace.applyEdit(cite.edit));
    const text = document.getText();
    assert.ok(text.includes('Kunshan reported an automotive industry output of 65 billion yuan.[^jia-kun-tai-automotive-5]\n'), text);
    assert.ok(text.includes('\n[^jia-kun-tai-automotive-5]: '), text);
  });

  it('"Ignore this number here" writes the marker the checker honours', async () => {
    const { document } = await openDraft('drafts', 'ignore.md');
    const [diagnostic] = await diagnosticsWhere(document.uri, 'a Sourced diagnostic', (d) => d.length > 0);
    assert.ok(diagnostic);
    const ignore = (await codeActions(document.uri, diagnostic.range)).find((a) => a.title === 'Ignore this number here');
    assert.ok(ignore?.edit);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.strictEqual(document.lineAt(diagnostic.range.start.line).text, 'Kunshan reported an automotive industry output of 56 billion yuan. <!-- sourced-ignore -->');
    await diagnosticsWhere(document.uri, 'the diagnostic to clear', (d) => d.length === 0);
  });

  it('a change in the wrong direction says so and offers "Ignore" but no replacement that would change nothing', async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Kunshan, dedicated to automotive electronics, reported an automotive industry output of 65 billion yuan, a year-on-year decrease of 1.5 percent.\n',
    });
    await vscode.window.showTextDocument(draft);
    try {
      const [diagnostic] = await diagnosticsWhere(draft.uri, 'a Sourced diagnostic', (d) => d.length === 1);
      assert.ok(diagnostic);
      assert.strictEqual(draft.getText(diagnostic.range), '1.5 percent');
      assert.ok(diagnostic.message.includes('(1.5 percent, a rise)'), diagnostic.message);
      const titles = (await codeActions(draft.uri, diagnostic.range)).map((a) => a.title);
      assert.ok(titles.includes('Ignore this number here'), JSON.stringify(titles));
      assert.ok(!titles.some((t) => t.startsWith('Replace with')), JSON.stringify(titles));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('reports a misquote and a misattribution, and "Restore the source\'s words" (preferred) clears the misquote', async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content:
        'Chen Huifen said: "This represents a partial integration of scientific and technological innovation with advanced manufacturing."\n\n' +
        '"We hope that the government can build a \'trustworthy data space\' in the region," said Xu Dongdong.\n',
    });
    await vscode.window.showTextDocument(draft);
    try {
      const found = await diagnosticsWhere(draft.uri, 'two Sourced diagnostics', (d) => d.length === 2);
      assert.deepStrictEqual(
        found.map((d) => [d.code, d.severity]),
        [
          ['misquote', vscode.DiagnosticSeverity.Warning],
          ['misattributed', vscode.DiagnosticSeverity.Warning],
        ],
      );
      const [misquote, misattributed] = found as [vscode.Diagnostic, vscode.Diagnostic];
      assert.ok(misquote.message.includes('a ~~partial~~ **perfect** integration'), misquote.message);
      assert.ok(misattributed.message.includes('gives these words to Wang Tianchi, not Xu Dongdong'), misattributed.message);
      const actions = await codeActions(draft.uri, misquote.range);
      const restore = actions.find((a) => a.title === "Restore the source's words");
      assert.ok(restore?.edit, JSON.stringify(actions.map((a) => a.title)));
      assert.strictEqual(restore.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(restore.edit));
      assert.ok(draft.getText().startsWith('Chen Huifen said: "This represents a perfect integration of'), draft.getText());
      await diagnosticsWhere(draft.uri, 'only the misattribution left', (d) => d.length === 1 && d[0]?.code === 'misattributed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('between an edit and the next check, a diagnostic moves with its text, and one whose text was edited is withdrawn', async () => {
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Kunshan reported an automotive industry output of 56 billion yuan.\n' });
    await vscode.window.showTextDocument(draft);
    try {
      await diagnosticsWhere(draft.uri, 'a Sourced diagnostic', (d) => d.length === 1);
      const above = new vscode.WorkspaceEdit();
      above.insert(draft.uri, new vscode.Position(0, 0), '# Notes\n\nSee below. ');
      assert.ok(await vscode.workspace.applyEdit(above));
      // Read at once, well inside the pause before the draft is checked again.
      const moved = sourcedDiagnostics(draft.uri);
      assert.deepStrictEqual(
        moved.map((d) => draft.getText(d.range)),
        ['56 billion yuan'],
      );
      const inside = new vscode.WorkspaceEdit();
      const range = moved[0]?.range;
      assert.ok(range);
      inside.replace(draft.uri, new vscode.Range(range.start, range.start.translate(0, 2)), '65');
      assert.ok(await vscode.workspace.applyEdit(inside));
      assert.deepStrictEqual(sourcedDiagnostics(draft.uri), [], 'the edited number is no longer flagged');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('"Check Current Document" counts the contradictions', async () => {
    const { document } = await openDraft('drafts', 'contradiction.md');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(document.lineCount, 0), '\nKunshan reported an automotive industry output of 48 billion yuan.\n');
    await vscode.workspace.applyEdit(edit);
    assert.strictEqual(await vscode.commands.executeCommand('sourced.checkDocument'), 1);
  });

  it('clears the diagnostics of a draft when it closes', async () => {
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Kunshan reported an automotive industry output of 56 billion yuan.\n' });
    await vscode.window.showTextDocument(draft);
    await diagnosticsWhere(draft.uri, 'a Sourced diagnostic', (d) => d.length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await diagnosticsWhere(draft.uri, 'the diagnostics to clear', (d) => d.length === 0);
  });
});
