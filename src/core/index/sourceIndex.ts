/**
 * The source index: every fact and quote of every source, searchable with
 * fuzzy matching. Search runs in two stages: the {@link TermIndex} picks a
 * bounded set of candidates, and fuse.js ranks only those, so a keystroke
 * never costs a scan of the corpus. Files can be added, replaced and removed
 * one at a time, and a large set can be indexed in slices that leave the
 * event loop free.
 *
 * Ranking weighs each query word by its rarity across passages, so that a
 * word every source shares (the city's name in a city's archive) counts for
 * little, and takes a document's title as weak evidence for every passage of
 * that document: a fact from "Harbour City Adds Two Tram Lines" is about the
 * trams even where its sentence never names them. Titles have their own small
 * term index, keyed by document, so a query looks each of its words up once.
 */
import Fuse from 'fuse.js';
import { type FactLookup, QuantityIndex, type WeightedWord } from '../check/quantityIndex';
import { extractItemsInSteps } from '../extract/items';
import type { Fact, Item, Quote, SourceInput } from '../model';
import { distinctPassages, passageOf, type PassageLookup } from '../quote/passages';
import { readSource, type SourceDocument } from '../source/readSource';
import { contentTerms } from '../text/tokens';
import { type IdRun, type QueryTerm, selectCandidates, termWeight } from './candidates';
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

/** Options for {@link SourceIndex.buildAsync}. */
export interface BuildOptions {
  /** Most milliseconds of work between two turns of the event loop (default 10). */
  readonly budgetMs?: number;
  /** Stops indexing further files once `cancelled` is true. */
  readonly signal?: { readonly cancelled: boolean };
}

/** Per-file bookkeeping: the file's facts hold ids `firstId …`, its quotes the `quoteCount` ids after them. */
interface FileEntry {
  readonly doc: SourceDocument;
  readonly firstId: number;
  readonly factCount: number;
  readonly quoteCount: number;
}

/** fuse.js options: an item is searched by its words, and a quote also by its speaker's name. Patterns are single query words. */
const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.45,
  keys: [{ name: 'search', getFn: (item: Item): string => (item.kind === 'quote' && item.speaker ? `${item.text} ${item.speaker}` : item.text) }],
};

/** How much a query word found in a document's title counts for that document's passages, against the same word in the passage. */
const TITLE_QUALITY = 0.5;
/** A title word shared by more documents than this is too common to lift any of them (and too costly to look up per keystroke). */
const MAX_TITLE_DOCUMENTS = 256;

/** Items added to the term index between two pauses of a sliced build. */
const TERM_STEP = 128;

/** The searchable index over all sources. */
export class SourceIndex {
  private readonly files = new Map<string, FileEntry>();
  private readonly items: (Item | undefined)[] = [];
  private readonly terms = new TermIndex();
  /** Title words of each file that has items, keyed by the file's first item id. */
  private readonly titles = new TermIndex();
  private readonly byFirstId = new Map<number, FileEntry>();
  /** Entity names seen so far, so that a name recurring across facts is stored once. */
  private readonly names = new Map<string, string>();
  private docCounter = 0;
  /** Quantities of every fact, for the fact checker. */
  readonly quantities = new QuantityIndex(this.factLookup());
  /** Source quotes and the paragraphs around source sentences, by their words, for the quotation check. */
  readonly passages: PassageLookup = this.passageLookup();

  /** Builds an index over the given sources at once. */
  static build(inputs: Iterable<SourceInput>): SourceIndex {
    const index = new SourceIndex();
    for (const input of inputs) index.updateFile(input);
    index.terms.trim();
    return index;
  }

  /**
   * Builds an index in slices that yield to the event loop, so that a host
   * process never stalls for long: work pauses every `budgetMs`, also inside
   * a large file.
   */
  static async buildAsync(inputs: Iterable<SourceInput>, options: BuildOptions = {}): Promise<SourceIndex> {
    const index = new SourceIndex();
    const budget = options.budgetMs ?? 10;
    let sliceStart = Date.now();
    for (const input of inputs) {
      if (options.signal?.cancelled) break;
      const steps = index.indexSteps(input);
      while (steps.next().done !== true) {
        if (Date.now() - sliceStart >= budget) {
          await new Promise<void>((resolve) => setTimeout(resolve, 0));
          sliceStart = Date.now();
        }
      }
    }
    index.terms.trim();
    return index;
  }

  /** Adds a file, or replaces it if it is indexed already. Costs time in proportion to the file. */
  updateFile(input: SourceInput): SourceDocument {
    const steps = this.indexSteps(input);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
    }
  }

  /** Removes a file's items. Unknown paths are ignored. */
  removeFile(path: string): void {
    const entry = this.files.get(path);
    if (!entry) return;
    this.quantities.removeFile(path);
    if (this.byFirstId.get(entry.firstId) === entry) {
      this.titles.remove([entry.firstId]);
      this.byFirstId.delete(entry.firstId);
      this.titles.compactIfNeeded();
    }
    const ids = idsOf(entry);
    this.terms.remove(ids);
    for (const id of ids) this.items[id] = undefined;
    this.files.delete(path);
    this.terms.compactIfNeeded();
  }

  /** Ranked facts and quotes for a query, best first. Tolerates typos, partial words and any word order. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    const tokens = contentTerms(query);
    if (tokens.length === 0) return [];
    const queryTerms = tokens.map((term, i): QueryTerm => {
      const prefix = i === tokens.length - 1 || term.length >= 3;
      return { term, weight: 1, prefix, runs: this.titleRuns(term, prefix) };
    });
    const selected = selectCandidates(this.terms, queryTerms).filter((c) => this.items[c.id] !== undefined);
    if (selected.length === 0) return [];
    const candidates = selected.map((c) => this.items[c.id] as Item);
    const best = selected[0]?.score ?? 1;
    // How much of the best candidate's evidence (rare query words matched exactly, title words at less) each candidate has: 0 for as much, up to 1 for none.
    const shortfall = selected.map((c) => 1 - c.score / best);
    const fuzzy = this.fuzzyScores(candidates, tokens, queryTerms.map((q) => termWeight(this.terms, q)));
    const results = candidates.map((item, i): SearchResult => ({ item, score: blend(fuzzy[i] ?? 1, shortfall[i] ?? 1) }));
    results.sort((a, b) => a.score - b.score);
    return withoutOverlaps(results, limit);
  }

  /**
   * How well each candidate matches the query by fuse.js, word by word: the
   * mean of each query word's fuzzy score (1 where the word is missing),
   * weighted by the word's rarity, so that missing a word every source shares
   * costs little. A word missing from a passage but found in its document's
   * title counts at {@link TITLE_QUALITY}.
   */
  private fuzzyScores(candidates: readonly Item[], tokens: readonly string[], weights: readonly number[]): number[] {
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    const titleOf = candidates.map((item) => this.files.get(item.file)?.doc.metadata.title ?? '');
    const titles = [...new Set(titleOf)];
    const titleFuse = new Fuse(titles, { includeScore: true, ignoreLocation: true, threshold: FUSE_OPTIONS.threshold });
    const sums = candidates.map(() => 0);
    let totalWeight = 0;
    // Each distinct word once, and only the heaviest few: a query pasted from a paragraph must not cost a fuse.js pass per word.
    const heaviest = new Map<string, number>();
    tokens.forEach((token, k) => heaviest.set(token, Math.max(heaviest.get(token) ?? 0, weights[k] ?? 1)));
    const scored = [...heaviest].sort((a, b) => b[1] - a[1]).slice(0, MAX_FUZZY_WORDS);
    scored.forEach(([token, weight]) => {
      const pattern = token.replace(/[|!^$'=]/g, '');
      if (pattern === '') return;
      totalWeight += weight;
      const word = candidates.map(() => 1);
      for (const r of fuse.search(pattern)) word[r.refIndex] = r.score ?? 1;
      const inTitle = new Map(titleFuse.search(pattern).map((r) => [r.item, 1 - TITLE_QUALITY * (1 - (r.score ?? 1))]));
      word.forEach((score, i) => {
        sums[i] = (sums[i] ?? 0) + weight * Math.min(score, inTitle.get(titleOf[i] ?? '') ?? 1);
      });
    });
    return sums.map((sum) => (totalWeight > 0 ? sum / totalWeight : 1));
  }

  /**
   * The runs of items whose document's title holds a query word (or, as for
   * passages, a word it begins or one typo away), at {@link TITLE_QUALITY}.
   * Costs a lookup in the title index, and one run per document it names.
   */
  private titleRuns(term: string, prefix: boolean): IdRun[] | undefined {
    const byFirst = new Map<number, IdRun>();
    for (const { term: word, quality } of this.titles.expand(term, prefix)) {
      const postings = this.titles.postingsOf(word);
      if (postings.length > MAX_TITLE_DOCUMENTS) continue;
      for (const firstId of postings) {
        const entry = this.titles.isDead(firstId) ? undefined : this.byFirstId.get(firstId);
        if (entry === undefined || (byFirst.get(firstId)?.quality ?? 0) >= quality * TITLE_QUALITY) continue;
        byFirst.set(firstId, { first: firstId, count: entry.factCount + entry.quoteCount, quality: quality * TITLE_QUALITY });
      }
    }
    return byFirst.size === 0 ? undefined : [...byFirst.values()].sort((a, b) => a.first - b.first);
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
    return [...this.files.values()].flatMap((e) => this.slice(e.firstId, e.factCount) as Fact[]);
  }

  /** All quotes, file by file. */
  get quotes(): Quote[] {
    return [...this.files.values()].flatMap((e) => this.slice(e.firstId + e.factCount, e.quoteCount) as Quote[]);
  }

  /** Facts and quotes of one file. */
  itemsOf(path: string): Item[] {
    const entry = this.files.get(path);
    return entry ? this.slice(entry.firstId, entry.factCount + entry.quoteCount) : [];
  }

  /** `count` live items from id `first` on. */
  private slice(first: number, count: number): Item[] {
    return this.items.slice(first, first + count) as Item[];
  }

  /** Number of indexed files. */
  get fileCount(): number {
    return this.files.size;
  }

  /** Indexes one file, pausing every few dozen sentences; the file replaces its old version only when done. */
  private *indexSteps(input: SourceInput): Generator<void, SourceDocument> {
    const doc = readSource(input);
    yield;
    const { facts, quotes } = yield* extractItemsInSteps(doc, `d${this.docCounter++}`, this.names);
    this.removeFile(input.path);
    const entry: FileEntry = { doc, firstId: this.items.length, factCount: facts.length, quoteCount: quotes.length };
    const all: Item[] = [...facts, ...quotes];
    for (let i = 0; i < all.length; i++) {
      const item = all[i] as Item;
      const id = this.items.length;
      this.items.push(item);
      this.terms.add(id, termsOf(item));
      if (i % TERM_STEP === TERM_STEP - 1) yield;
    }
    this.files.set(input.path, entry);
    if (all.length > 0 && doc.metadata.title !== undefined) {
      this.titles.add(entry.firstId, contentTerms(doc.metadata.title));
      this.byFirstId.set(entry.firstId, entry);
    }
    this.quantities.add(facts);
    return doc;
  }

  /** How the quantity index finds facts: through the term index, facts only. */
  private factLookup(): FactLookup {
    const terms = this.terms;
    return {
      factsWith: (words: readonly WeightedWord[], limit: number): Fact[] => {
        // Context words are stems ("approv"), so they match as prefixes; drafts are not typed in a hurry, so no typos.
        const queryTerms = words.map(({ word, weight }): QueryTerm => ({ term: word, weight, prefix: true, typos: false }));
        const isFact = (id: number): boolean => this.items[id]?.kind === 'fact';
        return selectCandidates(this.terms, queryTerms, limit, isFact)
          .map((c) => this.items[c.id])
          .filter((item): item is Fact => item?.kind === 'fact');
      },
      words: () => terms.vocabulary(),
      get count(): number {
        return terms.size;
      },
      get version(): number {
        return terms.version;
      },
    };
  }

  /** How the quotation check finds passages: through the term index, exact words only (a quotation's words are the source's or they are not). */
  private passageLookup(): PassageLookup {
    return {
      passagesWith: (words, limit) => {
        const queryTerms = words.map((term): QueryTerm => ({ term, weight: 1, prefix: false, typos: false }));
        const found = selectCandidates(this.terms, queryTerms, limit, (id) => this.items[id] !== undefined);
        return distinctPassages(
          found.flatMap((c) => {
            const item = this.items[c.id];
            const doc = item === undefined ? undefined : this.files.get(item.file)?.doc;
            return item !== undefined && doc !== undefined ? [passageOf(item, doc)] : [];
          }),
        );
      },
    };
  }
}

/** Most query words scored one by one with fuse.js (the heaviest, that is the rarest, first). */
const MAX_FUZZY_WORDS = 8;
/** Weight of the candidate stage's evidence against fuse.js's score in the final ranking. */
const EVIDENCE_WEIGHT = 1;

/** A fuse.js score (0 best) made worse by the share of evidence a candidate lacks. */
function blend(fuseScore: number, shortfall: number): number {
  return (fuseScore + EVIDENCE_WEIGHT * shortfall) / (1 + EVIDENCE_WEIGHT);
}

/** The ids of a file's items. */
function idsOf(entry: FileEntry): number[] {
  const n = entry.factCount + entry.quoteCount;
  return Array.from({ length: n }, (_, i) => entry.firstId + i);
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
  const terms = contentTerms(item.text);
  if (item.kind === 'quote' && item.speaker) terms.push(...contentTerms(item.speaker));
  // A table row is found by its column headers too ("Pts", "Share (%)"): they say what its cells are.
  if (item.kind === 'fact') for (const heading of new Set(item.quantities.flatMap((q) => (q.heading === undefined ? [] : [q.heading])))) terms.push(...contentTerms(heading));
  return terms;
}
