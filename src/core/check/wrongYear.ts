/**
 * A figure right for another period is the period's mistake, not the figure's: in "the 9,840 claims made after Storm
 * Kelda in 2024", where the source gives 9,840 claims for February 2025, the checker finds the period wrong (rule
 * "wrong-period"), and the writer should change "2024", not "9,840". When the draft's sentence names the year that
 * dates the figure and the source's sentence names its own, the contradiction moves to the draft's year, with the
 * source's year as the fix, and the figure is backed by the source that states it. When the figure is dated by a day
 * the checker already finds wrong ("moved on 3 March 2026 after a £1.9 million fit-out" for 3 February), that day
 * carries the mistake alone.
 */
import type { Assessment } from './checkDraft';
import type { Period, Quantity } from '../model';

/** The rule id of a year that dates a figure the source gives for another year. */
export const WRONG_YEAR = 'wrong-year';
/** The rule id of a figure whose value a source states, for a year the draft gets wrong (see {@link WRONG_YEAR}). */
const VALUE_OF_WRONG_YEAR = 'states-the-value';

/** The rule that finds a figure's period wrong (rules.ts). */
const WRONG_PERIOD = 'wrong-period';

/** True when `q` is a day of `period`'s month ("3 March 2026" of March 2026): a date encodes its month in its hundreds. */
function dayOf(q: Quantity, period: Period): boolean {
  return q.unitClass === 'date' && period.month !== undefined && Math.floor(q.value / 100) === period.month && (q.period?.year ?? period.year) === period.year;
}

/**
 * One sentence's assessments (in order), with each wrong period moved to the year that gives it, where the sentence
 * names that year, or left to the day that gives it, where that day is found wrong already.
 */
export function moveWrongPeriods(sentence: readonly Assessment[]): Assessment[] {
  const out = [...sentence];
  sentence.forEach((figure, i) => {
    const period = figure.quantity.period;
    if (figure.rule !== WRONG_PERIOD || figure.sourceFact === undefined || period === undefined) return;
    if (sentence.some((day) => day.verdict === 'contradicted' && dayOf(day.quantity, period))) {
      out[i] = { ...figure, verdict: 'supported', rule: VALUE_OF_WRONG_YEAR };
      return;
    }
    const draftYear = period.year;
    const sourceYear = figure.sourceQuantity?.period?.year;
    if (draftYear === undefined || sourceYear === undefined || draftYear === sourceYear) return;
    const at = sentence.findIndex((y) => y.quantity.unitClass === 'year' && y.quantity.value === draftYear);
    const stated = figure.sourceFact.quantities.find((q) => q.unitClass === 'year' && q.value === sourceYear);
    const year = sentence[at];
    if (year === undefined || stated === undefined) return;
    out[at] = { ...year, verdict: 'contradicted', rule: WRONG_YEAR, sourceQuantity: stated, sourceFact: figure.sourceFact, confidence: figure.confidence, why: `the source gives ${figure.claimed} for ${sourceYear}` };
    out[i] = { ...figure, verdict: 'supported', rule: VALUE_OF_WRONG_YEAR };
  });
  return out;
}
