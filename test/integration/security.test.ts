// Untrusted source text: a poisoned source (command links, raw HTML, <script>, a fake "Open source" link)
// must render inert in hovers and completion documentation; and nothing but the writer's own choice
// edits a draft.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activated, endOfLine, hoverMarkdown, lineOf, openDraft, rebuildIndex, sourcedApi, sourcedCompletions, sourcedDiagnostics, waitFor, workspaceUri } from './helpers';

const OPEN_SOURCE = 'sourced.openSource';
/** Longer than the diagnostics' debounce, so the recheck after a source change has run. */
const RECHECK_WAIT_MS = 1000;

/** The position just inside the first occurrence of `needle`. */
function positionOf(document: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in ${document.uri.path}`);
  return document.positionAt(at + delta);
}

/**
 * Asserts that rendered Markdown is inert: every `command:` in it belongs to a link that we made
 * (`](command:sourced.openSource?ARGS)` whose ARGS decode to `[{file, line}]` naming `file`), no raw
 * HTML tag survives, HTML rendering is off and trust is limited to our command.
 */
function assertInert(md: vscode.MarkdownString, file: string): void {
  const value = md.value;
  const ours = [...value.matchAll(/\]\(command:([\w.]+)\?([^)\s]*)\)/g)];
  const commandMentions = value.match(/command:/g)?.length ?? 0;
  assert.strictEqual(commandMentions, ours.length, `a "command:" outside our own links:\n${value}`);
  for (const [, command, args] of ours) {
    assert.strictEqual(command, OPEN_SOURCE, value);
    const parsed: unknown = JSON.parse(decodeURIComponent(args ?? ''));
    assert.ok(Array.isArray(parsed) && parsed.length === 1, value);
    assert.deepStrictEqual(Object.keys(parsed[0] as object).sort(), ['file', 'line']);
    assert.strictEqual((parsed[0] as { file: string }).file, file, 'the link opens the cited source, not a path from the source text');
  }
  assert.doesNotMatch(value, /(^|[^\\])<\s*(img|script)/i, 'raw HTML survives');
  assert.doesNotMatch(value, /(^|[^\\])\[click\]\(/, 'a link from the source text survives');
  assert.notStrictEqual(md.isTrusted, true, 'never fully trusted');
  if (typeof md.isTrusted === 'object') assert.deepStrictEqual(md.isTrusted.enabledCommands, [OPEN_SOURCE]);
  assert.notStrictEqual(md.supportHtml, true);
}

/** The HTML VS Code's own Markdown renderer (markdown-it, HTML enabled) makes of the value. */
async function rendered(md: vscode.MarkdownString): Promise<string> {
  return vscode.commands.executeCommand<string>('markdown.api.render', md.value);
}

/** Asserts that the rendered HTML has no tag from the source and no link but our command. */
function assertInertHtml(html: string): void {
  assert.doesNotMatch(html, /<(img|script)\b/i, html);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.ok(href?.startsWith(`command:${OPEN_SOURCE}?`), `link ${href} in\n${html}`);
}

describe('poisoned sources', () => {
  before(activated);

  it('hover over a citation of a poisoned .txt source: the source text is inert, the only link is ours', async () => {
    const { document } = await openDraft('drafts', 'poisoned.md');
    const { text, contents } = await hoverMarkdown(document, positionOf(document, '[^poisoned-4]'));
    assert.ok(text.includes('Quarrytown reservoir held 8,250 megalitres'), text);
    assert.ok(text.includes('onerror'), 'the poisoned words are shown, as text');
    assert.ok(text.includes('sendSequence'), 'the poisoned link is shown, as text');
    assert.ok(contents.length > 0);
    for (const md of contents) {
      assertInert(md, 'sources/poisoned.txt');
      assertInertHtml(await rendered(md));
    }
    assert.strictEqual(text.match(/\]\(command:/g)?.length, 1, 'exactly one Open source link');
  });

  it('hover over a number backed by the poisoned source is inert too', async () => {
    const { document } = await openDraft('drafts', 'poisoned.md');
    const { text, contents } = await hoverMarkdown(document, positionOf(document, '8,250 megalitres'));
    assert.match(text, /Supported/);
    for (const md of contents) {
      assertInert(md, 'sources/poisoned.txt');
      assertInertHtml(await rendered(md));
    }
  });

  it('hover over a citation of a poisoned .md source: its links and HTML never reach the hover', async () => {
    const { document } = await openDraft('drafts', 'poisoned.md');
    const { text, contents } = await hoverMarkdown(document, positionOf(document, '[poisoned.md:4]'));
    assert.ok(text.includes('Millbrook ferry carried 61,400 passengers'), text);
    for (const md of contents) {
      assertInert(md, 'sources/poisoned.md');
      assertInertHtml(await rendered(md));
    }
  });

  it('completion documentation of facts from the poisoned source is inert and has no command link at all', async () => {
    const { document } = await openDraft('drafts', 'poisoned.md');
    const line = lineOf(document, 'quarrytown reservoir megalitres');
    const items = await sourcedCompletions(document, endOfLine(document, line));
    const poisoned = items.filter((i) => typeof i.detail === 'string' && i.detail.includes('sources/poisoned.txt'));
    assert.ok(poisoned.length > 0, `no item from the poisoned source among ${items.map((i) => i.detail).join(', ')}`);
    for (const item of poisoned) {
      const doc = item.documentation;
      assert.ok(doc instanceof vscode.MarkdownString, 'documentation is Markdown');
      assertInert(doc, 'sources/poisoned.txt');
      assert.ok(!doc.value.includes('](command:'), 'completion documentation carries no command link');
      assert.ok(!doc.isTrusted, 'completion documentation is not trusted at all');
      assertInertHtml(await rendered(doc));
    }
  });
});

describe('the draft is edited only by the writer', () => {
  before(activated);

  it('opening, completing (without accepting), hovering, checking, re-indexing and a source change leave the draft untouched', async () => {
    const { document } = await openDraft('drafts', 'verdicts.md');
    const version = document.version;
    const text = document.getText();
    const changes: vscode.TextDocumentChangeEvent[] = [];
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === document.uri.toString()) changes.push(e);
    });
    const source = workspaceUri('sources', 'zz-untouched.txt');
    try {
      await waitFor('the contradiction', () => (sourcedDiagnostics(document.uri).length > 0 ? true : undefined));
      const items = await sourcedCompletions(document, endOfLine(document, lineOf(document, 'In Kunshan the automotive industry output was 65bn yuan.')));
      assert.ok(items.length > 0, 'completion offered items');
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, endOfLine(document, 0), undefined, 5);
      await hoverMarkdown(document, positionOf(document, '65bn yuan'));
      await hoverMarkdown(document, positionOf(document, '56 billion yuan'));
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, sourcedDiagnostics(document.uri)[0]?.range);
      assert.strictEqual(await vscode.commands.executeCommand('sourced.checkDocument'), 1);
      await rebuildIndex();
      const api = await sourcedApi();
      const before = (await api.summary()).sources;
      await vscode.workspace.fs.writeFile(source, new TextEncoder().encode('Ledger\n\nThe Kunshan automotive industry output was 56 billion yuan in 2019.\n'));
      await waitFor('the watcher to index the new source', async () => ((await api.summary()).sources === before + 1 ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, RECHECK_WAIT_MS)); // the open drafts are rechecked after a debounce
    } finally {
      listener.dispose();
      await vscode.workspace.fs.delete(source);
    }
    assert.deepStrictEqual(changes.map((c) => c.contentChanges.length), [], 'no edit reached the draft');
    assert.strictEqual(document.version, version);
    assert.strictEqual(document.getText(), text);
    assert.strictEqual(document.isDirty, false);
  });
});
