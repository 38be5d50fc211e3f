// Shared helpers for the integration suites: workspace paths, opening drafts, waiting, and
// applying completion items and code actions the way VS Code does on accept.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcedApi } from '../../src/extension';
import type { IndexSummary } from '../../src/core/index/summary';
import type { StatusView } from '../../src/vscode/statusView';

/** The extension under test. */
export const EXTENSION_ID = 'sourced-dev.sourced';

/** A URI inside the (single) test workspace folder. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace has no folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Activates the extension and waits until the source index is built. */
export async function activated(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  await ext.activate();
  await vscode.commands.executeCommand('sourced.rebuildIndex');
}

/** Opens a workspace file in an editor. */
export async function openDraft(...segments: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(document);
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The position at the end of a line. */
export function endOfLine(document: vscode.TextDocument, line: number): vscode.Position {
  return document.lineAt(line).range.end;
}

/** The 0-based line whose text equals `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text === text) return i;
  throw new Error(`no line "${text}" in ${document.uri.path}`);
}

/** Sourced's completion items at a position, in the order VS Code shows them (by sortText). */
export async function sourcedCompletions(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  return list.items
    .filter((item) => typeof item.detail === 'string' && /^(Fact|Quote) · /.test(item.detail))
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

/** The text a completion item inserts; a snippet is rendered as VS Code would (tab stops removed, escapes undone). */
export function insertTextOf(item: vscode.CompletionItem): string {
  const text = item.insertText;
  if (typeof text === 'string') return text;
  return (text?.value ?? '').replace(/\$(?:\d+|\{\d+\})/g, '').replace(/\\([$}\\])/g, '$1');
}

/** Applies an item like VS Code does on accept: its text over its range, plus its additional edits. */
export async function acceptCompletion(document: vscode.TextDocument, item: vscode.CompletionItem, at: vscode.Position): Promise<void> {
  const range = item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(at, at));
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, [vscode.TextEdit.replace(range, insertTextOf(item)), ...(item.additionalTextEdits ?? [])]);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the completion edit did not apply');
}

/** The Markdown of every hover at a position, joined. */
export async function hoverMarkdown(document: vscode.TextDocument, position: vscode.Position): Promise<{ text: string; contents: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const contents = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
  return { text: contents.map((c) => c.value).join('\n---\n'), contents };
}

/** Sourced's diagnostics on a document. */
export function sourcedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Sourced');
}

/** Sets a `sourced.*` setting in the workspace for the duration of `body`. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('sourced');
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

/** The extension's exported API (read-only index state and what the status bar shows). */
export async function sourcedApi(): Promise<SourcedApi> {
  const ext = vscode.extensions.getExtension<SourcedApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/**
 * What the status bar item shows once the index is built: a setting change makes the server rebuild on its own,
 * so right after "Rebuild Source Index" answers, the item may still be reporting a second rebuild.
 */
export function settledStatus(api: SourcedApi): Promise<StatusView> {
  return waitFor('the status bar item to show the built index', async () => {
    const view = await api.status();
    return view.text.includes('indexing') ? undefined : view;
  });
}

/** Rebuilds the index and resolves to its summary. */
export function rebuildIndex(): Promise<IndexSummary> {
  return Promise.resolve(vscode.commands.executeCommand<IndexSummary>('sourced.rebuildIndex'));
}
