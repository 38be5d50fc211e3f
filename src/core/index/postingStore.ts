/**
 * Posting lists stored compactly. A JavaScript number array costs 8 bytes
 * per id; an `Int32Array` costs 4 but carries a fixed overhead of about a
 * hundred bytes, which would outweigh the saving on the many terms that occur
 * once or twice. So a list starts as a number array and moves to an
 * `Int32Array` once it is long, grown by doubling while ids arrive and
 * trimmed to its exact length when a build ends.
 */

/** Length at which a list moves from a number array to an `Int32Array`. */
const TYPED_FROM = 16;

/** A stored list: a short number array, or an `Int32Array` (exact length unless its term is in `fill`). */
type Stored = number[] | Int32Array;

/** Ascending id lists keyed by term. */
export class PostingStore {
  private readonly lists = new Map<string, Stored>();
  /** Ids in use of typed lists that have spare room (grown since the last trim). */
  private readonly fill = new Map<string, number>();

  /** Number of terms. */
  get size(): number {
    return this.lists.size;
  }

  /** Whether a term has a list. */
  has(term: string): boolean {
    return this.lists.has(term);
  }

  /** Number of ids of a term (0 for unknown terms). */
  count(term: string): number {
    const list = this.lists.get(term);
    if (list === undefined) return 0;
    return this.fill.get(term) ?? list.length;
  }

  /** A term's ids, ascending (empty for unknown terms). */
  get(term: string): ArrayLike<number> & Iterable<number> {
    const list = this.lists.get(term);
    if (list === undefined) return EMPTY;
    const used = this.fill.get(term);
    return used === undefined || list instanceof Array ? list : list.subarray(0, used);
  }

  /** Appends an id to a term's list unless it is the last id already; returns true when the term is new. */
  append(term: string, id: number): boolean {
    const list = this.lists.get(term);
    if (list === undefined) {
      this.lists.set(term, [id]);
      return true;
    }
    const used = this.fill.get(term) ?? list.length;
    if (list[used - 1] === id) return false;
    if (list instanceof Array) {
      if (list.length + 1 < TYPED_FROM) list.push(id);
      else this.grow(term, list, used, id);
    } else if (used < list.length) {
      list[used] = id;
      this.fill.set(term, used + 1);
    } else {
      this.grow(term, list, used, id);
    }
    return false;
  }

  /** Every term with its number of ids. */
  *counts(): IterableIterator<readonly [string, number]> {
    for (const [term, list] of this.lists) yield [term, this.fill.get(term) ?? list.length];
  }

  /** Keeps only the ids that pass `keep`; drops emptied terms and returns them. */
  retain(keep: (id: number) => boolean): string[] {
    const emptied: string[] = [];
    for (const term of [...this.lists.keys()]) {
      const kept = Array.from(this.get(term)).filter(keep);
      this.fill.delete(term);
      if (kept.length === 0) {
        this.lists.delete(term);
        emptied.push(term);
      } else {
        this.lists.set(term, kept.length < TYPED_FROM ? kept : Int32Array.from(kept));
      }
    }
    return emptied;
  }

  /** Cuts every list to its exact length: lists grown by doubling or by `push` keep spare room. */
  trim(): void {
    for (const [term, list] of this.lists) {
      const used = this.fill.get(term);
      if (list instanceof Array) this.lists.set(term, list.slice());
      else if (used !== undefined) this.lists.set(term, list.slice(0, used));
    }
    this.fill.clear();
  }

  /** Moves a full list to a typed array of twice its size and appends `id`. */
  private grow(term: string, list: Stored, used: number, id: number): void {
    const grown = new Int32Array(Math.max(TYPED_FROM * 2, used * 2));
    if (list instanceof Array) grown.set(list);
    else grown.set(list.subarray(0, used));
    grown[used] = id;
    this.lists.set(term, grown);
    this.fill.set(term, used + 1);
  }
}

const EMPTY: readonly number[] = [];
