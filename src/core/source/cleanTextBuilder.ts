/**
 * Assembles a document's clean text from pieces of the original file while
 * recording where each piece came from.
 */
import { OffsetMap } from './offsetMap';

/** Appends original slices and synthetic separators, keeping an {@link OffsetMap} in step. */
export class CleanTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  /** The map from clean offsets to the original file. */
  readonly map: OffsetMap;

  constructor(private readonly original: string) {
    this.map = new OffsetMap(original);
  }

  /** Copies `original[start, end)` into the clean text. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.map.addRun(this.length, start);
    this.parts.push(this.original.slice(start, end));
    this.length += end - start;
  }

  /** Appends text that does not appear verbatim in the original (a decoded entity, a separator), anchored at `origin`. */
  insert(text: string, origin: number): void {
    if (text.length === 0) return;
    this.map.addRun(this.length, origin);
    this.parts.push(text);
    this.length += text.length;
  }

  /** Ends the current paragraph: guarantees the clean text ends with a blank line. */
  breakParagraph(origin: number): void {
    if (this.length === 0) return;
    const tail = this.tail(2);
    if (tail === '\n\n') return;
    this.insert(tail.endsWith('\n') ? '\n' : '\n\n', origin);
  }

  /** Current clean-text length. */
  get size(): number {
    return this.length;
  }

  /** The finished clean text. */
  toString(): string {
    return this.parts.join('');
  }

  private tail(n: number): string {
    let s = '';
    for (let i = this.parts.length - 1; i >= 0 && s.length < n; i--) s = (this.parts[i] ?? '') + s;
    return s.slice(-n);
  }
}
