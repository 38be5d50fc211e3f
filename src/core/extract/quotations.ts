/**
 * Direct quotations with their speakers, in any text: the source reader
 * indexes them as quotes, and the quotation check finds them in drafts. A
 * quotation's speaker is read from the words just before or after it, and
 * pronouns and surnames are resolved against the people named earlier.
 */
import type { Span } from '../model';
import { attribute, PeopleRegister, type Speaker } from './attribution';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans';

/** A quotation with the speaker the text gives it. */
export interface AttributedQuotation {
  /** Where the quotation sits: its quoted words and the paragraphs it covers. */
  readonly quote: QuoteSpan;
  /** The quoted words without the spaces, or the comma, a writer leaves inside the marks. */
  readonly inner: Span;
  readonly speaker?: Speaker;
}

/** How many characters around a quotation are searched for its attribution. */
const ATTRIBUTION_WINDOW = 240;

/** The quotations of a run of paragraphs (spans of `text`, in order), each with its speaker where the text gives one. */
export function* attributedQuotations(text: string, paragraphs: readonly Span[]): Generator<AttributedQuotation> {
  const people = new PeopleRegister();
  let learnedUpTo = 0;
  for (const quote of findQuoteSpans(text, paragraphs)) {
    const first = paragraphs[quote.firstBlock] as Span;
    const last = paragraphs[quote.lastBlock] as Span;
    // Everyone introduced before the quotation opens, also earlier in its own paragraph ("Wang Tianchi, a scholar …, pointed out that … \"…,\" he said").
    const opening = quote.inner.start - 1;
    people.learnFrom(text.slice(Math.max(learnedUpTo, 0), opening));
    learnedUpTo = Math.max(learnedUpTo, opening);
    const before = text.slice(Math.max(first.start, quote.inner.start - 1 - ATTRIBUTION_WINDOW), quote.inner.start - 1);
    const after = text.slice(quote.inner.end + 1, Math.min(last.end, quote.inner.end + 1 + ATTRIBUTION_WINDOW));
    const speaker = attribute(before, after, people);
    const inner = trimQuote(text, quote.inner);
    yield speaker ? { quote, inner, speaker } : { quote, inner };
  }
}

/** Drops the comma or spaces a writer leaves inside the closing quotation mark. */
function trimQuote(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[\s,]/u.test(text[end - 1] ?? '')) end--;
  let start = span.start;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  return { start, end };
}
