/**
 * The changes a source sentence implies without stating them. "Running costs fell to £768,100 from £779,300" states two
 * levels; a writer who works out the fall writes "£11,200" or "1.4%". The index reads each such pair of a level and the
 * earlier value it is compared with as two more source figures, the gap and the change in percent, so that a draft's
 * change is checked against the source's working: backed when it is right, contradicted when it is worked out wrong
 * ("fell by £21,200"). A table row that gives one measure for two periods in two columns ("| Group | 45,310 | 48,620 |"
 * under "Patients 2024-25" and "Patients 2025-26") is such a pair too.
 */
import type { Quantity } from '../model';
import type { MentionContext } from './context';
import { laterColumnCell } from '../quantity/tableColumns';

/** A worked-out change with the context it is read in: the later level's, which names what changed. */
export interface WorkedChange {
  readonly quantity: Quantity;
  readonly context: MentionContext;
  /** The two levels it is worked out from. */
  readonly worked: { readonly from: Quantity; readonly to: Quantity };
}

/** Hedges a level may carry and still give a working: a figure, or one marked as rounded. */
const WORKABLE_HEDGES: ReadonlySet<string> = new Set(['exact', 'approx']);
/** Least precision of a change in percent: the writer's last digit ("6.3%"). */
const PERCENT_STEP = 0.05;
/** The digits of a figure's text: "£7.12m" → "7.12", "1,274" → "1,274". */
const DIGITS = /\d[\d,]*(?:\.\d+)?/u;

/** True when `q` is a level that can be one end of a worked-out change. */
function workable(q: Quantity): boolean {
  return q.role === 'level' && WORKABLE_HEDGES.has(q.hedge) && !q.written && DIGITS.test(q.text) && q.unitClass !== 'year' && q.unitClass !== 'date' && q.unitClass !== 'time' && q.unitClass !== 'rank';
}

/** How many decimals a figure's text gives ("7.12" → 2). */
function decimalsOf(text: string): number {
  return /\.(\d+)/u.exec(DIGITS.exec(text)?.[0] ?? '')?.[1]?.length ?? 0;
}

/** `value` written with `decimals` decimals and thousands separators when `grouped`. */
function formatNumber(value: number, decimals: number, grouped: boolean): string {
  const fixed = value.toFixed(decimals);
  if (!grouped) return fixed;
  const [whole = '0', fraction] = fixed.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** The gap between two levels written as the later one is ("£7.12m" and a gap of 280,000 → "£0.28m"). */
function gapText(later: Quantity, earlier: Quantity, gap: number): string {
  const decimals = Math.max(decimalsOf(later.text), decimalsOf(earlier.text));
  const digits = DIGITS.exec(later.text)?.[0] ?? '';
  const number = formatNumber(gap / later.scale, decimals, digits.includes(',') || gap / later.scale >= 10_000);
  return later.unitClass === 'percent' ? `${number} points` : later.text.replace(DIGITS, number);
}

/** The two changes from `earlier` to `later`: the gap in their unit (in points for two percentages) and the change in percent. */
function changesBetween(later: Quantity, earlier: Quantity): Quantity[] {
  const gap = later.value - earlier.value;
  if (gap === 0) return [];
  const direction = gap > 0 ? ('up' as const) : ('down' as const);
  const hedge = later.hedge === 'exact' && earlier.hedge === 'exact' ? ('exact' as const) : ('approx' as const);
  const span = { start: Math.min(later.span.start, earlier.span.start), end: Math.max(later.span.end, earlier.span.end) };
  const base = { role: 'change' as const, direction, hedge, written: false, span, ...(later.period !== undefined ? { period: later.period } : {}) };
  const gapPrecision = later.precision + earlier.precision;
  const size = Math.abs(gap);
  const points = later.unitClass === 'percent';
  const inUnit: Quantity = {
    ...base,
    value: size,
    low: size - gapPrecision,
    high: size + gapPrecision,
    unitClass: points ? 'percentagePoints' : later.unitClass,
    unit: points ? 'pp' : later.unit,
    scale: points ? 1 : later.scale,
    precision: gapPrecision,
    text: gapText(later, earlier, size),
  };
  if (earlier.value <= 0 || later.value < 0) return [inUnit];
  const percent = (100 * size) / earlier.value;
  const percentPrecision = Math.max(PERCENT_STEP, (100 * gapPrecision) / earlier.value);
  const relative: Quantity = {
    ...base,
    value: percent,
    low: percent - percentPrecision,
    high: percent + percentPrecision,
    unitClass: 'percent',
    unit: '%',
    scale: 1,
    precision: percentPrecision,
    text: `${formatNumber(percent, 1, false)}%`,
  };
  return [inUnit, relative];
}

/**
 * The changes a sentence's quantities imply: for each earlier value a level is compared with ("from £779,300", "(5,480)",
 * "against 33,910 in 2025"), the gap to that level and the change in percent. The level is the nearest one of the same
 * unit, before or after the earlier value, with no other of that unit between them; for a table cell, the cell of its
 * row under the next later period's column of the same measure. `contexts` are the quantities' contexts, in the same
 * order.
 */
export function workedChanges(quantities: readonly Quantity[], contexts: readonly MentionContext[]): WorkedChange[] {
  const out: WorkedChange[] = [];
  quantities.forEach((earlier, i) => {
    if (!workable(earlier)) return;
    // A table row gives a measure for two periods in two columns ("Patients 2024-25", "Patients 2025-26").
    const laterCell = laterColumnCell(earlier, quantities);
    const cellContext = laterCell === undefined ? undefined : contexts[quantities.indexOf(laterCell)];
    if (laterCell !== undefined && cellContext !== undefined && workable(laterCell)) {
      for (const quantity of changesBetween(laterCell, earlier)) out.push({ quantity, context: cellContext, worked: { from: earlier, to: laterCell } });
      return;
    }
    if (contexts[i]?.kind.baseline !== true) return;
    const sameUnit = (k: number): boolean => quantities[k]?.unitClass === earlier.unitClass && quantities[k]?.unit === earlier.unit;
    let before = i - 1;
    while (before >= 0 && !sameUnit(before)) before--;
    let after = i + 1;
    while (after < quantities.length && !sameUnit(after)) after++;
    const later = [before, after].find((k) => {
      const q = quantities[k];
      return q !== undefined && contexts[k]?.kind.baseline === false && contexts[k]?.kind.compared === false && workable(q);
    });
    const level = later === undefined ? undefined : quantities[later];
    const context = later === undefined ? undefined : contexts[later];
    if (level === undefined || context === undefined) return;
    for (const quantity of changesBetween(level, earlier)) out.push({ quantity, context, worked: { from: earlier, to: level } });
  });
  return out;
}
