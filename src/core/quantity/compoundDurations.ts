/**
 * Durations written in two units, the larger first: "8 minutes 42 seconds", "1 hour and 20 minutes", "2 years 3
 * months". The extractor reads each part as a duration of its own; this joins them into the one time they state, so
 * that "8 minutes 42 seconds" meets a source's "00:08:42" and is never checked as "8 minutes".
 */
import type { Quantity } from '../model';
import { writtenUnitFactor } from './units';

/** What may stand between the two parts: a space, or "and". */
const JOINT = /^\s+(?:and\s+)?$/u;

/**
 * The unit factor of `b` when `b`, right after `a` in `text`, is the smaller-unit rest of the duration `a` begins;
 * `larger` is the factor of `a`'s last unit.
 */
function continues(text: string, a: Quantity, b: Quantity, larger: number | undefined): number | undefined {
  if (a.unitClass !== 'duration' || b.unitClass !== 'duration' || a.hedge === 'range' || b.hedge !== 'exact' || a.role !== b.role) return undefined;
  if (larger === undefined || !JOINT.test(text.slice(a.span.end, b.span.start))) return undefined;
  const smaller = writtenUnitFactor(b);
  // The larger part is a whole number of its unit, and the smaller part less than one of it ("8 minutes 42 seconds").
  const whole = Math.abs(a.value / larger - Math.round(a.value / larger)) < 1e-6;
  return smaller !== undefined && smaller < larger && b.value < larger && whole ? smaller : undefined;
}

/**
 * The one duration `a` and `b` state together, with `a`'s hedge. Its last part may be cut short rather than rounded
 * ("2 hours 14 minutes" for 2:14:30), so it is as precise as one whole unit of that part.
 */
function joined(text: string, a: Quantity, b: Quantity): Quantity {
  const value = a.value + b.value;
  const precision = 2 * b.precision;
  const widen = a.precision > 0 ? precision / a.precision : 1;
  return {
    ...a,
    value,
    low: value - (a.value - a.low) * widen,
    high: value + (a.high - a.value) * widen,
    precision,
    span: { start: a.span.start, end: b.span.end },
    text: text.slice(a.span.start, b.span.end),
  };
}

/** Joins each duration written in two units or more into one quantity (see the module header); `quantities` are in text order. */
export function joinCompoundDurations(text: string, quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  // The unit factor of the last part of the last quantity kept.
  let lastUnit: number | undefined;
  for (const q of quantities) {
    const last = out[out.length - 1];
    const unit = last === undefined ? undefined : continues(text, last, q, lastUnit);
    if (last !== undefined && unit !== undefined) out[out.length - 1] = joined(text, last, q);
    else out.push(q);
    lastUnit = unit ?? writtenUnitFactor(q);
  }
  return out;
}
