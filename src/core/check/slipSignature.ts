/**
 * A number's slip signature: its nonzero digits, sorted ("$642,780" →
 * "24678"). Figures that are a slip of the pen apart share it: the same
 * digits in another order ("$624,780"), or the same digits at another scale
 * ("£2.7bn" and "£2.7 million", "270" and "27"). The quantity index uses it to
 * find, besides the facts that share a mention's words, the few that state
 * such a figure, which a lookup by words can miss in a long source.
 */

/** Fewest digits a signature needs to say anything: shorter ones ("49") recur by chance. */
export const MIN_SIGNATURE_DIGITS = 3;

/** The signature of a number as written ("$642,780" → "24678"), or undefined when it has too few digits. */
export function slipSignature(written: string): string | undefined {
  const digits = written.replace(/[^1-9]/gu, '');
  return digits.length < MIN_SIGNATURE_DIGITS ? undefined : [...digits].sort().join('');
}

/** The signatures of the numbers written in a text ("1,240 users and $46.2m" → "124", "246"), once each. */
export function slipSignaturesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d(?:[\d,.]*\d)?/gu)) {
    const signature = slipSignature(m[0]);
    if (signature !== undefined) out.add(signature);
  }
  return out;
}
