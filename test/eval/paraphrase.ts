/**
 * Paraphrases of one supported number mention that say the same thing
 * differently: the figure rounded and marked so ("4,318 people" → "about
 * 4,300 people"), the scale word of an amount of money abbreviated or spelt
 * out ("£7.42 million" ↔ "£7.42m", "65 billion" ↔ "65bn"), and the percent
 * sign spelt out ("6.4%" → "6.4 per cent"). The product promises never to
 * flag such a figure, so each paraphrase stays labelled supported: a flag on
 * it is a false alarm. A paraphrase refuses (returns undefined) where it
 * could change the meaning: a figure already hedged, a year, a range, a
 * date, or a figure too short to round.
 */
import type { Rng } from './perturb';

/** The kinds of paraphrase, used as the `paraphrase-<kind>` category. */
export type ParaphraseKind = 'rounded' | 'scale-word' | 'per-cent';

/** Every {@link ParaphraseKind}, in a fixed order. */
export const PARAPHRASE_KINDS: readonly ParaphraseKind[] = ['rounded', 'scale-word', 'per-cent'];

/** Hedges and range words right before a mention: a figure after one is no plain figure to round. */
const HEDGED_BEFORE = /\b(?:about|around|roughly|nearly|almost|over|under|some|approximately|more than|less than|fewer than|up to|at least|at most|just|between|from)\s*$/iu;
/** A range or a second figure right after a mention ("£205m to £215m"). */
const RANGE_AFTER = /^\s*(?:to|and|-|–|—)\s*[£$€]?\d/u;
/** A figure with its currency sign and digits at the start of a mention. */
const LEADING_FIGURE = /^([£$€]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/u;

/** `value` with `digits` significant digits, written as the mention wrote its own (thousands separators, decimals). */
function roundedText(value: number, digits: number, separated: boolean): string {
  const rounded = Number(value.toPrecision(digits));
  const decimals = Math.max(0, digits - Math.floor(Math.log10(Math.abs(rounded))) - 1);
  return separated ? rounded.toLocaleString('en-US', { maximumFractionDigits: decimals }) : rounded.toFixed(decimals);
}

/** "4,318 people" → "about 4,300 people": two significant digits fewer, at least two kept; undefined when nothing rounds. */
function rounded(mention: string): string | undefined {
  const m = LEADING_FIGURE.exec(mention);
  if (m === null) return undefined;
  const written = `${m[2] ?? ''}${m[3] ?? ''}`;
  const significant = written.replace(/[,.]/gu, '').replace(/^0+/u, '').replace(/0+$/u, '').length;
  if (significant < 3) return undefined;
  const value = Number.parseFloat(written.replace(/,/gu, ''));
  const text = roundedText(value, Math.max(2, significant - 2), (m[2] ?? '').includes(','));
  return text === written ? undefined : `about ${m[1] ?? ''}${text}${mention.slice(m[0].length)}`;
}

/** "£7.42 million" ↔ "£7.42m", "65 billion" ↔ "65bn": "m" only after a currency sign, where it cannot be metres. */
function scaleWord(mention: string): string | undefined {
  if (/\d\s+billion\b/u.test(mention)) return mention.replace(/(\d)\s+billion\b/u, '$1bn');
  if (/\d\s*bn\b/u.test(mention)) return mention.replace(/(\d)\s*bn\b/u, '$1 billion');
  if (/^[£$€]\d[\d,.]*\s+million\b/u.test(mention)) return mention.replace(/(\d)\s+million\b/u, '$1m');
  if (/^[£$€]\d[\d,.]*m\b/u.test(mention)) return mention.replace(/(\d)m\b/u, '$1 million');
  return undefined;
}

/** "6.4%" → "6.4 per cent" (or "percent", as the random source picks). */
function perCent(mention: string, rng: Rng): string | undefined {
  return /\d%/u.test(mention) ? mention.replace(/(\d)%/u, rng() < 0.5 ? '$1 per cent' : '$1 percent') : undefined;
}

/** What a paraphrase needs to know about the mention besides its text. */
export interface ParaphraseContext {
  /** The draft text just before the mention. */
  readonly before: string;
  /** The draft text just after the mention. */
  readonly after: string;
}

/** The mention said differently by `kind`, or undefined when that kind does not apply or could change the meaning. */
export function paraphrase(mention: string, kind: ParaphraseKind, ctx: ParaphraseContext, rng: Rng): string | undefined {
  if (HEDGED_BEFORE.test(ctx.before) || RANGE_AFTER.test(ctx.after) || /[-–—]|\b(?:1[89]|2[01])\d\d\b|\bto\b/u.test(mention)) return undefined;
  switch (kind) {
    case 'rounded':
      return rounded(mention);
    case 'scale-word':
      return scaleWord(mention);
    case 'per-cent':
      return perCent(mention, rng);
  }
}
