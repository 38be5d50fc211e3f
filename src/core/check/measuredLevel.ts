/**
 * The level a change measures, within its sentence: in "Galmere handled 41.63 million tonnes in the year to
 * September, up 5.2%, and 1.28 million TEU", 5.2% is the change of 41.63 million tonnes; in "Containers rose 8.9%
 * to 1,284,000 TEU", 8.9% is the change of 1,284,000. Two changes of one value that measure the same level are one
 * figure, whatever other words their sentences use; one that measures another level is another figure.
 */
import type { Quantity } from '../model';

/** Between a change and the level it reached: "to", after at most a few words and commas ("up 5% year on year to", "by 12.3%, to"). */
const REACHED = /^[\s,]*(?:[\p{L}-]+[\s,]+){0,4}to\s+$/u;
/** Between a level and a change of it later in the clause: no clause or sentence break, no conjunction opening another clause. */
const SAME_CLAUSE = /[;.!?]|\b(?:and|but|while|whereas|or|against|compared)\b/u;
/** How far a change may trail its level, in characters ("41.63 million tonnes in the year to 30 September 2026, up 5.2%"). */
const TRAIL = 80;

/**
 * For each quantity of a sentence (in text order), the level it measures when it is a change: the level it reached
 * ("rose 8.9% to 1,284,000"), else the level right before it in its clause ("41.63 million tonnes …, up 5.2%").
 */
export function measuredLevels(sentence: string, quantities: readonly Quantity[]): (Quantity | undefined)[] {
  const numbers = quantities.filter((q) => q.unitClass !== 'year' && q.unitClass !== 'date');
  return quantities.map((q) => {
    const at = numbers.indexOf(q);
    if (q.role !== 'change' || at < 0) return undefined;
    const next = numbers[at + 1];
    if (next !== undefined && next.role === 'level' && REACHED.test(sentence.slice(q.span.end, next.span.start))) return next;
    // A length of time before the change is most often the period of the level before it ("5,388 burglaries in the 12 months to …, down 11.2%").
    const previous = numbers.slice(0, at).filter((n) => n.unitClass !== 'duration').pop();
    if (previous === undefined || previous.role !== 'level') return undefined;
    const between = sentence.slice(previous.span.end, q.span.start);
    return between.length <= TRAIL && !SAME_CLAUSE.test(between) ? previous : undefined;
  });
}
