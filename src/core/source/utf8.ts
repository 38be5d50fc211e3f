/**
 * UTF-8 validation by the WHATWG decoder's rules, so that a warning can say
 * how many bytes of a file were not text.
 */

/** The byte range the second byte of a sequence may take, by lead byte. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** How many continuation bytes follow a lead byte; 0 for ASCII, -1 for a byte that cannot start a sequence. */
function continuationCount(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/**
 * Counts the bytes that are not part of a well-formed UTF-8 sequence: each
 * of them becomes (part of) a U+FFFD replacement character when decoded.
 */
export function countInvalidUtf8(bytes: Uint8Array): number {
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const need = continuationCount(lead);
    if (need === 0) {
      i++;
      continue;
    }
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let [lo, hi] = secondByteRange(lead);
    let k = 1;
    while (k <= need) {
      const b = bytes[i + k];
      if (b === undefined || b < lo || b > hi) break;
      [lo, hi] = [0x80, 0xbf];
      k++;
    }
    if (k <= need) invalid += k; // a truncated sequence: its bytes so far are replaced, the offending byte is read afresh
    i += k;
  }
  return invalid;
}
