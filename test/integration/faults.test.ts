// Faults around the source index: files deleted or renamed while it is built, a folder named like a
// file, globs that match nothing, and the size limit (sourced.maxFileSizeMB). The index's state is read
// through the extension's exported API and the Rebuild Source Index command's result.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcedApi } from '../../src/extension';
import { withElsewhereSettings } from './restrictedSettings';
import { activated, endOfLine, insertTextOf, rebuildIndex, settledStatus, sourcedApi, sourcedCompletions, waitFor, withSetting, workspaceUri } from './helpers';

const encoder = new TextEncoder();

/** A small source whose one fact names `place`. */
function factAbout(place: string, n: number): Uint8Array {
  return encoder.encode(`${place} bulletin\n\nThe ${place} depot counted ${n} lorries in 2021.\n`);
}

/** True when completion for `query` offers an item whose text contains `needle`. */
async function offers(query: string, needle: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: query });
  const items = await sourcedCompletions(document, endOfLine(document, 0));
  return items.some((i) => insertTextOf(i).includes(needle));
}

/** Waits until the index is ready and the watcher has settled on `sources` files. */
function settlesOn(api: SourcedApi, sources: number): Promise<true> {
  return waitFor(`the index to settle on ${sources} sources`, async () => {
    const s = await api.summary();
    return s.state === 'ready' && s.sources === sources ? true : undefined;
  }, 15_000);
}

/** Resolves once `probe` is true, polling every few milliseconds (for states that last only a moment). */
async function soon(what: string, probe: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('source index faults', () => {
  let api: SourcedApi;
  before(async () => {
    await activated();
    api = await sourcedApi();
  });

  it('files deleted and renamed while the index is built: no error escapes and the index ends consistent', async function () {
    this.timeout(60_000);
    const base = (await rebuildIndex()).sources;
    const folder = workspaceUri('seeds', 'zz-churn');
    const count = 400;
    const names = Array.from({ length: count }, (_, i) => `file-${String(i).padStart(3, '0')}.txt`);
    await Promise.all(names.map((name, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), factAbout(`Churnfield${i}`, 1000 + i))));
    try {
      await settlesOn(api, base + count);
      const rebuilding = rebuildIndex();
      await soon('the rebuild to start', async () => (await api.summary()).state === 'indexing');
      const deleted = names.filter((_, i) => i % 3 === 0);
      const renamed = names.filter((_, i) => i % 3 === 1);
      await Promise.all([
        ...deleted.map((name) => vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name))),
        ...renamed.map((name) => vscode.workspace.fs.rename(vscode.Uri.joinPath(folder, name), vscode.Uri.joinPath(folder, `moved-${name}`))),
      ]);
      const summary = await rebuilding;
      assert.ok(summary.sources >= base, JSON.stringify(summary.sources));
      const remaining = count - deleted.length;
      await settlesOn(api, base + remaining);
      const settled = await api.summary();
      assert.deepStrictEqual(settled.skipped.filter((s) => s.path.includes('zz-churn')), [], 'a vanished file was reported as skipped');
      // The index the watcher kept equals a fresh one.
      const fresh = await rebuildIndex();
      assert.strictEqual(fresh.sources, settled.sources);
      assert.strictEqual(fresh.facts, settled.facts);
      assert.ok(await offers('churnfield1 depot lorries', 'counted 1001 lorries'), 'a renamed file is indexed under its new name');
      assert.ok(!(await offers('churnfield0 depot lorries', 'counted 1000 lorries')), 'a deleted file is gone');
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
    await settlesOn(api, base);
  });

  it('a folder named like a file (sources/x.txt/) is walked: its files are indexed, the folder is not a skipped file', async () => {
    const base = (await rebuildIndex()).sources;
    const folder = workspaceUri('sources', 'zz-folder.txt');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'a.md'), factAbout('Foldham', 4242));
    try {
      await settlesOn(api, base + 1);
      assert.ok(await offers('foldham depot lorries', 'counted 4242 lorries'));
      const summary = await rebuildIndex();
      assert.strictEqual(summary.sources, base + 1);
      assert.deepStrictEqual(summary.skipped.filter((s) => s.path.includes('zz-folder')), []);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
    await settlesOn(api, base);
    assert.ok(!(await offers('foldham depot lorries', 'counted 4242 lorries')), 'the folder\'s files are dropped with it');
  });

  it('a glob that matches nothing and a missing folder: the index is empty and the tooltip says why, in one line each', async () => {
    await withSetting('sources', ['nowhere/**', 'seeds/*.nomatch'], async () => {
      const summary = await rebuildIndex();
      assert.strictEqual(summary.sources, 0);
      assert.deepStrictEqual(summary.notes, ['sourced.sources "nowhere/**": nowhere does not exist', 'sourced.sources "seeds/*.nomatch" matches no .txt, .md or .html file']);
      const status = await settledStatus(api);
      assert.match(status.text, /\$\(warning\) Sourced: 0 sources/);
      const tooltip = status.tooltip.value.replace(/&nbsp;/g, ' ');
      assert.ok(tooltip.includes('nowhere does not exist'), tooltip);
      assert.ok(tooltip.includes('matches no .txt, .md or .html file'), tooltip);
      // Completion and diagnostics still answer (with nothing).
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'kunshan automotive' });
      assert.deepStrictEqual(await sourcedCompletions(document, endOfLine(document, 0)), []);
      // A file created where the missing folder was: indexed, and its note goes.
      await vscode.workspace.fs.writeFile(workspaceUri('nowhere', 'found.txt'), factAbout('Nowhereton', 77));
      await settlesOn(api, 1);
      await waitFor('the answered note to go', async () => ((await api.summary()).notes.length === 1 ? true : undefined));
      assert.deepStrictEqual((await api.summary()).notes, ['sourced.sources "seeds/*.nomatch" matches no .txt, .md or .html file']);
    });
    await vscode.workspace.fs.delete(workspaceUri('nowhere'), { recursive: true });
    const restored = await rebuildIndex();
    assert.ok(restored.sources > 0);
    assert.deepStrictEqual(restored.notes, []);
  });

  it('sourced.maxFileSizeMB: a larger file is skipped with a one-line reason in the summary and the tooltip', async () => {
    const uri = workspaceUri('sources', 'zz-large.txt');
    const sentence = 'The Bigsby archive stored 7,777 boxes of letters in 2020. ';
    await vscode.workspace.fs.writeFile(uri, encoder.encode(`Bigsby archive\n\n${sentence.repeat(Math.ceil(20_480 / sentence.length))}\n`));
    try {
      await withSetting('maxFileSizeMB', 0.01, async () => {
        const summary = await rebuildIndex();
        const skipped = summary.skipped.find((s) => s.path === 'sources/zz-large.txt');
        assert.ok(skipped, JSON.stringify(summary.skipped));
        assert.match(skipped.reason, /^0\.02 MB, over the 0\.01 MB limit \(sourced\.maxFileSizeMB\): not read$/);
        assert.ok(!skipped.reason.includes('\n'));
        const tooltip = (await settledStatus(api)).tooltip.value;
        assert.ok(tooltip.includes('zz-large.txt'), tooltip);
        assert.ok(!(await offers('bigsby archive boxes', '7,777 boxes')));
      });
      // Under the default limit (10 MB) the same file is indexed.
      const summary = await rebuildIndex();
      assert.ok(!summary.skipped.some((s) => s.path === 'sources/zz-large.txt'), JSON.stringify(summary.skipped));
      assert.ok(await offers('bigsby archive boxes', '7,777 boxes'));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('in a trusted workspace the workspace values of the restricted settings apply (the trust suite shows they do not in Restricted Mode)', async () => {
    const { summary, offersElsewhere } = await withElsewhereSettings();
    assert.strictEqual(summary.sources, 1, JSON.stringify(summary));
    assert.strictEqual(offersElsewhere, true);
    assert.ok((await api.summary()).sources > 1, 'the defaults are back afterwards');
  });
});
