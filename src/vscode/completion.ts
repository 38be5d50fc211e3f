/**
 * Fact and quote completion. Ctrl+Space offers the items that match the
 * words before the cursor, ranked by the core's fuzzy search; the trigger
 * sequence (`sourced.completion.trigger`, default `@@`) opens the list at
 * once. `filterText`, `range` and `sortText` keep the core's ranking, and
 * the list is incomplete so it is asked again on every keystroke.
 */
import * as vscode from 'vscode';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { Item } from '../core/model';
import { insertionFor } from './cite';
import { affects, completionTrigger } from './config';
import { draftSelector, isDraft } from './drafts';
import { shorten } from './itemText';
import { passageMarkdown } from './passage';
import type { Services } from './services';

/** Most words before the cursor used as the query. */
const MAX_QUERY_WORDS = 6;
/** Most items offered. */
const MAX_ITEMS = 12;

/** The words to search for and the range an accepted item replaces. */
interface CompletionQuery {
  readonly query: string;
  readonly range: vscode.Range;
}

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
    const found = queryAt(linePrefix, position, trigger);
    if (!found) return undefined;
    const index = await this.services.sources.ready();
    if (token.isCancellationRequested) return undefined;
    const filterText = linePrefix.slice(found.range.start.character);
    const draftText = document.getText();
    const hits = search(index, found.query);
    if (token.isCancellationRequested) return undefined;
    const items = hits.map((item, rank) => this.toCompletion(document, draftText, index, item, rank, found.range, filterText));
    return new vscode.CompletionList(items, true);
  }

  private toCompletion(document: vscode.TextDocument, draftText: string, index: SourceIndex, item: Item, rank: number, range: vscode.Range, filterText: string): vscode.CompletionItem {
    const where = `${item.file}:${item.location.line}`;
    const label = item.kind === 'quote' ? `“${shorten(item.text, 60)}”${item.speaker ? ` — ${item.speaker}` : ''}` : shorten(item.text);
    const completion = new vscode.CompletionItem({ label, description: where }, item.kind === 'quote' ? vscode.CompletionItemKind.Text : vscode.CompletionItemKind.Reference);
    completion.detail = `${item.kind === 'quote' ? 'Quote' : 'Fact'} · ${where}`;
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
    completion.sortText = String(rank).padStart(4, '0');
    return completion;
  }
}

/** Ranked items for a query. */
function search(index: SourceIndex, query: string): Item[] {
  const hits = index.search(query, { limit: MAX_ITEMS }).map((r) => r.item);
  return hits.length > 0 || query.trim() !== '' ? hits : index.facts.slice(0, MAX_ITEMS);
}

/**
 * The query at the cursor. After the trigger sequence, the words typed since
 * it (or, right after it, the words before it) are the query and the trigger
 * is replaced. Otherwise the last few words of the current clause are the
 * query and are replaced.
 */
function queryAt(linePrefix: string, position: vscode.Position, trigger: string): CompletionQuery | undefined {
  const at = linePrefix.lastIndexOf(trigger);
  const afterTrigger = at === -1 ? undefined : linePrefix.slice(at + trigger.length);
  const rangeFrom = (start: number): vscode.Range => new vscode.Range(position.line, start, position.line, position.character);
  if (afterTrigger !== undefined && wordsOf(afterTrigger).length <= MAX_QUERY_WORDS && !/[.!?]\s/.test(afterTrigger)) {
    const query = afterTrigger.trim() !== '' ? afterTrigger : linePrefix.slice(lastWordsStart(linePrefix.slice(0, at)));
    return { query, range: rangeFrom(at) };
  }
  const start = lastWordsStart(linePrefix);
  const query = linePrefix.slice(start);
  return query.trim() === '' ? undefined : { query, range: rangeFrom(start) };
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** Where the last {@link MAX_QUERY_WORDS} words of the clause that ends the text begin. */
function lastWordsStart(text: string): number {
  const clauseEnd = Math.max(...[/.*[.!?;:]\s/su, /.*[\])]\s*/su].map((re) => re.exec(text)?.[0].length ?? 0));
  const words = [...text.slice(clauseEnd).matchAll(/\S+/gu)];
  const first = words[Math.max(0, words.length - MAX_QUERY_WORDS)];
  return first ? clauseEnd + first.index : text.length;
}
