// One scenario for the restricted settings, run by the normal suite (trusted: the workspace values
// apply) and by the trust suite (Restricted Mode: VS Code ignores them and the defaults apply).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IndexSummary } from '../../src/core/index/summary';
import { endOfLine, insertTextOf, rebuildIndex, sourcedCompletions, withSetting, workspaceUri } from './helpers';

/** What the index did with a workspace that points `sourced.sources` at `elsewhere/**` and sets a 0.001 MB limit. */
export interface RestrictedSettingsOutcome {
  readonly summary: IndexSummary;
  /** True when completion offers the fact that only `elsewhere/secret.txt` holds. */
  readonly offersElsewhere: boolean;
}

/**
 * Writes `elsewhere/secret.txt`, sets the workspace values `sourced.sources: ["elsewhere/**"]` and
 * `sourced.maxFileSizeMB: 0.001` (checked in `.vscode/settings.json`), rebuilds, and reports; then
 * removes the settings and the file.
 */
export async function withElsewhereSettings(): Promise<RestrictedSettingsOutcome> {
  const folder = workspaceUri('elsewhere');
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'secret.txt'), new TextEncoder().encode('Memo\n\nThe Hollowmere vault held 3,141 crates.\n'));
  try {
    return await withSetting('sources', ['elsewhere/**'], () =>
      withSetting('maxFileSizeMB', 0.001, async () => {
        const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.vscode', 'settings.json')))) as Record<string, unknown>;
        assert.deepStrictEqual(written['sourced.sources'], ['elsewhere/**'], 'the workspace setting is in .vscode/settings.json');
        assert.strictEqual(written['sourced.maxFileSizeMB'], 0.001);
        const summary = await rebuildIndex();
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'hollowmere vault crates' });
        const items = await sourcedCompletions(document, endOfLine(document, 0));
        return { summary, offersElsewhere: items.some((i) => insertTextOf(i).includes('Hollowmere')) };
      }),
    );
  } finally {
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await rebuildIndex();
  }
}
