/**
 * Plain-text reader: the clean text is the file itself; paragraphs are found
 * from blank lines and from line breaks that end a sentence or a heading.
 */
import type { Block, ParsedText } from './block';
import { CleanTextBuilder } from './cleanTextBuilder';

const SENTENCE_END = /[.!?:;"”'’)\]…]\s*$/u;
const STARTS_LOWER = /^\s*[\p{Ll}\d(]/u;

/** Reads a plain-text file. */
export function readPlainText(original: string): ParsedText {
  const builder = new CleanTextBuilder(original);
  builder.copy(0, original.length);
  return { text: original, map: builder.map, blocks: plainTextBlocks(original), declared: {} };
}

/** Splits plain text into blocks (lines end at LF, CRLF or a lone CR): a line continues the previous one only when that one looks hard-wrapped. */
function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  let prevLine = '';
  const flush = (): void => {
    if (start >= 0) blocks.push({ span: { start, end }, role: 'body' });
    start = -1;
  };
  const breaks = /\r\n?|\n/g;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const found = breaks.exec(text);
    const contentEnd = found ? found.index : text.length;
    const line = text.slice(lineStart, contentEnd);
    if (line.trim() === '') {
      flush();
    } else {
      const continues = start >= 0 && isWrapped(prevLine) && STARTS_LOWER.test(line);
      if (!continues) flush();
      if (start < 0) start = lineStart + (line.length - line.trimStart().length);
      end = lineStart + line.trimEnd().length;
      prevLine = line;
    }
    lineStart = found ? found.index + found[0].length : text.length + 1;
  }
  flush();
  return blocks;
}

/** A line that stops mid-sentence and is long enough to have been wrapped by an editor. */
function isWrapped(line: string): boolean {
  return line.trim().length >= 40 && !SENTENCE_END.test(line);
}
