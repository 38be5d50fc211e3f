/**
 * Decodes file bytes as text: UTF-8 (with or without a BOM) or UTF-16 with a
 * BOM. Files that look binary are refused with a reason instead.
 */

/** Decoded text, or the reason the bytes are not text. */
export type Decoded = { text: string } | { skip: string };

/** Decodes bytes, refusing binary content (NUL bytes, PDF, ZIP and other magic numbers). */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const magic = binaryKind(bytes);
  if (magic) return { skip: `binary file (${magic}), not text` };
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
];

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return 'contains NUL bytes';
  return undefined;
}
