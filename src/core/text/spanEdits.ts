/**
 * Keeps spans attached to their text while the text is edited: a span after
 * an edit moves with it, a span before it stays, and a span the edit touches
 * is dropped (its text is gone or changed).
 */
import type { Span } from '../model';

/** One replacement in a text: `length` characters at `offset` became `inserted` characters. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly inserted: number;
}

/**
 * The spans after `edits`, or undefined for each span an edit overlapped (an
 * edit that only touches a span's end, or inserts at its start, leaves its
 * text whole). The edits' offsets all refer to the text before any of them
 * (as the edits of one editor change event do), and they do not overlap.
 */
export function shiftSpans(spans: readonly Span[], edits: readonly TextEdit[]): (Span | undefined)[] {
  // From the last edit to the first, so that each edit's offset still refers to text no earlier edit has moved.
  const descending = [...edits].sort((a, b) => b.offset - a.offset);
  return spans.map((span) => {
    let moved: Span | undefined = span;
    for (const edit of descending) {
      if (moved === undefined || moved.end <= edit.offset) continue;
      if (moved.start < edit.offset + edit.length) return undefined;
      const delta = edit.inserted - edit.length;
      moved = { start: moved.start + delta, end: moved.end + delta };
    }
    return moved;
  });
}

/** `item` with its span moved by `by` characters (the same item when `by` is 0): a result of a part of a text, placed in the whole. */
export function movedBy<T extends { readonly span: Span }>(item: T, by: number): T {
  return by === 0 ? item : { ...item, span: { start: item.span.start + by, end: item.span.end + by } };
}
