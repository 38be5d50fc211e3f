/**
 * The quantity index: every quantity of every source fact, filed by bucket
 * (unit class and unit, see agreement.ts) and, inside a bucket, by the words
 * of its context (entity words and content words). A lookup walks the
 * posting lists of the draft mention's words, rarest first, and stops after a
 * fixed budget of candidates, so checking a draft costs about the same at
 * 100k facts as at 1k. Files can be added and removed one at a time.
 */
import type { Fact, Quantity } from '../model';
import { bucketKey } from './agreement';
import { type EntityOccurrence, lastEntityWords, locateEntities, type MentionContext, mentionContexts, topicWords } from './context';

/** One source quantity with its fact and context. */
export interface IndexedQuantity {
  readonly fact: Fact;
  readonly quantity: Quantity;
  readonly context: MentionContext;
}

/** Most candidates a lookup visits. */
const CANDIDATE_BUDGET = 400;

/** The source side of the fact checker. */
export class QuantityIndex {
  private readonly buckets = new Map<string, Map<string, Set<IndexedQuantity>>>();
  private readonly byFile = new Map<string, IndexedQuantity[]>();
  private readonly documentFrequency = new Map<string, number>();
  private factCount = 0;
  private readonly nameWords = new Map<string, number>();

  /** Adds the facts of one or more files, in document order (paragraph co-reference depends on it). */
  add(facts: readonly Fact[]): void {
    let carried: readonly string[] = [];
    let previous: Fact | undefined;
    const topics = new Map<string, string[]>();
    for (const fact of facts) {
      if (previous === undefined || previous.file !== fact.file || previous.paragraph.start !== fact.paragraph.start) carried = [];
      let topic = topics.get(fact.file);
      if (topic === undefined) topics.set(fact.file, (topic = topicWords(facts.filter((f) => f.file === fact.file).map((f) => f.entities))));
      for (const name of fact.entities) for (const w of name.split(/\s+/u)) this.nameWords.set(w, (this.nameWords.get(w) ?? 0) + 1);
      const entities: EntityOccurrence[] = locateEntities(fact.text, fact.entities);
      const contexts = mentionContexts(fact.text, fact.quantities, entities, entities.length > 0 ? [] : carried, topic);
      const words = new Set<string>();
      fact.quantities.forEach((quantity, i) => {
        const context = contexts[i];
        if (context === undefined) return;
        const entry: IndexedQuantity = { fact, quantity, context };
        const list = this.byFile.get(fact.file) ?? [];
        list.push(entry);
        this.byFile.set(fact.file, list);
        const postings = this.bucket(bucketKey(quantity));
        for (const word of keysOf(context)) {
          words.add(word);
          let set = postings.get(word);
          if (set === undefined) postings.set(word, (set = new Set()));
          set.add(entry);
        }
      });
      for (const w of words) this.documentFrequency.set(w, (this.documentFrequency.get(w) ?? 0) + 1);
      if (fact.quantities.length > 0) this.factCount++;
      carried = lastEntityWords(entities, carried);
      previous = fact;
    }
  }

  /** Removes every quantity of a file. */
  removeFile(file: string): void {
    const entries = this.byFile.get(file);
    if (entries === undefined) return;
    const factWords = new Map<Fact, Set<string>>();
    for (const entry of entries) {
      const postings = this.buckets.get(bucketKey(entry.quantity));
      const words = factWords.get(entry.fact) ?? new Set<string>();
      factWords.set(entry.fact, words);
      for (const word of keysOf(entry.context)) {
        words.add(word);
        const set = postings?.get(word);
        set?.delete(entry);
        if (set?.size === 0) postings?.delete(word);
      }
    }
    for (const words of factWords.values()) {
      for (const w of words) {
        const n = (this.documentFrequency.get(w) ?? 1) - 1;
        if (n <= 0) this.documentFrequency.delete(w);
        else this.documentFrequency.set(w, n);
      }
    }
    this.factCount -= factWords.size;
    for (const fact of factWords.keys()) {
      for (const name of fact.entities) {
        for (const w of name.split(/\s+/u)) {
          const n = (this.nameWords.get(w) ?? 1) - 1;
          if (n <= 0) this.nameWords.delete(w);
          else this.nameWords.set(w, n);
        }
      }
    }
    this.byFile.delete(file);
  }

  /**
   * Candidate source quantities for a draft mention: same bucket, sharing at
   * least one context word, at most a fixed budget of them (rarest words first).
   */
  candidates(quantity: Quantity, context: MentionContext): IndexedQuantity[] {
    const postings = this.buckets.get(bucketKey(quantity));
    if (postings === undefined) return [];
    const lists = [...keysOf(context)]
      .map((w) => postings.get(w))
      .filter((s): s is Set<IndexedQuantity> => s !== undefined)
      .sort((a, b) => a.size - b.size);
    const out = new Set<IndexedQuantity>();
    for (const list of lists) {
      for (const entry of list) {
        out.add(entry);
        if (out.size >= CANDIDATE_BUDGET) return [...out];
      }
    }
    return [...out];
  }

  /** Inverse document frequency of a context word over the indexed facts; unseen words get the highest weight. */
  idf(word: string): number {
    return Math.log(1 + (this.factCount + 1) / ((this.documentFrequency.get(word) ?? 0) + 1));
  }

  /** True when the sources use `word` (case-sensitive) inside an entity name: a draft sentence may start with it and still name something. */
  isNameWord(word: string): boolean {
    return this.nameWords.has(word);
  }

  /** Number of indexed quantities. */
  get size(): number {
    let n = 0;
    for (const list of this.byFile.values()) n += list.length;
    return n;
  }

  private bucket(key: string): Map<string, Set<IndexedQuantity>> {
    let b = this.buckets.get(key);
    if (b === undefined) this.buckets.set(key, (b = new Map<string, Set<IndexedQuantity>>()));
    return b;
  }
}

/** The words a context is filed under: entity words (prefixed, so they never collide with content words) and content words. */
function keysOf(context: MentionContext): Set<string> {
  const keys = new Set<string>();
  for (const e of context.entities) keys.add(`@${e}`);
  for (const w of context.words.keys()) keys.add(w);
  return keys;
}
