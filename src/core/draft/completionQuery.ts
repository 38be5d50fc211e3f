/**
 * What fact and quote completion searches for and offers, in any editor: the
 * query at the cursor (after the trigger sequence, or the last words of the
 * clause), the ranked items, and each item's label and detail.
 */
import type { SourceIndex } from '../index/sourceIndex';
import type { Item } from '../model';
import { shorten } from './itemText';

/** Most words before the cursor used as the query. */
const MAX_QUERY_WORDS = 6;
/** Most items offered. */
export const MAX_COMPLETION_ITEMS = 12;

/** The words to search for and the character on the cursor's line where the text an accepted item replaces begins. */
export interface CompletionQuery {
  readonly query: string;
  /** Column (UTF-16 code units into the line) where the replaced text starts; it ends at the cursor. */
  readonly start: number;
}

/**
 * The query at the cursor, from the line's text before it. After the trigger
 * sequence, the words typed since it (or, right after it, the words before
 * it) are the query and the trigger is replaced. Otherwise the last few words
 * of the current clause are the query and are replaced.
 */
export function queryAt(linePrefix: string, trigger: string): CompletionQuery | undefined {
  const at = linePrefix.lastIndexOf(trigger);
  const afterTrigger = at === -1 ? undefined : linePrefix.slice(at + trigger.length);
  if (afterTrigger !== undefined && wordsOf(afterTrigger).length <= MAX_QUERY_WORDS && !/[.!?]\s/.test(afterTrigger)) {
    const query = afterTrigger.trim() !== '' ? afterTrigger : linePrefix.slice(lastWordsStart(linePrefix.slice(0, at)));
    return { query, start: at };
  }
  const start = lastWordsStart(linePrefix);
  const query = linePrefix.slice(start);
  return query.trim() === '' ? undefined : { query, start };
}

/** Ranked items for a query: the search hits, or the first facts for an empty query. */
export function completionItems(index: SourceIndex, query: string): Item[] {
  const hits = index.search(query, { limit: MAX_COMPLETION_ITEMS }).map((r) => r.item);
  return hits.length > 0 || query.trim() !== '' ? hits : index.facts.slice(0, MAX_COMPLETION_ITEMS);
}

/** `file:line` of an item. */
export function itemWhere(item: Item): string {
  return `${item.file}:${item.location.line}`;
}

/** The completion label: a fact's sentence, or a quote in curly marks with its speaker, shortened. */
export function itemLabel(item: Item): string {
  return item.kind === 'quote' ? `“${shorten(item.text, 60)}”${item.speaker ? ` — ${item.speaker}` : ''}` : shorten(item.text);
}

/** The completion detail: `Fact · file:line` or `Quote · file:line`. */
export function itemDetail(item: Item): string {
  return `${item.kind === 'quote' ? 'Quote' : 'Fact'} · ${itemWhere(item)}`;
}

/** The sort key that keeps the core's ranking in an editor's list. */
export function rankSortText(rank: number): string {
  return String(rank).padStart(4, '0');
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
