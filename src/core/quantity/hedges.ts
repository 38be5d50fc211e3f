/**
 * Hedge words and the intervals they imply.
 *
 * Intervals (v = value, p = precision, i.e. half the step of the last digit):
 * - exact "65 billion": [v − p, v + p]
 * - approx "about 142 billion": [v − a, v + a] with a = max(p, 5 % of v)
 * - nearly "nearly 800": [v − max(p, 10 % of v), v]
 * - moreThan / atLeast "more than 6,000": [v, +∞)
 * - lessThan / atMost "under 50", "up to 30": [0, v] (or (−∞, v] for negative v)
 * - range "between 40 and 45": [low − p, high + p]
 * Open bounds stay infinite here; the checker decides how far to trust them.
 */
import type { Hedge } from '../model';
import { type PhraseTable, phraseTable } from './lexer';

/** Hedge phrases written before a number. */
export const HEDGES: PhraseTable<Hedge> = phraseTable<Hedge>([
  ['about', 'approx'],
  ['around', 'approx'],
  ['approximately', 'approx'],
  ['roughly', 'approx'],
  ['some', 'approx'],
  ['circa', 'approx'],
  ['an estimated', 'approx'],
  ['estimated', 'approx'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['just shy of', 'nearly'],
  ['just short of', 'nearly'],
  ['more than', 'moreThan'],
  ['over', 'moreThan'],
  ['above', 'moreThan'],
  ['exceeding', 'moreThan'],
  ['in excess of', 'moreThan'],
  ['upwards of', 'moreThan'],
  ['just over', 'moreThan'],
  ['well over', 'moreThan'],
  ['well above', 'moreThan'],
  ['well in excess of', 'moreThan'],
  ['tops', 'moreThan'],
  ['topped', 'moreThan'],
  ['topping', 'moreThan'],
  ['exceeds', 'moreThan'],
  ['exceeded', 'moreThan'],
  ['surpassed', 'moreThan'],
  ['surpasses', 'moreThan'],
  ['passed', 'moreThan'],
  ['passes', 'moreThan'],
  ['pass', 'moreThan'],
  ['at least', 'atLeast'],
  ['no less than', 'atLeast'],
  ['not less than', 'atLeast'],
  ['no fewer than', 'atLeast'],
  ['not fewer than', 'atLeast'],
  ['a minimum of', 'atLeast'],
  ['less than', 'lessThan'],
  ['fewer than', 'lessThan'],
  ['under', 'lessThan'],
  ['well under', 'lessThan'],
  ['well below', 'lessThan'],
  ['below', 'lessThan'],
  ['at most', 'atMost'],
  ['up to', 'atMost'],
  ['no more than', 'atMost'],
  ['not more than', 'atMost'],
  ['not over', 'atMost'],
  ['a maximum of', 'atMost'],
  ['as many as', 'atMost'],
  ['as much as', 'atMost'],
  ['between', 'range'],
]);

/** Hedge phrases written after a number, before or after its unit: "four or more bedrooms", "aged 65 or over", "£1m or so". */
export const HEDGES_AFTER: PhraseTable<Hedge> = phraseTable<Hedge>([
  ['or more', 'atLeast'],
  ['or over', 'atLeast'],
  ['or above', 'atLeast'],
  ['or higher', 'atLeast'],
  ['or greater', 'atLeast'],
  ['or longer', 'atLeast'],
  ['or fewer', 'atMost'],
  ['or less', 'atMost'],
  ['or under', 'atMost'],
  ['or below', 'atMost'],
  ['or lower', 'atMost'],
  ['or shorter', 'atMost'],
  ['or so', 'approx'],
  ['or thereabouts', 'approx'],
]);

/** The [low, high] interval a hedged number stands for (see the module header). */
export function hedgeInterval(value: number, precision: number, hedge: Hedge, rangeHigh = value): readonly [number, number] {
  switch (hedge) {
    case 'exact':
      return [value - precision, value + precision];
    case 'approx': {
      const a = Math.max(precision, Math.abs(value) * 0.05);
      return [value - a, value + a];
    }
    case 'nearly':
      return [value - Math.max(precision, Math.abs(value) * 0.1), value];
    case 'moreThan':
    case 'atLeast':
      return [value, Number.POSITIVE_INFINITY];
    case 'lessThan':
    case 'atMost':
      return [value >= 0 ? 0 : Number.NEGATIVE_INFINITY, value];
    case 'range':
      return [value - precision, rangeHigh + precision];
  }
}
