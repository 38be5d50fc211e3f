/**
 * Finds the spans of direct quotations in a run of paragraphs, with straight
 * or curly quotation marks. A quotation left open at the end of a paragraph
 * continues when the next paragraph opens with a quotation mark (the news
 * convention for quotes that run over several paragraphs). A curly quotation
 * inside a curly quotation (“… “nested” …”) stays part of the outer one.
 */
import type { Span } from '../model';

/** A quotation: the span of the quoted words and the paragraphs it covers. */
export interface QuoteSpan {
  /** The quoted words, without the quotation marks. */
  readonly inner: Span;
  /** Index of the paragraph where the quotation opens and where it closes. */
  readonly firstBlock: number;
  readonly lastBlock: number;
}

const OPEN = new Set(['“', '"']);
const CLOSE = new Set(['”', '"']);
/** Every character that can open or close a quotation: the scan jumps from one to the next. */
const QUOTE_MARK = /["“”]/gu;

/** Scans paragraphs (given as spans of `text`, in order) for quotations. */
export function findQuoteSpans(text: string, blocks: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; block: number } | undefined;
  /** Curly quotations opened inside the open one and not closed yet. */
  let nested = 0;
  blocks.forEach((block, bi) => {
    if (open && !OPEN.has(text[firstNonSpace(text, block)] ?? '')) open = undefined;
    if (!open) nested = 0;
    for (const m of text.slice(block.start, block.end).matchAll(QUOTE_MARK)) {
      const i = block.start + m.index;
      const ch = m[0];
      if (open && ch === '“' && !isReopen(text, block, i)) {
        nested++;
      } else if (open && nested > 0 && ch === '”') {
        nested--;
      } else if (open && CLOSE.has(ch) && (ch === '”' || !isWordChar(text[i + 1]))) {
        if (i > open.at) out.push({ inner: { start: open.at, end: i }, firstBlock: open.block, lastBlock: bi });
        open = undefined;
        nested = 0;
      } else if (OPEN.has(ch) && (open === undefined || isReopen(text, block, i)) && (ch === '“' || !isWordChar(text[i - 1]))) {
        if (open === undefined) open = { at: i + 1, block: bi };
      }
    }
  });
  return out;
}

/** A quotation mark at the start of a continued paragraph reopens the quote that was left open. */
function isReopen(text: string, block: Span, i: number): boolean {
  return i === firstNonSpace(text, block);
}

function firstNonSpace(text: string, block: Span): number {
  let i = block.start;
  while (i < block.end && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
