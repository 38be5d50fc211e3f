/**
 * The candidate stage of search: an inverted index over normalised tokens
 * with prefix and one-typo lookup (a deletion neighbourhood, as in SymSpell),
 * so that a query touches only the posting lists of its own terms and never
 * scans the corpus.
 */

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

/** Posting lists keyed by term; item ids in each list are ascending. */
export class TermIndex {
  private readonly postings = new Map<string, number[]>();
  /** Deletion neighbourhood: a term with one character removed → the terms it came from. */
  private readonly deletions = new Map<string, string[]>();
  /** First two characters → terms, for prefix lookup. */
  private readonly prefixes = new Map<string, string[]>();
  private liveCount = 0;
  private readonly dead = new Set<number>();

  /** Number of live items. */
  get size(): number {
    return this.liveCount;
  }

  /** Adds an item's terms. Ids must be added in ascending order. */
  add(id: number, terms: Iterable<string>): void {
    for (const term of new Set(terms)) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        this.addToVocabulary(term);
      }
      list.push(id);
    }
    this.liveCount++;
  }

  /** Marks items as removed; their postings are skipped and compacted lazily. */
  remove(ids: Iterable<number>): void {
    for (const id of ids) {
      if (!this.dead.has(id)) {
        this.dead.add(id);
        this.liveCount--;
      }
    }
  }

  /** Whether an id was removed. */
  isDead(id: number): boolean {
    return this.dead.has(id);
  }

  /** Number of items that carry a term, counting removed ones until compaction. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** The posting list of a term (ascending ids, may include removed ids). */
  postingsOf(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }

  /** The vocabulary terms a query term reaches: itself, words it begins, and words one typo away. */
  expand(queryTerm: string, allowPrefix: boolean): TermMatch[] {
    const found = new Map<string, number>();
    const offer = (term: string, quality: number): void => {
      if (this.postings.has(term) && (found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    offer(queryTerm, 1);
    if (allowPrefix && queryTerm.length >= MIN_PREFIX_LENGTH) {
      for (const term of this.prefixes.get(queryTerm.slice(0, 2)) ?? []) {
        if (term.length > queryTerm.length && term.startsWith(queryTerm)) offer(term, PREFIX_QUALITY);
      }
    }
    if (queryTerm.length >= MIN_TYPO_LENGTH && !/^\d/.test(queryTerm)) {
      for (const term of this.deletions.get(queryTerm) ?? []) offer(term, TYPO_QUALITY);
      for (const del of deletionsOf(queryTerm)) {
        offer(del, TYPO_QUALITY);
        for (const term of this.deletions.get(del) ?? []) if (term !== queryTerm) offer(term, TYPO_QUALITY);
      }
    }
    return [...found]
      .map(([term, quality]) => ({ term, quality }))
      .sort((a, b) => b.quality - a.quality || this.documentFrequency(a.term) - this.documentFrequency(b.term))
      .slice(0, MAX_EXPANSIONS);
  }

  /** Drops removed ids from every posting list once they make up a quarter of the index. */
  compactIfNeeded(): void {
    if (this.dead.size === 0 || this.dead.size < this.liveCount / 4) return;
    for (const [term, list] of this.postings) {
      const kept = list.filter((id) => !this.dead.has(id));
      if (kept.length > 0) this.postings.set(term, kept);
      else this.postings.delete(term);
    }
    this.dead.clear();
  }

  private addToVocabulary(term: string): void {
    push(this.prefixes, term.slice(0, 2), term);
    if (term.length >= MIN_TYPO_LENGTH && !/^\d/.test(term)) for (const del of deletionsOf(term)) push(this.deletions, del, term);
  }
}

/** Every string made by deleting one character of `term`. */
function deletionsOf(term: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < term.length; i++) out.add(term.slice(0, i) + term.slice(i + 1));
  return out;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
