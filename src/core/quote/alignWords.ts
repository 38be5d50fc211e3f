/**
 * Word-level alignment of a quotation with a source passage: the edit
 * script of least cost that turns some stretch of the passage into the
 * quotation (semi-global: the quotation is aligned whole, the passage only
 * where the quotation starts and ends). A word kept costs nothing, a word
 * changed, added or left out costs one, and a gap (an ellipsis or a
 * bracketed insertion) passes over source words for free, up to the number
 * it may stand for. Dynamic programming over words: quotation words ×
 * passage words steps.
 */
import type { QuoteElement, QuoteWord } from './quoteText';

/** One step of an alignment; `d` indexes the quotation's elements, `s` the passage's words. */
export type AlignStep =
  | { readonly op: 'same'; readonly d: number; readonly s: number }
  | { readonly op: 'changed'; readonly d: number; readonly s: number }
  /** A quotation word the source does not have there. */
  | { readonly op: 'added'; readonly d: number }
  /** A source word the quotation leaves out without an ellipsis. */
  | { readonly op: 'dropped'; readonly s: number }
  /** A gap of the quotation standing for source words `[from, to)`. */
  | { readonly op: 'gap'; readonly d: number; readonly from: number; readonly to: number };

/** The best alignment of a quotation with a passage. */
export interface WordAlignment {
  readonly steps: readonly AlignStep[];
  /** Words changed, added or dropped. */
  readonly cost: number;
  /** Words the quotation shares with the passage, in order. */
  readonly same: number;
  /** The stretch of passage words `[first, end)` the quotation covers. */
  readonly first: number;
  readonly end: number;
}

/**
 * A kept word earns a hair, so that of two scripts with as many differences
 * the one that keeps more words wins ("a integration" for "a perfect
 * integration" drops "perfect" rather than adding "a"). Quotations are
 * capped well below 1024 words, so no number of hairs outweighs a difference.
 */
const KEPT = -1 / 1024;

const enum Move {
  Start,
  Diagonal,
  Added,
  Dropped,
  Gap,
}

/** True when the quotation's word is the source's: same word, and same initial case unless its case is free. */
export function sameWord(d: QuoteWord, s: QuoteWord): boolean {
  return d.norm === s.norm && (d.caseFree || d.capital === s.capital);
}

/** Aligns `quote` (words and gaps) with `passage` (words) at least cost; also returns how much work it took (cells filled). */
export function alignWords(quote: readonly QuoteElement[], passage: readonly QuoteWord[]): WordAlignment & { readonly cells: number } {
  const n = quote.length;
  const m = passage.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width);
  /** For a gap cell: the column it came from. */
  const from = new Int32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    const e = quote[i - 1] as QuoteElement;
    const row = i * width;
    const up = (i - 1) * width;
    /** For an ellipsis: the cheapest cell of the row above so far, and its column (a running minimum keeps the row linear). */
    let runningBest = Number.POSITIVE_INFINITY;
    let runningAt = 0;
    for (let j = 0; j <= m; j++) {
      let best: number;
      let how: Move;
      if (e.kind === 'gap' && !Number.isFinite(e.covers)) {
        if ((cost[up + j] as number) <= runningBest) {
          runningBest = cost[up + j] as number;
          runningAt = j;
        }
        best = runningBest;
        how = Move.Gap;
        from[row + j] = runningAt;
      } else if (e.kind === 'gap') {
        best = Number.POSITIVE_INFINITY;
        how = Move.Gap;
        let at = j;
        for (let k = j; k >= Math.max(0, j - e.covers); k--) {
          const c = cost[up + k] as number;
          if (c < best) {
            best = c;
            at = k;
          }
        }
        from[row + j] = at;
      } else {
        best = (cost[up + j] as number) + 1;
        how = Move.Added;
        if (j > 0) {
          const diagonal = (cost[up + j - 1] as number) + (sameWord(e, passage[j - 1] as QuoteWord) ? KEPT : 1);
          if (diagonal <= best) {
            best = diagonal;
            how = Move.Diagonal;
          }
          const dropped = (cost[row + j - 1] as number) + 1;
          if (dropped < best) {
            best = dropped;
            how = Move.Dropped;
          }
        }
      }
      cost[row + j] = best;
      move[row + j] = how;
    }
  }
  let endCol = 0;
  // On a tie the later end: a last word changed covers the source's word rather than leaving it out.
  for (let j = 1; j <= m; j++) if ((cost[n * width + j] as number) <= (cost[n * width + endCol] as number)) endCol = j;
  const steps = traceBack(quote, passage, move, from, width, n, endCol);
  const touched = steps.flatMap((s) => (s.op === 'same' || s.op === 'changed' ? [s.s] : s.op === 'dropped' ? [s.s] : []));
  return {
    steps,
    cost: steps.filter((s) => s.op !== 'same' && s.op !== 'gap').length,
    same: steps.filter((s) => s.op === 'same').length,
    first: touched.length > 0 ? Math.min(...touched) : endCol,
    end: touched.length > 0 ? Math.max(...touched) + 1 : endCol,
    cells: n * width,
  };
}

function traceBack(quote: readonly QuoteElement[], passage: readonly QuoteWord[], move: Uint8Array, from: Int32Array, width: number, n: number, endCol: number): AlignStep[] {
  const steps: AlignStep[] = [];
  let i = n;
  let j = endCol;
  while (i > 0) {
    const at = i * width + j;
    switch (move[at] as Move) {
      case Move.Gap: {
        const k = from[at] as number;
        steps.push({ op: 'gap', d: i - 1, from: k, to: j });
        i--;
        j = k;
        break;
      }
      case Move.Diagonal:
        steps.push({ op: sameWord(quote[i - 1] as QuoteWord, passage[j - 1] as QuoteWord) ? 'same' : 'changed', d: i - 1, s: j - 1 });
        i--;
        j--;
        break;
      case Move.Dropped:
        steps.push({ op: 'dropped', s: j - 1 });
        j--;
        break;
      default:
        steps.push({ op: 'added', d: i - 1 });
        i--;
    }
  }
  return steps.reverse();
}
