// Big inputs: a 1 MB draft is checked without freezing completion, and stale checks never publish
// diagnostics for text that has changed; a 5 MB one-line source does not stall completion or hovers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { draftChunks } from '../../src/core/text/draftChunks';
import { activated, endOfLine, hoverMarkdown, insertTextOf, sourcedApi, sourcedCompletions, sourcedDiagnostics, waitFor, workspaceUri } from './helpers';

/** Longest wait, after an edit, for the check of the new text to start (the pause in typing is 400 ms; the edit may reach the server late on a loaded machine). */
const CHECK_STARTED_MS = 10_000;

/** About `bytes` characters of numeric prose in paragraphs, none of it about Kunshan. */
function filler(bytes: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const paragraph = `In ${1990 + (i % 30)}, the Northgate district counted ${1000 + i} buses and ${i % 97} percent of riders paid cash.\n\n`;
    out.push(paragraph);
    length += paragraph.length;
  }
  return out.join('');
}

/**
 * Measures the extension host: the longest gap between two ticks of a 5 ms timer, less the 5 ms (on a loaded
 * machine this counts time the process waited for a CPU too), and the CPU time the process used.
 */
function stallProbe(): { stop(): { stallMs: number; cpuMs: number; wallMs: number } } {
  const started = Date.now();
  const cpu = process.cpuUsage();
  let last = Date.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
  }, 5);
  return {
    stop: () => {
      clearInterval(timer);
      const used = process.cpuUsage(cpu);
      return { stallMs: longest, cpuMs: Math.round((used.user + used.system) / 1000), wallMs: Date.now() - started };
    },
  };
}

async function timed<T>(body: () => Thenable<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await body();
  return { value, ms: Date.now() - started };
}

describe('draftChunks', () => {
  it('covers the text with consecutive chunks that end at blank lines outside code fences (when one lies within a chunk size)', () => {
    const text = `${'Para one.\n\n'.repeat(20)}\`\`\`\ncode\n\nmore code\n\`\`\`\n\n${'Para two.\n\n'.repeat(20)}`;
    for (const size of [40, 50, 230, 10_000]) {
      const chunks = draftChunks(text, size);
      assert.strictEqual(chunks[0]?.start, 0);
      assert.strictEqual(chunks.at(-1)?.end, text.length);
      chunks.slice(1).forEach((c, i) => assert.strictEqual(c.start, chunks[i]?.end));
      for (const c of chunks.slice(0, -1)) {
        assert.match(text.slice(0, c.end), /\n\n$/, `size ${size}: a chunk ends mid-paragraph`);
        assert.strictEqual((text.slice(0, c.end).match(/^```/gm)?.length ?? 0) % 2, 0, `size ${size}: a chunk ends inside a code fence`);
      }
    }
  });

  it('cuts a single huge line at a space', () => {
    const text = 'word '.repeat(10_000);
    const chunks = draftChunks(text, 1_000);
    assert.ok(chunks.length >= 10);
    for (const c of chunks.slice(0, -1)) assert.strictEqual(text[c.end - 1], ' ');
  });
});

describe('big inputs', () => {
  before(activated);

  it('a 1 MB draft: completion answers while it is checked, its diagnostics arrive, and a check made stale by an edit is never published', async function () {
    this.timeout(90_000);
    const content = `${filler(1_000_000)}Kunshan, dedicated to automotive electronics, reported an automotive industry output of 56 billion yuan, a year-on-year increase of 1.5 percent.\n\nkunshan automotive electronics`;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    // Each set of Sourced diagnostics that differs from the last one seen is a new publication; it must fit the text.
    const inconsistent: string[] = [];
    let seen = '';
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === document.uri.toString())) return;
      const published = sourcedDiagnostics(document.uri);
      const key = JSON.stringify(published.map((d) => d.range));
      if (key === seen) return;
      seen = key;
      for (const d of published) if (document.getText(d.range) !== '56 billion yuan') inconsistent.push(`${JSON.stringify(document.getText(d.range))} at v${document.version}`);
    });
    try {
      // An edit while the first check runs (a 1 MB check takes over a second): that check is stale and must not publish.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(0, 0), '# A long draft\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await vscode.window.showTextDocument(document);
      // Opening an editor on 1 MB is VS Code's own work (about a second here): one completion waits for it, untimed.
      await sourcedCompletions(document, endOfLine(document, document.lineCount - 1));
      // Another edit starts a check of the new text once the pause in typing (400 ms) is over; completion is timed while it runs.
      const api = await sourcedApi();
      // A check of the older text may still be under way: only a run started after the edit is the edited draft's.
      const startedBefore = (await api.checks()).started;
      const again = new vscode.WorkspaceEdit();
      again.insert(document.uri, new vscode.Position(2, 0), 'A second edit.\n\n');
      assert.ok(await vscode.workspace.applyEdit(again));
      // The extension host's longest stall from here until the diagnostics arrive is reported, not asserted.
      const stall = stallProbe();
      const last = document.lineCount - 1;
      const { completionsDuringChecks: answeredBefore } = await waitFor('the check of the edited draft to be under way', async () => {
        const checks = await api.checks();
        return checks.started > startedBefore && checks.running > 0 ? checks : undefined;
      }, CHECK_STARTED_MS);
      const { value: items, ms } = await timed(() => sourcedCompletions(document, endOfLine(document, last)));
      // Answered between two chunks of the check, not after it: the server counts the lists it answers while a check runs.
      // (How long it took is reported, not asserted: npm run bench measures latency.)
      process.stdout.write(`      completion answered in ${ms} ms while the 1 MB draft was checked\n`);
      assert.ok((await api.checks()).completionsDuringChecks > answeredBefore, 'completion was answered only once the check had ended');
      assert.ok(items.some((i) => insertTextOf(i).startsWith('Kunshan, dedicated')), 'completion offers the Kunshan fact');
      const found = await waitFor('the contradiction at the end of the 1 MB draft', () => {
        const d = sourcedDiagnostics(document.uri);
        return d.length > 0 && d.every((x) => document.getText(x.range) === '56 billion yuan') ? d : undefined;
      }, 60_000);
      const host = stall.stop();
      process.stdout.write(`      while the 1 MB draft was checked, the extension host's longest stall was ${host.stallMs} ms; it used ${host.cpuMs} ms of CPU in ${host.wallMs} ms\n`);
      assert.strictEqual(found.length, 1);
      const after = await sourcedCompletions(document, endOfLine(document, document.lineCount - 1));
      assert.ok(after.some((i) => insertTextOf(i).startsWith('Kunshan, dedicated')), 'completion still offers the Kunshan fact after the check');
      assert.deepStrictEqual(inconsistent, [], 'diagnostics were published for text that had changed');
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('a 5 MB one-line source: indexing it keeps completion and hovers answering with bounded text; the other sources still answer', async function () {
    this.timeout(90_000);
    const api = await sourcedApi();
    const base = (await api.summary()).sources;
    const uri = workspaceUri('seeds', 'zz-oneline.txt');
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 5_000_000; i++) {
      const sentence = `The Vexmoor plant made ${1000 + i} widgets in ${1990 + (i % 30)} and hired ${i % 500} workers. `;
      parts.push(sentence);
      length += sentence.length;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`Vexmoor ledger\n\n${parts.join('')}\n`));
    try {
      await waitFor('the 5 MB source to be indexed', async () => ((await api.summary()).sources === base + 1 ? true : undefined), 60_000);
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'kunshan automotive electronics\nvexmoor plant widgets\nSee [zz-oneline.txt:3](seeds/zz-oneline.txt#L3).' });
      const kunshan = await timed(() => sourcedCompletions(document, endOfLine(document, 0)));
      assert.ok(kunshan.value.some((i) => insertTextOf(i).startsWith('Kunshan, dedicated')), 'the other sources still answer');
      const vexmoor = await timed(() => sourcedCompletions(document, endOfLine(document, 1)));
      for (const item of vexmoor.value) {
        const doc = item.documentation instanceof vscode.MarkdownString ? item.documentation.value : String(item.documentation ?? '');
        assert.ok(doc.length < 5_000, `completion documentation of ${doc.length} characters`);
      }
      const hover = await timed(() => hoverMarkdown(document, new vscode.Position(2, 6)));
      // Latency is reported, not asserted (a loaded machine would fail a limit): npm run bench measures it.
      process.stdout.write(`      with a 5 MB source: completion ${kunshan.ms} and ${vexmoor.ms} ms, hover ${hover.ms} ms\n`);
      assert.ok(hover.value.text.includes('seeds/zz-oneline.txt:3'), hover.value.text.slice(0, 500));
      assert.ok(hover.value.text.length < 5_000, `a hover of ${hover.value.text.length} characters`);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the 5 MB source to be dropped', async () => ((await api.summary()).sources === base ? true : undefined));
  });
});
