/**
 * Requests for what an editor client shows outside LSP's own features: the
 * fact picker's search (`sourced/searchItems`) and the text it inserts
 * (`sourced/itemInsertion`), and where an "Open source" goes
 * (`sourced/resolveSource`). See `protocol.ts` for their contracts.
 */
import { RequestType } from 'vscode-languageserver';
import { citationAt } from '../core/cite/parseCitations';
import { resolveCitationRef } from '../core/draft/citationTarget';
import { itemInsertionText } from '../core/draft/citeEdits';
import type { Item } from '../core/model';
import { cancelled, type ServerContext } from './context';
import {
  ITEM_INSERTION_METHOD,
  RESOLVE_SOURCE_METHOD,
  SEARCH_ITEMS_METHOD,
  type ItemInsertionParams,
  type ItemInsertionResult,
  type ItemSummary,
  type ResolveSourceParams,
  type ResolveSourceResult,
  type SearchItemsParams,
  type SearchItemsResult,
} from './protocol';

const SearchItems = new RequestType<SearchItemsParams, SearchItemsResult, void>(SEARCH_ITEMS_METHOD);
const ItemInsertion = new RequestType<ItemInsertionParams, ItemInsertionResult, void>(ITEM_INSERTION_METHOD);
const ResolveSource = new RequestType<ResolveSourceParams, ResolveSourceResult, void>(RESOLVE_SOURCE_METHOD);

/** Most items one search answers. */
const MAX_ITEMS = 100;

/** Registers the three request handlers. */
export function registerEditorRequests(context: ServerContext): void {
  const { connection, sources, workspace, settings } = context;

  connection.onRequest(SearchItems, async (params, token) => {
    const index = await sources.ready();
    if (token.isCancellationRequested) throw cancelled();
    const limit = Math.max(1, Math.min(MAX_ITEMS, Math.floor(Number(params.limit)) || 1));
    return index.search(String(params.query ?? ''), { limit }).map(({ item }) => summaryOf(item));
  });

  connection.onRequest(ItemInsertion, async (params) => {
    const index = await sources.ready();
    const item = index.itemsOf(params.file).find((i) => i.span.start === params.start);
    if (!item || typeof params.text !== 'string') return null;
    const sourceUri = sources.uriOf(item.file);
    const linkPath = sourceUri ? workspace.linkPath(params.uri, sourceUri, item.file) : item.file;
    return itemInsertionText(params.text, item, index, settings.current.citationStyle, linkPath);
  });

  connection.onRequest(ResolveSource, async (params): Promise<ResolveSourceResult> => {
    const index = await sources.ready();
    if ('file' in params) {
      const uri = typeof params.file === 'string' ? sources.uriOf(params.file) : undefined;
      return uri ? { uri, line: params.line } : null;
    }
    if (typeof params.text !== 'string' || typeof params.offset !== 'number') return null;
    const ref = citationAt(params.text, params.offset);
    if (!ref) return null;
    const resolved = resolveCitationRef(ref, index, (written) => workspace.candidatesFor(params.uri, written));
    const uri = resolved ? sources.uriOf(resolved.doc.file) : undefined;
    return resolved && uri ? { uri, line: resolved.line } : { ref: ref.file };
  });
}

function summaryOf(item: Item): ItemSummary {
  return {
    kind: item.kind,
    text: item.text,
    ...(item.kind === 'quote' && item.speaker ? { speaker: item.speaker } : {}),
    file: item.file,
    line: item.location.line,
    start: item.span.start,
  };
}
