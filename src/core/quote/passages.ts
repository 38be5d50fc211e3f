/**
 * The source side of the quotation check: passages a draft's quotation may
 * come from, found through the source index's word lookup. A passage is a
 * source quote (with its speaker) or the paragraph around a source sentence,
 * so that a quotation taken from narration, or running over two sentences,
 * is found whole.
 */
import type { Item, SourceLocation, Span } from '../model';

/** Stretch of text a quotation is aligned with. */
export interface QuotePassage {
  /** The id of the item the passage was found by. */
  readonly id: string;
  readonly file: string;
  /** A quote of the source, or narration (a paragraph around a sentence). */
  readonly kind: 'quote' | 'narration';
  readonly text: string;
  /** Offset of {@link text} in its document. */
  readonly at: number;
  /** Who said it, for a quote whose source names the speaker. */
  readonly speaker?: string;
  /** Where a span of {@link text} sits in the source file. */
  locate(span: Span): SourceLocation;
}

/** What the quotation check asks of the sources. */
export interface PassageLookup {
  /** Passages that carry the most of `words` (normalised tokens, rare ones counting most), best first, at most `limit`. */
  passagesWith(words: readonly string[], limit: number): QuotePassage[];
}

/** What a passage needs from its document. */
export interface PassageDocument {
  readonly text: string;
  locate(span: Span): SourceLocation;
}

/** Longest paragraph taken whole around a sentence; a longer one is cut to the sentence and this much on each side. */
const MAX_PARAGRAPH = 3000;
const MARGIN = 1000;

/** The passage an item stands for: a quote's own words, or the paragraph around a sentence. */
export function passageOf(item: Item, doc: PassageDocument): QuotePassage {
  const region = item.kind === 'quote' ? item.span : around(item.span, item.paragraph);
  return {
    id: item.id,
    file: item.file,
    kind: item.kind === 'quote' ? 'quote' : 'narration',
    text: doc.text.slice(region.start, region.end),
    at: region.start,
    ...(item.kind === 'quote' && item.speaker !== undefined ? { speaker: item.speaker } : {}),
    locate: (span) => doc.locate({ start: region.start + span.start, end: region.start + span.end }),
  };
}

/** The paragraph, or a window of it around the sentence when it is long. */
function around(sentence: Span, paragraph: Span): Span {
  if (paragraph.end - paragraph.start <= MAX_PARAGRAPH) return paragraph;
  return { start: Math.max(paragraph.start, sentence.start - MARGIN), end: Math.min(paragraph.end, sentence.end + MARGIN) };
}

/** Passages by file and start, each once (two sentences of one paragraph give one passage). */
export function distinctPassages(passages: readonly QuotePassage[]): QuotePassage[] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    const key = `${p.kind}\u0000${p.file}\u0000${p.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
