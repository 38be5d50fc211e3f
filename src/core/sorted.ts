/**
 * Binary search over ascending arrays of numbers (plain or typed): the one
 * search that offset maps, posting lists and clause boundaries share.
 */

/**
 * Index of the first element that is ≥ `value` (or > `value` when `strict`)
 * in an ascending array; `sorted.length` when there is none.
 */
export function lowerBound(sorted: ArrayLike<number>, value: number, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? 0;
    if (v < value || (strict && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when an ascending array holds `value`. */
export function sortedHas(sorted: ArrayLike<number>, value: number): boolean {
  return sorted[lowerBound(sorted, value)] === value;
}
