/**
 * The candidate stage of search: an inverted index over normalised tokens
 * with prefix and one-typo lookup, so that a query touches only the posting
 * lists of its own terms and never scans the corpus.
 *
 * Typo lookup keeps no deletion neighbourhood (that costs several strings
 * per vocabulary term). A word one edit away from the query keeps either its
 * first or its last letter, and its length differs by at most one, so the
 * vocabulary is filed by (first letter, length) and (last letter, length),
 * and a query compares itself with those few buckets only.
 */

import { PostingStore } from './postingStore';

/** A vocabulary term that a query term reaches, with how well it matches. */
export interface TermMatch {
  readonly term: string;
  /** 1 for the exact term, less for a prefix or a typo. */
  readonly quality: number;
}

const PREFIX_QUALITY = 0.75;
const TYPO_QUALITY = 0.6;
/** Shortest query term for which typos are tolerated. */
const MIN_TYPO_LENGTH = 4;
/** Shortest query term that is expanded as a prefix. */
const MIN_PREFIX_LENGTH = 2;
/** Bound on the vocabulary terms one query term may expand to. */
const MAX_EXPANSIONS = 24;
/** Bound on the expansions kept between changes to the index. */
const MAX_CACHED_EXPANSIONS = 4096;

/** Posting lists keyed by term; item ids in each list are ascending. */
export class TermIndex {
  private readonly postings = new PostingStore();
  /** First two characters → terms, for prefix lookup. */
  private readonly prefixes = new Map<string, string[]>();
  /** `${first letter}${length}` and `${length}${last letter}` → terms, for typo lookup. */
  private readonly typoBuckets = new Map<string, string[]>();
  private liveCount = 0;
  private readonly dead = new Set<number>();
  private changes = 0;
  /** Expansions computed since the last change, by query term and options (drafts and keystrokes repeat words). */
  private readonly expansions = new Map<string, TermMatch[]>();
  private expansionsVersion = 0;

  /** Number of live items. */
  get size(): number {
    return this.liveCount;
  }

  /** A number that changes whenever items are added or removed. */
  get version(): number {
    return this.changes;
  }

  /** Every vocabulary term with its document frequency (counting removed items until compaction). */
  *vocabulary(): IterableIterator<readonly [string, number]> {
    yield* this.postings.counts();
  }

  /** Adds an item's terms. Ids must be added in ascending order. */
  add(id: number, terms: Iterable<string>): void {
    for (const term of terms) if (this.postings.append(term, id)) this.addToVocabulary(term);
    this.liveCount++;
    this.changes++;
  }

  /** Marks items as removed; their postings are skipped and compacted lazily. */
  remove(ids: Iterable<number>): void {
    for (const id of ids) {
      if (!this.dead.has(id)) {
        this.dead.add(id);
        this.liveCount--;
        this.changes++;
      }
    }
  }

  /** Whether an id was removed. */
  isDead(id: number): boolean {
    return this.dead.has(id);
  }

  /** Number of items that carry a term, counting removed ones until compaction. */
  documentFrequency(term: string): number {
    return this.postings.count(term);
  }

  /** The posting list of a term (ascending ids, may include removed ids). */
  postingsOf(term: string): ArrayLike<number> & Iterable<number> {
    return this.postings.get(term);
  }

  /** The vocabulary terms a query term reaches: itself, words it begins (if `allowPrefix`), and words one typo away (if `allowTypos`). */
  expand(queryTerm: string, allowPrefix: boolean, allowTypos = true): TermMatch[] {
    if (this.expansionsVersion !== this.changes || this.expansions.size >= MAX_CACHED_EXPANSIONS) {
      this.expansions.clear();
      this.expansionsVersion = this.changes;
    }
    const key = `${allowPrefix ? 'p' : '-'}${allowTypos ? 't' : '-'}${queryTerm}`;
    let matches = this.expansions.get(key);
    if (matches === undefined) this.expansions.set(key, (matches = this.computeExpansion(queryTerm, allowPrefix, allowTypos)));
    return matches;
  }

  private computeExpansion(queryTerm: string, allowPrefix: boolean, allowTypos: boolean): TermMatch[] {
    const found = new Map<string, number>();
    const offer = (term: string, quality: number): void => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    if (this.postings.has(queryTerm)) offer(queryTerm, 1);
    if (allowPrefix && queryTerm.length >= MIN_PREFIX_LENGTH) {
      for (const term of this.prefixes.get(queryTerm.slice(0, 2)) ?? []) {
        if (term.length > queryTerm.length && term.startsWith(queryTerm)) offer(term, PREFIX_QUALITY);
      }
    }
    if (allowTypos && queryTerm.length >= MIN_TYPO_LENGTH && isWord(queryTerm)) {
      const n = queryTerm.length;
      for (let len = n - 1; len <= n + 1; len++) {
        for (const key of [`${queryTerm[0] ?? ''}${len}`, `${len}${queryTerm[n - 1] ?? ''}`]) {
          for (const term of this.typoBuckets.get(key) ?? []) if (term !== queryTerm && withinOneEdit(queryTerm, term)) offer(term, TYPO_QUALITY);
        }
      }
    }
    return [...found]
      .map(([term, quality]) => ({ term, quality }))
      .sort((a, b) => b.quality - a.quality || this.documentFrequency(a.term) - this.documentFrequency(b.term))
      .slice(0, MAX_EXPANSIONS);
  }

  /** Copies every list to an array of exactly its length: lists grown by `push` keep spare room, a third of the index after a bulk build. */
  trim(): void {
    this.postings.trim();
    for (const map of [this.prefixes, this.typoBuckets]) {
      for (const [key, list] of map) map.set(key, list.slice());
    }
  }

  /** Drops removed ids from every posting list once they make up a quarter of the index. */
  compactIfNeeded(): void {
    if (this.dead.size === 0 || this.dead.size < this.liveCount / 4) return;
    for (const term of this.postings.retain((id) => !this.dead.has(id))) this.removeFromVocabulary(term);
    this.dead.clear();
  }

  private addToVocabulary(term: string): void {
    push(this.prefixes, term.slice(0, 2), term);
    if (reachableByTypo(term)) for (const key of typoKeys(term)) push(this.typoBuckets, key, term);
  }

  private removeFromVocabulary(term: string): void {
    pull(this.prefixes, term.slice(0, 2), term);
    if (reachableByTypo(term)) for (const key of typoKeys(term)) pull(this.typoBuckets, key, term);
  }
}

/** True for words, false for numbers (a mistyped number is a different number). */
function isWord(term: string): boolean {
  const c = term.charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** Vocabulary words a typo-tolerant query can reach: one shorter than the shortest such query, or longer. */
function reachableByTypo(term: string): boolean {
  return term.length >= MIN_TYPO_LENGTH - 1 && isWord(term);
}

function typoKeys(term: string): [string, string] {
  return [`${term[0] ?? ''}${term.length}`, `${term.length}${term[term.length - 1] ?? ''}`];
}

/**
 * True when `b` is one insertion, deletion, substitution or swap of two
 * neighbouring characters away from `a`.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  const shorter = Math.min(la, lb);
  let p = 0;
  while (p < shorter && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < shorter - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  if (la !== lb) return p + s >= shorter;
  if (p + s >= la - 1) return true;
  return p + s === la - 2 && a[p] === b[p + 1] && a[p + 1] === b[p];
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pull(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  const i = list?.indexOf(value) ?? -1;
  if (list === undefined || i < 0) return;
  list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}
