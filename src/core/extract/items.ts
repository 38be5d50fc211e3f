/**
 * Turns a read document into searchable items: facts (sentences that carry
 * numbers or named entities, with their paragraph) and quotes (the quoted
 * words, with speaker and role).
 */
import type { Fact, Quote, Span } from '../model';
import { extractQuantities } from '../quantity/extract';
import type { SourceDocument } from '../source/readSource';
import { splitSentences } from '../text/sentences';
import { attribute, PeopleRegister } from './attribution';
import { collectMidSentenceWords, findEntities } from './entities';
import { findQuoteSpans } from './quoteSpans';

/** The items of one document. */
export interface DocumentItems {
  readonly facts: Fact[];
  readonly quotes: Quote[];
}

/** How many characters around a quotation are searched for its attribution. */
const ATTRIBUTION_WINDOW = 240;

/** Extracts facts and quotes from the body of a document. `docKey` prefixes every item id. */
export function extractItems(doc: SourceDocument, docKey: string): DocumentItems {
  const body = doc.blocks.filter((b) => b.role === 'body');
  const sentences: { span: Span; paragraph: Span }[] = [];
  for (const block of body) for (const span of splitSentences(doc.text, block.span)) sentences.push({ span, paragraph: block.span });
  const texts = sentences.map((s) => doc.text.slice(s.span.start, s.span.end));
  const midWords = collectMidSentenceWords(texts);

  const facts: Fact[] = [];
  sentences.forEach((s, i) => {
    const text = texts[i] ?? '';
    const quantities = extractQuantities(text);
    const entities = findEntities(text, midWords);
    if (quantities.length === 0 && entities.length === 0 && !/\p{N}/u.test(text)) return;
    facts.push({ kind: 'fact', id: `${docKey}:f${i}`, file: doc.file, text, span: s.span, paragraph: s.paragraph, location: doc.locate(s.span), quantities, entities });
  });
  return { facts, quotes: extractQuotes(doc, docKey, body.map((b) => b.span)) };
}

function extractQuotes(doc: SourceDocument, docKey: string, paragraphs: Span[]): Quote[] {
  const people = new PeopleRegister();
  const quotes: Quote[] = [];
  let learnedUpTo = 0;
  findQuoteSpans(doc.text, paragraphs).forEach((q, i) => {
    const first = paragraphs[q.firstBlock] as Span;
    const last = paragraphs[q.lastBlock] as Span;
    people.learnFrom(doc.text.slice(Math.max(learnedUpTo, 0), first.start));
    learnedUpTo = first.start;
    const before = doc.text.slice(Math.max(first.start, q.inner.start - 1 - ATTRIBUTION_WINDOW), q.inner.start - 1);
    const after = doc.text.slice(q.inner.end + 1, Math.min(last.end, q.inner.end + 1 + ATTRIBUTION_WINDOW));
    const speaker = attribute(before, after, people);
    const inner = trimQuote(doc.text, q.inner);
    const words = doc.text.slice(inner.start, inner.end);
    if (!speaker && words.split(/\s+/u).length < 6) return; // scare quotes and titles, not speech
    quotes.push({
      kind: 'quote',
      id: `${docKey}:q${i}`,
      file: doc.file,
      text: words,
      span: inner,
      paragraph: { start: first.start, end: last.end },
      location: doc.locate(inner),
      ...(speaker ? { speaker: speaker.name, ...(speaker.role ? { role: speaker.role } : {}) } : {}),
    });
  });
  return quotes;
}

/** Drops the comma or spaces a writer leaves inside the closing quotation mark. */
function trimQuote(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[\s,]/u.test(text[end - 1] ?? '')) end--;
  let start = span.start;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  return { start, end };
}
