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

/** A typed list with spare room, while ids arrive. */
interface Growing {
  ids: Int32Array;
  used: number;
}

/** A stored list: a short number array, a trimmed `Int32Array`, or a typed list still growing. */
type Stored = number[] | Int32Array | Growing;

/** Ascending id lists keyed by term. */
export class PostingStore {
  private readonly lists = new Map<string, Stored>();

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
    return 'used' in list ? list.used : list.length;
  }

  /** A term's ids, ascending (empty for unknown terms). */
  get(term: string): ArrayLike<number> & Iterable<number> {
    const list = this.lists.get(term);
    if (list === undefined) return EMPTY;
    return 'used' in list ? list.ids.subarray(0, list.used) : list;
  }

  /** Appends an id to a term's list unless it is the last id already; returns true when the term is new. */
  append(term: string, id: number): boolean {
    const list = this.lists.get(term);
    if (list === undefined) {
      this.lists.set(term, [id]);
      return true;
    }
    if ('used' in list) {
      if (list.ids[list.used - 1] === id) return false;
      if (list.used === list.ids.length) list.ids = doubled(list.ids, list.used);
      list.ids[list.used++] = id;
    } else if (list[list.length - 1] !== id) {
      if (list instanceof Array && list.length + 1 < TYPED_FROM) list.push(id);
      else {
        const ids = doubled(list, list.length);
        ids[list.length] = id;
        this.lists.set(term, { ids, used: list.length + 1 });
      }
    }
    return false;
  }

  /** Every term with its number of ids. */
  *counts(): IterableIterator<readonly [string, number]> {
    for (const [term, list] of this.lists) yield [term, 'used' in list ? list.used : list.length];
  }

  /** Keeps only the ids that pass `keep`; drops emptied terms and returns them. */
  retain(keep: (id: number) => boolean): string[] {
    const emptied: string[] = [];
    for (const term of [...this.lists.keys()]) {
      const kept = Array.from(this.get(term)).filter(keep);
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
      if (list instanceof Array) this.lists.set(term, list.slice());
      else if ('used' in list) this.lists.set(term, list.ids.slice(0, list.used));
    }
  }
}

/** A typed array of twice the room (at least `2 × TYPED_FROM`) holding the first `used` ids of `ids`. */
function doubled(ids: ArrayLike<number>, used: number): Int32Array {
  const grown = new Int32Array(Math.max(TYPED_FROM * 2, used * 2));
  for (let i = 0; i < used; i++) grown[i] = ids[i] ?? 0;
  return grown;
}

const EMPTY: readonly number[] = [];
