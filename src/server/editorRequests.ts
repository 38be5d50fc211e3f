/**
 * Requests for what an editor client shows outside LSP's own features: the
 * fact picker's search (`sourced/searchItems`) and the text it inserts
 * (`sourced/itemInsertion`), where an "Open source" goes
 * (`sourced/resolveSource`), and the Sources view (`sourced/sourcesOverview`,
 * `sourced/sourceItems`). See `protocol.ts` for their contracts.
 */
import { RequestType } from 'vscode-languageserver';
import { citationAt } from '../core/cite/parseCitations';
import { resolveCitationRef } from '../core/draft/citationTarget';
import { itemInsertionText } from '../core/draft/citeEdits';
import { citationsBySource, itemSummary, sourceSummaries } from '../core/index/overview';
import { cancelled, type ServerContext } from './context';
import {
  ITEM_INSERTION_METHOD,
  RESOLVE_SOURCE_METHOD,
  SEARCH_ITEMS_METHOD,
  SOURCE_ITEMS_METHOD,
  SOURCES_OVERVIEW_METHOD,
  type ItemInsertionParams,
  type ItemInsertionResult,
  type ItemSummary,
  type ResolveSourceParams,
  type ResolveSourceResult,
  type SearchItemsParams,
  type SearchItemsResult,
  type SourceItemsParams,
  type SourcesOverview,
  type SourcesOverviewParams,
} from './protocol';

const SearchItems = new RequestType<SearchItemsParams, SearchItemsResult, void>(SEARCH_ITEMS_METHOD);
const ItemInsertion = new RequestType<ItemInsertionParams, ItemInsertionResult, void>(ITEM_INSERTION_METHOD);
const ResolveSource = new RequestType<ResolveSourceParams, ResolveSourceResult, void>(RESOLVE_SOURCE_METHOD);
const SourcesOverviewRequest = new RequestType<SourcesOverviewParams, SourcesOverview, void>(SOURCES_OVERVIEW_METHOD);
const SourceItems = new RequestType<SourceItemsParams, ItemSummary[], void>(SOURCE_ITEMS_METHOD);

/** Most items one search answers. */
const MAX_ITEMS = 100;

/** Registers the request handlers. */
export function registerEditorRequests(context: ServerContext): void {
  const { connection, sources, workspace, settings } = context;

  connection.onRequest(SearchItems, async (params, token) => {
    const index = await sources.ready();
    if (token.isCancellationRequested) throw cancelled();
    const limit = Math.max(1, Math.min(MAX_ITEMS, Math.floor(Number(params.limit)) || 1));
    return index.search(String(params.query ?? ''), { limit }).map(({ item }) => itemSummary(item));
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

  connection.onRequest(SourcesOverviewRequest, async (params, token): Promise<SourcesOverview> => {
    const index = await sources.ready();
    if (token.isCancellationRequested) throw cancelled();
    const draft = params.draft;
    const citations =
      draft && typeof draft.uri === 'string' && typeof draft.text === 'string' ? { citations: citationsBySource(draft.text, index, (written) => workspace.candidatesFor(draft.uri, written)) } : {};
    return { sources: sourceSummaries(index), skipped: sources.summary().skipped, ...citations };
  });

  connection.onRequest(SourceItems, async (params, token) => {
    const index = await sources.ready();
    if (token.isCancellationRequested) throw cancelled();
    return typeof params.file === 'string' ? index.itemsOf(params.file).map(itemSummary).sort((a, b) => a.start - b.start) : [];
  });
}
