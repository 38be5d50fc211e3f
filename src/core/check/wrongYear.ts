/**
 * A figure right for another year is the year's mistake, not the figure's: in "the 9,840 claims made after Storm Kelda
 * in 2024", where the source gives 9,840 claims for February 2025, the checker finds the period wrong (rule
 * "wrong-period"), and the writer should change "2024", not "9,840". When the draft's sentence names the year that
 * dates the figure and the source's sentence names its own, the contradiction moves to the draft's year, with the
 * source's year as the fix, and the figure is backed by the source that states it.
 */
import type { Assessment } from './checkDraft';

/** The rule id of a year that dates a figure the source gives for another year. */
export const WRONG_YEAR = 'wrong-year';
/** The rule id of a figure whose value a source states, for a year the draft gets wrong (see {@link WRONG_YEAR}). */
const VALUE_OF_WRONG_YEAR = 'states-the-value';

/** The rule that finds a figure's period wrong (rules.ts). */
const WRONG_PERIOD = 'wrong-period';

/** One sentence's assessments (in order), with each wrong period moved to the year that gives it, where the sentence names that year. */
export function moveWrongPeriodsToYears(sentence: readonly Assessment[]): Assessment[] {
  const out = [...sentence];
  sentence.forEach((figure, i) => {
    const draftYear = figure.quantity.period?.year;
    const sourceYear = figure.sourceQuantity?.period?.year;
    if (figure.rule !== WRONG_PERIOD || figure.sourceFact === undefined || draftYear === undefined || sourceYear === undefined || draftYear === sourceYear) return;
    const at = sentence.findIndex((y) => y.quantity.unitClass === 'year' && y.quantity.value === draftYear);
    const stated = figure.sourceFact.quantities.find((q) => q.unitClass === 'year' && q.value === sourceYear);
    const year = sentence[at];
    if (year === undefined || stated === undefined) return;
    out[at] = { ...year, verdict: 'contradicted', rule: WRONG_YEAR, sourceQuantity: stated, sourceFact: figure.sourceFact, confidence: figure.confidence, why: `the source gives ${figure.claimed} for ${sourceYear}` };
    out[i] = { ...figure, verdict: 'supported', rule: VALUE_OF_WRONG_YEAR };
  });
  return out;
}
