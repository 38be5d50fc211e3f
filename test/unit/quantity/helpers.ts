/** Test helpers for the quantity extractor. */
import * as assert from 'node:assert/strict';
import type { Quantity } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/quantity/extract';

/** Extracts from `text` and asserts exactly one quantity was found. */
export function one(text: string): Quantity {
  const qs = extractQuantities(text);
  assert.equal(qs.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  const q = qs[0];
  assert.ok(q !== undefined);
  return q;
}

/** Asserts `actual` equals `expected` within a relative tolerance (floating-point arithmetic on scales). */
export function near(actual: number, expected: number, message?: string): void {
  const tolerance = Math.max(1e-9, Math.abs(expected) * 1e-9);
  assert.ok(Math.abs(actual - expected) <= tolerance, message ?? `${actual} ≉ ${expected}`);
}

/** Asserts the quantity's span covers exactly `mention` inside `text`. */
export function spans(text: string, q: Quantity, mention: string): void {
  assert.equal(q.text, mention);
  assert.equal(text.slice(q.span.start, q.span.end), mention);
}
