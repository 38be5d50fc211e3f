/**
 * Splits a long draft into chunks that can be checked one at a time, so that
 * checking a 1 MB draft yields to the editor between chunks. Chunks end at a
 * blank line outside a fenced code block where there is one, else at a line
 * break, else at a space, so sentences and paragraphs stay whole.
 */
import type { Span } from '../model';

/** A line that opens or closes a fenced code block. */
const FENCE = /^ {0,3}(?:```|~~~)/gm;

/** Consecutive spans that cover `text`, each about `size` characters or a little more. */
export function draftChunks(text: string, size: number): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = boundaryAfter(text, start, start + size, size);
    chunks.push({ start, end });
    start = end;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/** Where the chunk that starts at `start` ends: the first good boundary at or after `from`, searching `window` characters. */
function boundaryAfter(text: string, start: number, from: number, window: number): number {
  const limit = Math.min(text.length, from + window);
  let fences = countFences(text, start, from);
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = from;
  let at = from;
  for (let m = blank.exec(text); m && m.index < limit; m = blank.exec(text)) {
    fences += countFences(text, at, m.index);
    at = m.index;
    if (fences % 2 === 0) return m.index + m[0].length;
  }
  for (const stop of ['\n', ' ']) {
    const i = text.indexOf(stop, from);
    if (i !== -1 && i < limit) return i + 1;
  }
  return from;
}

function countFences(text: string, from: number, to: number): number {
  return to > from ? (text.slice(from, to).match(FENCE)?.length ?? 0) : 0;
}
