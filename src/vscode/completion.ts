/**
 * Fact and quote completion. Ctrl+Space offers the items that match the
 * words before the cursor, ranked by the core's fuzzy search; the trigger
 * sequence (`sourced.completion.trigger`, default `@@`) opens the list at
 * once. `filterText`, `range` and `sortText` keep the core's ranking, and
 * the list is incomplete so it is asked again on every keystroke.
 */
import * as vscode from 'vscode';
import { completionItems, itemDetail, itemLabel, itemWhere, queryAt, rankSortText } from '../core/draft/completionQuery';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { Item } from '../core/model';
import { insertionFor } from './cite';
import { affects, completionTrigger } from './config';
import { draftSelector, isDraft } from './drafts';
import { passageMarkdown } from './passage';
import type { Services } from './services';

/** Registers the completion provider, again whenever the languages or the trigger change. */
export function registerCompletion(context: vscode.ExtensionContext, services: Services): void {
  let registration: vscode.Disposable | undefined;
  const register = (): void => {
    registration?.dispose();
    const trigger = completionTrigger();
    registration = vscode.languages.registerCompletionItemProvider(draftSelector(), new FactCompletionProvider(services), trigger.slice(-1));
  };
  register();
  context.subscriptions.push(
    new vscode.Disposable(() => {
      registration?.dispose();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'languages') || affects(e, 'completion.trigger')) register();
    }),
  );
}

/** Offers indexed facts and quotes with citations. */
class FactCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: Services) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
    context: vscode.CompletionContext,
  ): Promise<vscode.CompletionList | undefined> {
    if (token.isCancellationRequested || !isDraft(document, this.services.sources)) return undefined;
    const trigger = completionTrigger(document.uri);
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && !linePrefix.endsWith(trigger)) return undefined;
    const query = queryAt(linePrefix, trigger);
    if (!query) return undefined;
    const found = { query: query.query, range: new vscode.Range(position.line, query.start, position.line, position.character) };
    const index = await this.services.sources.ready();
    if (token.isCancellationRequested) return undefined;
    const filterText = linePrefix.slice(found.range.start.character);
    const draftText = document.getText();
    const hits = completionItems(index, found.query);
    if (token.isCancellationRequested) return undefined;
    const items = hits.map((item, rank) => this.toCompletion(document, draftText, index, item, rank, found.range, filterText));
    return new vscode.CompletionList(items, true);
  }

  private toCompletion(document: vscode.TextDocument, draftText: string, index: SourceIndex, item: Item, rank: number, range: vscode.Range, filterText: string): vscode.CompletionItem {
    const completion = new vscode.CompletionItem({ label: itemLabel(item), description: itemWhere(item) }, item.kind === 'quote' ? vscode.CompletionItemKind.Text : vscode.CompletionItemKind.Reference);
    completion.detail = itemDetail(item);
    const doc = index.document(item.file);
    if (doc) completion.documentation = passageMarkdown(doc, item.span, item.location.line, { context: 'paragraph', openLink: false });
    const insertion = insertionFor(document, item, index, this.services.sources, draftText);
    // VS Code applies additional edits before the main one; an extra edit at the very place of the
    // insertion (a footnote definition appended when the cursor is at the end of the draft) would
    // push the insertion after it. Such edits go into the insertion itself, with the cursor before them.
    const touching = insertion.additionalEdits.filter((e) => e.range.start.isEqual(range.end));
    completion.insertText =
      touching.length === 0
        ? insertion.text
        : new vscode.SnippetString().appendText(insertion.text).appendTabstop(0).appendText(touching.map((e) => e.newText).join(''));
    completion.additionalTextEdits = insertion.additionalEdits.filter((e) => !touching.includes(e));
    completion.range = range;
    completion.filterText = filterText;
    completion.sortText = rankSortText(rank);
    return completion;
  }
}
