/**
 * Plain-text reader: the clean text is the file itself; paragraphs are found
 * from blank lines and from line breaks that end a sentence or a heading.
 * A transcript ("Name: words" turns, one per line or run together as in a
 * chat log) gets one paragraph per turn, so each turn's sentences are about
 * its speaker (the speaker label is the sentence's first name, and later
 * sentences of the turn inherit it).
 */
import type { Block, ParsedText } from './block';
import { CleanTextBuilder } from './cleanTextBuilder';
import { SPEAKER_NAME } from '../text/speakerLabel';

const SENTENCE_END = /[.!?:;"”'’)\]…]\s*$/u;
const STARTS_LOWER = /^\s*[\p{Ll}\d(]/u;

/** Reads a plain-text file. */
export function readPlainText(original: string): ParsedText {
  const builder = new CleanTextBuilder(original);
  builder.copy(0, original.length);
  return { text: original, map: builder.map, blocks: splitTurns(original, plainTextBlocks(original)), declared: {} };
}

/**
 * A speaker label (speakerLabel.ts) opening a turn: at the start of a line or after a sentence's end. Times
 * ("at 10: 30") and a label in mid-sentence do not count.
 */
const TURN = new RegExp(String.raw`(?:^|(?<=[.!?…"”)]\s{1,8})|(?<=\n))${SPEAKER_NAME}:[ \t]`, 'gu');
/** Fewest turns that make a text a transcript. */
const MIN_TURNS = 3;

/** Cuts the blocks of a transcript at each turn (see {@link TURN}); other texts are returned as they are. */
function splitTurns(text: string, blocks: Block[]): Block[] {
  const turns = [...text.matchAll(TURN)];
  const starts = turns.map((m) => m.index);
  const speakers = new Set(turns.map((m) => m[1]));
  if (starts.length < MIN_TURNS || speakers.size < 2) return blocks;
  const out: Block[] = [];
  let next = 0;
  for (const block of blocks) {
    let start = block.span.start;
    while (next < starts.length && (starts[next] ?? 0) < start) next++;
    while (next < starts.length && (starts[next] ?? 0) < block.span.end) {
      const cut = starts[next] ?? 0;
      const end = trimEnd(text, start, cut);
      if (end > start) out.push({ span: { start, end }, role: block.role });
      start = cut;
      next++;
    }
    if (block.span.end > start) out.push({ span: { start, end: block.span.end }, role: block.role });
  }
  return out;
}

/** The end of [start, end) without trailing white space and the " ." a chat export puts between turns. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s]/u.test(text[at - 1] ?? '')) at--;
  if (at > start && text[at - 1] === '.' && /\s/u.test(text[at - 2] ?? '')) {
    at--;
    while (at > start && /\s/u.test(text[at - 1] ?? '')) at--;
  }
  return at;
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
