/**
 * Decodes file bytes as text: UTF-8 (with or without a BOM) or UTF-16 with a
 * BOM. Files that look binary are refused with a reason instead; text that
 * decodes with problems comes back with one-line warnings for the user.
 */
import { countInvalidUtf8 } from './utf8';

/** Decoded text with what the user should know about it, or the reason the bytes are not text. */
export type Decoded = { text: string; warnings: string[] } | { skip: string };

/** How many leading bytes are probed for NUL and control bytes. */
const PROBE_BYTES = 8192;
/** Above this share of control bytes (other than tab, line breaks, form feed and escape) a file is binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Above this share of invalid UTF-8 bytes a file is binary, not text with a few bad bytes. */
const MAX_INVALID_SHARE = 0.2;

/** Decodes bytes, refusing binary content (NUL bytes, PDF, ZIP and other magic numbers). */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return { skip: 'UTF-32 text is not supported' };
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be');
  const binary = binaryKind(bytes);
  if (binary) return { skip: `binary file (${binary}), not text` };
  const strict = tryDecode(bytes);
  if (strict !== undefined) return withNotes(strict, []);
  const invalid = countInvalidUtf8(bytes);
  if (invalid > MAX_INVALID_SHARE * bytes.length) return { skip: `binary file (${invalid} of ${bytes.length} bytes are not UTF-8), not text` };
  const text = new TextDecoder('utf-8').decode(bytes);
  return withNotes(text, [`${invalid} invalid UTF-8 byte${invalid === 1 ? '' : 's'} replaced`]);
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const warnings = bytes.length % 2 === 1 ? ['odd number of bytes in UTF-16 text: last byte replaced'] : [];
  return withNotes(new TextDecoder(encoding).decode(bytes.subarray(2)), warnings);
}

/** Decodes valid UTF-8 (dropping a BOM), or returns undefined when any byte is invalid. */
function tryDecode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Adds a note when the text has nothing to index. */
function withNotes(text: string, warnings: string[]): Decoded {
  if (text.length === 0) warnings.push('empty file: nothing to index');
  else if (text.trim() === '') warnings.push('only whitespace: nothing to index');
  return { text, warnings };
}

/** Signatures of binary formats that are often found with a text extension. */
const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP', [0x50, 0x4b, 0x05, 0x06]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Office document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00]],
];

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  const probe = bytes.subarray(0, PROBE_BYTES);
  if (probe.includes(0)) return 'contains NUL bytes';
  let control = 0;
  for (const b of probe) if ((b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f) control++;
  if (control > MAX_CONTROL_SHARE * probe.length) return 'control characters';
  return undefined;
}

/** Control bytes that plain text does contain: tab, LF, VT, FF, CR, ESC (terminal colours). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}
