/**
 * Turns a read document into searchable items: facts (sentences that carry
 * numbers or named entities, with their paragraph) and quotes (the quoted
 * words, with speaker and role). Items are compact records (records.ts):
 * nothing is parsed here that a search does not need, and quantities are
 * parsed only when someone reads them.
 */
import type { Fact, Quote, Span } from '../model';
import { extractQuantities } from '../quantity/extract';
import { cardinalWord, denominator } from '../quantity/numberWords';
import type { SourceDocument } from '../source/readSource';
import { yieldsFacts } from '../source/block';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokens';
import { collectMidSentenceWords, findEntities } from './entities';
import { attributedQuotations } from './quotations';
import { FactRecord, type ItemOrigin, QuoteRecord, isTableHeaderRow } from './records';

/** The items of one document. */
export interface DocumentItems {
  readonly facts: Fact[];
  readonly quotes: Quote[];
}

/** Sentences or quotations handled between two pauses of {@link extractItemsInSteps} (and a hundred times as many characters split into sentences). */
const STEP = 64;
const NO_ENTITIES: readonly string[] = [];
const DIGIT = /\p{N}/u;

/** Extracts facts and quotes from the body of a document. `docKey` prefixes every item id. */
export function extractItems(doc: SourceDocument, docKey: string): DocumentItems {
  const steps = extractItemsInSteps(doc, docKey);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * The same extraction as {@link extractItems}, pausing after every few dozen
 * sentences or quotations, so that a caller can give the event loop a turn
 * inside a large document.
 */
export function* extractItemsInSteps(doc: SourceDocument, docKey: string, names: Map<string, string> = new Map()): Generator<void, DocumentItems> {
  const origin: ItemOrigin = { doc, key: docKey };
  const paragraphs = doc.blocks.filter(yieldsFacts).map((b) => b.span);
  const sentences: Span[] = [];
  const owners: number[] = [];
  let sinceYield = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    for (const span of splitSentences(doc.text, paragraphs[p])) {
      sentences.push(span);
      owners.push(p);
    }
    sinceYield += 1 + (paragraphs[p] as Span).end - (paragraphs[p] as Span).start;
    if (sinceYield >= STEP * 100) {
      sinceYield = 0;
      yield;
    }
  }
  const texts = sentences.map((s) => doc.text.slice(s.start, s.end));
  const midWords = collectMidSentenceWords(texts);
  yield;
  const facts: Fact[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i] as Span;
    const text = texts[i] as string;
    const entities = shared(text.startsWith('|') && isTableHeaderRow(doc.text, span.end) ? headerRowEntities(text, midWords) : findEntities(text, midWords), names);
    if (entities.length > 0 || DIGIT.test(text) || hasWrittenQuantity(text)) {
      facts.push(new FactRecord(origin, i, span, paragraphs[owners[i] ?? 0] as Span, entities));
    }
    if (i % STEP === STEP - 1) yield;
  }
  const quotes = yield* extractQuotes(doc, origin, paragraphs);
  return { facts, quotes };
}

/**
 * The names in a table's header row. Each column label opens like a sentence, so a capital there is no evidence of a name
 * ("| District | Trips (000) |"): only labels that are names by their own look or elsewhere in the source count ("| UK |
 * Ireland |", "| North East |").
 */
function headerRowEntities(row: string, midWords: ReadonlySet<string>): string[] {
  return [...new Set(row.split('|').flatMap((cell) => findEntities(cell.trim(), midWords)))];
}

/** A sentence without digits may still state a number in words ("a third of output", "seven firms"). */
function hasWrittenQuantity(text: string): boolean {
  const mayHave = tokenize(text).some((t) => cardinalWord(t.norm) !== undefined || denominator(t.norm) !== undefined);
  return mayHave && extractQuantities(text).length > 0;
}

/**
 * The entity list with every name replaced by an equal one seen before, so that recurring names are stored once,
 * in an array of exactly its length (a list grown by `push` keeps room for 17).
 */
function shared(entities: readonly string[], names: Map<string, string>): readonly string[] {
  if (entities.length === 0) return NO_ENTITIES;
  return entities.map((name) => {
    const known = names.get(name);
    if (known !== undefined) return known;
    names.set(name, name);
    return name;
  });
}

function* extractQuotes(doc: SourceDocument, origin: ItemOrigin, paragraphs: Span[]): Generator<void, Quote[]> {
  const quotes: Quote[] = [];
  let i = 0;
  for (const { quote, inner, speaker } of attributedQuotations(doc.text, paragraphs)) {
    const first = paragraphs[quote.firstBlock] as Span;
    const last = paragraphs[quote.lastBlock] as Span;
    if (speaker || !hasFewerWords(doc.text, inner, 6)) {
      quotes.push(new QuoteRecord(origin, i, inner, { start: first.start, end: last.end }, speaker));
    }
    if (i % STEP === STEP - 1) yield;
    i++;
  }
  return quotes;
}

/** Scare quotes and titles are short: fewer than `n` whitespace-separated words. */
function hasFewerWords(text: string, span: Span, n: number): boolean {
  return text.slice(span.start, span.end).split(/\s+/u).length < n;
}
