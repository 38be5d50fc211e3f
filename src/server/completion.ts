/**
 * Fact and quote completion (`textDocument/completion`, with
 * `completionItem/resolve` adding the source passage). The query, the
 * ranking, the labels and the inserted text with its citation come from the
 * editor-neutral modules the VS Code extension uses too; this file turns
 * them into LSP items. The list is incomplete, so it is asked again as the
 * writer types.
 */
import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { itemInsertionText } from '../core/draft/citeEdits';
import { completionItems, itemDetail, itemLabel, itemWhere, queryAt, rankSortText } from '../core/draft/completionQuery';
import { passageMarkdownText } from '../core/draft/passage';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { Item } from '../core/model';
import { cancelled, isDraft, type ServerContext } from './context';

/** What a completion item carries to `completionItem/resolve`. */
interface ItemData {
  readonly file: string;
  readonly start: number;
}

/** The character that opens completion at once: the last of the trigger sequence. */
export function triggerCharacter(trigger: string): string {
  return trigger.slice(-1);
}

/** Registers completion and its resolve handler. */
export function registerCompletion(context: ServerContext): void {
  const { connection, documents } = context;
  connection.onCompletion(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (token.isCancellationRequested) throw cancelled();
    if (!document) return null;
    const index = await context.sources.ready();
    if (token.isCancellationRequested) throw cancelled();
    if (!isDraft(context, document)) return null;
    const list = complete(context, document, index, params);
    context.checks.noteCompletion();
    return list;
  });
  connection.onCompletionResolve((item, token) => {
    const index = context.sources.current;
    const data = item.data as Partial<ItemData> | undefined;
    if (!index || token.isCancellationRequested || typeof data?.file !== 'string' || typeof data.start !== 'number') return item;
    const found = index.itemsOf(data.file).find((i) => i.span.start === data.start);
    const documentation = found ? documentationOf(index, found) : undefined;
    if (documentation) item.documentation = documentation;
    return item;
  });
}

/** The passage an item comes from, with its paragraph, as Markdown (source text escaped, no link). */
function documentationOf(index: SourceIndex, item: Item): MarkupContent | undefined {
  const doc = index.document(item.file);
  return doc ? { kind: MarkupKind.Markdown, value: passageMarkdownText(doc, item.span, item.location.line, { context: 'paragraph' }) } : undefined;
}

/** The completion list at the cursor. */
function complete(context: ServerContext, document: TextDocument, index: SourceIndex, params: CompletionParams): CompletionList | null {
  const trigger = context.settings.current.completionTrigger;
  const { position } = params;
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const linePrefix = document.getText().slice(lineStart, document.offsetAt(position));
  if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && !linePrefix.endsWith(trigger)) return null;
  const query = queryAt(linePrefix, trigger);
  if (!query) return null;
  const text = document.getText();
  const range = { start: { line: position.line, character: query.start }, end: position };
  const filterText = linePrefix.slice(query.start);
  const snippets = context.client.textDocument?.completion?.completionItem?.snippetSupport === true;
  const items = completionItems(index, query.query).map((item, rank) => {
    const completion = toCompletion(context, document, text, index, item, range, snippets);
    completion.filterText = filterText;
    completion.sortText = rankSortText(rank);
    return completion;
  });
  return { isIncomplete: true, items };
}

/** One item: the prose with its citation replacing the query, and the footnote definition as an extra edit. */
function toCompletion(
  context: ServerContext,
  document: TextDocument,
  text: string,
  index: SourceIndex,
  item: Item,
  range: TextEdit['range'],
  snippets: boolean,
): CompletionItem {
  const settings = context.settings.current;
  const sourceUri = context.sources.uriOf(item.file);
  const linkPath = sourceUri ? context.workspace.linkPath(document.uri, sourceUri, item.file) : item.file;
  const insertion = itemInsertionText(text, item, index, settings.citationStyle, linkPath);
  const end = document.offsetAt(range.end);
  // An extra edit at the very place of the insertion (a footnote definition appended when the cursor is at the
  // end of the draft) would overlap the main edit: it goes into the inserted text, after the cursor's final place.
  const touching = insertion.additional.filter((a) => a.offset === end);
  const others = insertion.additional.filter((a) => a.offset !== end);
  const tail = touching.map((a) => a.text).join('');
  const newText = tail === '' ? insertion.text : snippets ? `${escapeSnippet(insertion.text)}$0${escapeSnippet(tail)}` : `${insertion.text}${tail}`;
  const data: ItemData = { file: item.file, start: item.span.start };
  // A client that asked for it (VS Code: its completion commands do not resolve items) gets the passage at once.
  const documentation = context.options.editor.documentationInList ? documentationOf(index, item) : undefined;
  return {
    ...(documentation ? { documentation } : {}),
    label: itemLabel(item),
    labelDetails: { description: itemWhere(item) },
    kind: item.kind === 'quote' ? CompletionItemKind.Text : CompletionItemKind.Reference,
    detail: itemDetail(item),
    textEdit: { range, newText },
    insertTextFormat: tail !== '' && snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    additionalTextEdits: others.map((a) => {
      const at = document.positionAt(a.offset);
      return { range: { start: at, end: at }, newText: a.text };
    }),
    data,
  };
}

/** Text made literal inside a snippet. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}
