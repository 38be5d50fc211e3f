/**
 * A quotation's text as the quotation check reads it: its words, and the
 * gaps a writer may leave in a quotation by convention — an ellipsis (`…`,
 * `...`, `[…]`) for left-out words and a `[bracketed]` insertion for words
 * the writer supplied. Punctuation, quotation marks and whitespace are no
 * elements at all, so that they never count as a difference.
 */
import type { Span } from '../model';
import { tokenize } from '../text/tokens';

/** A word of a quotation (or of a source passage). */
export interface QuoteWord {
  readonly kind: 'word';
  /** Normalised form (lower case, no diacritics; see tokens.ts). */
  readonly norm: string;
  /** Offsets of the word in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** True when its first letter is a capital. */
  readonly capital: boolean;
  /** True when its case does not count (the quotation's first word, or the first after a gap). */
  readonly caseFree: boolean;
}

/** Words the writer left out (an ellipsis) or replaced (a bracketed insertion). */
export interface QuoteGap {
  readonly kind: 'gap';
  readonly start: number;
  readonly end: number;
  /** Most source words the gap may stand for: unbounded for an ellipsis, a few for a bracket. */
  readonly covers: number;
}

/** One element of a quotation. */
export type QuoteElement = QuoteWord | QuoteGap;

/** An ellipsis, bracketed or not, or a bracketed insertion (not the text of a Markdown link, `[words](…)`). */
const GAP = /\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.|\[[^\]\n]*\](?!\()/gu;
const BRACKET_ELLIPSIS = /^\[\s*(?:…|\.\s?\.\s?\.)\s*\]$/u;
/** Source words a bracketed insertion may stand for beyond its own words. */
const BRACKET_SLACK = 3;

/** The words and gaps of `text` within `span`, with offsets into `text`. */
export function quoteElements(text: string, span: Span): QuoteElement[] {
  const out: QuoteElement[] = [];
  const slice = text.slice(span.start, span.end);
  let from = 0;
  const words = (end: number): void => {
    for (const t of tokenize(slice.slice(from, end))) {
      const start = span.start + from + t.start;
      const first = text[start] ?? '';
      out.push({ kind: 'word', norm: t.norm, start, end: span.start + from + t.end, capital: first !== first.toLowerCase(), caseFree: out.length === 0 || out[out.length - 1]?.kind === 'gap' });
    }
  };
  for (const m of slice.matchAll(GAP)) {
    words(m.index);
    const inside = m[0];
    const covers = inside.startsWith('[') && !BRACKET_ELLIPSIS.test(inside) ? tokenize(inside).length + BRACKET_SLACK : Number.POSITIVE_INFINITY;
    out.push({ kind: 'gap', start: span.start + m.index, end: span.start + m.index + inside.length, covers });
    from = m.index + inside.length;
  }
  words(slice.length);
  return out;
}

/** The words of a source passage, in order (a source's own brackets and ellipses are words and punctuation like any other). */
export function passageWords(text: string): QuoteWord[] {
  return tokenize(text).map((t) => {
    const first = text[t.start] ?? '';
    return { kind: 'word', norm: t.norm, start: t.start, end: t.end, capital: first !== first.toLowerCase(), caseFree: false };
  });
}

/** The words among a quotation's elements. */
export function wordsOf(elements: readonly QuoteElement[]): QuoteWord[] {
  return elements.filter((e): e is QuoteWord => e.kind === 'word');
}
