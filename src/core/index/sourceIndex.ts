/**
 * The source index: every fact and quote of every source, searchable with
 * fuzzy matching. Search runs in two stages: the {@link TermIndex} picks a
 * bounded set of candidates, and fuse.js ranks only those, so a keystroke
 * never costs a scan of the corpus. Files can be added, replaced and removed
 * one at a time.
 */
import Fuse from 'fuse.js';
import { QuantityIndex } from '../check/quantityIndex';
import { extractItems } from '../extract/items';
import type { Fact, Item, Quote, SourceInput } from '../model';
import { readSource, type SourceDocument } from '../source/readSource';
import { contentTokens } from '../text/tokens';
import { selectCandidates } from './candidates';
import { TermIndex } from './termIndex';

/** One search hit. */
export interface SearchResult {
  readonly item: Item;
  /** fuse.js-style score: 0 is a perfect match, 1 no match. */
  readonly score: number;
}

/** Options for {@link SourceIndex.search}. */
export interface SearchOptions {
  /** Most results to return (default 10). */
  readonly limit?: number;
}

/** Per-file bookkeeping. */
interface FileEntry {
  readonly doc: SourceDocument;
  readonly ids: number[];
  readonly facts: Fact[];
  readonly quotes: Quote[];
}

const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.45,
  keys: [{ name: 'search', getFn: (item: Item): string => (item.kind === 'quote' && item.speaker ? `${item.text} ${item.speaker}` : item.text) }],
};

/** The searchable index over all sources. */
export class SourceIndex {
  private readonly files = new Map<string, FileEntry>();
  private readonly items: (Item | undefined)[] = [];
  private readonly idsByItemId = new Map<string, number>();
  private readonly terms = new TermIndex();
  private docCounter = 0;
  /** Quantities of every fact, for the fact checker. */
  readonly quantities = new QuantityIndex();

  /** Builds an index over the given sources at once. */
  static build(inputs: Iterable<SourceInput>): SourceIndex {
    const index = new SourceIndex();
    for (const input of inputs) index.updateFile(input);
    return index;
  }

  /**
   * Builds an index in slices that yield to the event loop, so that a host
   * process never stalls for long. `budgetMs` bounds the work between yields.
   */
  static async buildAsync(inputs: Iterable<SourceInput>, options: { budgetMs?: number; signal?: { readonly cancelled: boolean } } = {}): Promise<SourceIndex> {
    const index = new SourceIndex();
    const budget = options.budgetMs ?? 20;
    let sliceStart = Date.now();
    for (const input of inputs) {
      if (options.signal?.cancelled) break;
      index.updateFile(input);
      if (Date.now() - sliceStart >= budget) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
    }
    return index;
  }

  /** Adds a file, or replaces it if it is indexed already. Costs time in proportion to the file. */
  updateFile(input: SourceInput): SourceDocument {
    this.removeFile(input.path);
    const doc = readSource(input);
    const { facts, quotes } = extractItems(doc, `d${this.docCounter++}`);
    const ids: number[] = [];
    for (const item of [...facts, ...quotes]) {
      const id = this.items.length;
      this.items.push(item);
      this.idsByItemId.set(item.id, id);
      ids.push(id);
      this.terms.add(id, termsOf(item));
    }
    this.files.set(input.path, { doc, ids, facts, quotes });
    this.quantities.add(facts);
    return doc;
  }

  /** Removes a file's items. Unknown paths are ignored. */
  removeFile(path: string): void {
    const entry = this.files.get(path);
    if (!entry) return;
    this.terms.remove(entry.ids);
    for (const id of entry.ids) {
      const item = this.items[id];
      if (item) this.idsByItemId.delete(item.id);
      this.items[id] = undefined;
    }
    this.files.delete(path);
    this.quantities.removeFile(path);
    this.terms.compactIfNeeded();
  }

  /** Ranked facts and quotes for a query, best first. Tolerates typos, partial words and any word order. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    const queryTerms = contentTokens(query).map((t) => t.norm);
    if (queryTerms.length === 0) return [];
    const candidates = selectCandidates(this.terms, queryTerms)
      .map((id) => this.items[id])
      .filter((item): item is Item => item !== undefined);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    const ranked = fuse.search(fuseQuery(queryTerms));
    const seen = new Set(ranked.map((r) => r.refIndex));
    const results: SearchResult[] = ranked.map((r) => ({ item: r.item, score: r.score ?? 1 }));
    // Candidates fuse.js could not match in full still beat nothing: keep them, in candidate order, after the ranked ones.
    candidates.forEach((item, i) => {
      if (!seen.has(i)) results.push({ item, score: 1 - 0.5 / (i + 2) });
    });
    return withoutOverlaps(results, limit);
  }

  /** Every file's document, in indexing order. */
  get documents(): SourceDocument[] {
    return [...this.files.values()].map((e) => e.doc);
  }

  /** The document of a source file, if indexed. */
  document(path: string): SourceDocument | undefined {
    return this.files.get(path)?.doc;
  }

  /** All facts, file by file. */
  get facts(): Fact[] {
    return [...this.files.values()].flatMap((e) => e.facts);
  }

  /** All quotes, file by file. */
  get quotes(): Quote[] {
    return [...this.files.values()].flatMap((e) => e.quotes);
  }

  /** Facts and quotes of one file. */
  itemsOf(path: string): Item[] {
    const entry = this.files.get(path);
    return entry ? [...entry.facts, ...entry.quotes] : [];
  }

  /** The item with this id (`Item.id`), if it is still indexed. */
  itemById(id: string): Item | undefined {
    const n = this.idsByItemId.get(id);
    return n === undefined ? undefined : this.items[n];
  }

  /** Number of indexed files. */
  get fileCount(): number {
    return this.files.size;
  }
}

/**
 * Keeps the better-ranked of two items that cover the same words (a quote and
 * the sentence that holds it), so one passage is never offered twice.
 */
function withoutOverlaps(results: readonly SearchResult[], limit: number): SearchResult[] {
  const kept: SearchResult[] = [];
  for (const r of results) {
    if (kept.length >= limit) break;
    const { span, file } = r.item;
    const overlaps = kept.some(({ item }) => {
      if (item.file !== file) return false;
      const shared = Math.min(item.span.end, span.end) - Math.max(item.span.start, span.start);
      return shared > 0.5 * Math.min(item.span.end - item.span.start, span.end - span.start);
    });
    if (!overlaps) kept.push(r);
  }
  return kept;
}

/** The terms an item is found by: its words and numbers, and its speaker's name. */
function termsOf(item: Item): string[] {
  const terms = contentTokens(item.text).map((t) => t.norm);
  if (item.kind === 'quote' && item.speaker) for (const t of contentTokens(item.speaker)) terms.push(t.norm);
  return terms;
}

/** An extended-search pattern in which every term must match fuzzily, in any order. */
function fuseQuery(terms: readonly string[]): string {
  return terms.map((t) => t.replace(/[|!^$'=]/g, '')).filter(Boolean).join(' ');
}
