/**
 * Maps offsets in a document's clean text back to lines and columns of the
 * original file, so that every sentence can be cited at its exact place.
 */
import type { SourceLocation, Span } from '../model';
import { lowerBound } from '../sorted';

/** Runs of clean text copied verbatim from the original, stored as parallel arrays (no per-run objects). */
export class OffsetMap {
  private readonly cleanStarts: number[] = [];
  private readonly origStarts: number[] = [];
  /** Offsets where lines start, packed (a long source has hundreds of thousands of lines). */
  private readonly lineStarts: Int32Array;

  /** @param original the original file text, used only to find its line starts (after LF, CRLF or a lone CR, as editors count lines). */
  constructor(original: string) {
    const starts = [0];
    for (const m of original.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
    this.lineStarts = Int32Array.from(starts);
  }

  /** Records that clean text from `cleanStart` on was copied from `origStart` on. Runs must arrive in clean-text order. */
  addRun(cleanStart: number, origStart: number): void {
    const last = this.cleanStarts.length - 1;
    if (last >= 0 && this.cleanStarts[last] === cleanStart) {
      this.origStarts[last] = origStart;
      return;
    }
    this.cleanStarts.push(cleanStart);
    this.origStarts.push(origStart);
  }

  /** The original offset of a clean-text offset. */
  toOriginal(clean: number): number {
    const i = lowerBound(this.cleanStarts, clean, true) - 1;
    if (i < 0) return clean;
    return (this.origStarts[i] ?? 0) + (clean - (this.cleanStarts[i] ?? 0));
  }

  /** 1-based line and column of an original offset. */
  lineColumn(original: number): { line: number; column: number } {
    const i = Math.max(0, lowerBound(this.lineStarts, original, true) - 1);
    return { line: i + 1, column: original - (this.lineStarts[i] ?? 0) + 1 };
  }

  /** The original-file location of a clean-text span; `endColumn` is exclusive. */
  locate(file: string, span: Span): SourceLocation {
    const start = this.lineColumn(this.toOriginal(span.start));
    const endOrig = span.end > span.start ? this.toOriginal(span.end - 1) + 1 : this.toOriginal(span.end);
    const end = this.lineColumn(endOrig);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
