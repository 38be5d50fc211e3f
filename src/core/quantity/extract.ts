import type { Quantity } from '../model';

/** Placeholder until the quantity extractor lands: finds no quantities. */
export function extractQuantities(_text: string): Quantity[] {
  return [];
}
