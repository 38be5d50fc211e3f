/**
 * Finds the source passage a draft quotation comes from: candidates through
 * the source index's word lookup, each aligned word by word (alignWords.ts),
 * and the closest kept when it is close enough to be the same words at all.
 * A quotation far from every passage is no misquote of any: it is unsourced.
 */
import { STOPWORDS } from '../text/tokens';
import { alignWords, type WordAlignment } from './alignWords';
import type { PassageLookup, QuotePassage } from './passages';
import { passageWords, type QuoteElement, type QuoteWord, wordsOf } from './quoteText';

/** A passage with the alignment of the quotation to it. */
export interface QuotationMatch {
  readonly passage: QuotePassage;
  /** The passage's words. */
  readonly words: readonly QuoteWord[];
  readonly alignment: WordAlignment;
}

/** Passages aligned per quotation: the lookup's best few. */
export const CANDIDATE_PASSAGES = 8;
/** Share of the quotation's words (and of its content words) the passage must hold, in order. */
const MIN_SHARED = 0.6;
/** Most words changed, added or dropped, as a share of the quotation's words. */
const MAX_EDITS = 0.4;
/** A quotation shorter than this must share this many content words and differ in at most one word. */
const SHORT = 6;

/** The passages close enough to be the quotation's source, closest first; the speaker named in the draft breaks ties. */
export function matchQuotation(elements: readonly QuoteElement[], lookup: PassageLookup, speaker: string | undefined): QuotationMatch[] {
  const words = wordsOf(elements);
  const content = [...new Set(words.map((w) => w.norm).filter((w) => !STOPWORDS.has(w)))];
  if (content.length === 0) return [];
  const matches: QuotationMatch[] = [];
  for (const passage of lookup.passagesWith(content, CANDIDATE_PASSAGES)) {
    const pw = passageWords(passage.text);
    const alignment = alignWords(elements, pw);
    if (closeEnough(elements, alignment)) matches.push({ passage, words: pw, alignment });
  }
  return matches.sort((a, b) => a.alignment.cost - b.alignment.cost || b.alignment.same - a.alignment.same || rank(a.passage, speaker) - rank(b.passage, speaker));
}

/** True when the alignment shows the same words, give or take a few. */
function closeEnough(elements: readonly QuoteElement[], a: WordAlignment): boolean {
  const n = wordsOf(elements).length;
  let content = 0;
  let sharedContent = 0;
  for (const step of a.steps) {
    if (step.op !== 'same' && step.op !== 'changed' && step.op !== 'added') continue;
    const w = elements[step.d];
    if (w?.kind !== 'word' || STOPWORDS.has(w.norm)) continue;
    content++;
    if (step.op === 'same') sharedContent++;
  }
  if (n < SHORT) return a.cost <= 1 && sharedContent >= 2;
  return a.same >= MIN_SHARED * n && sharedContent >= MIN_SHARED * content && a.cost <= MAX_EDITS * n;
}

/** Which of two equally close passages to prefer: the draft's speaker's quote, another speaker's, an unattributed quote, narration. */
function rank(passage: QuotePassage, speaker: string | undefined): number {
  if (passage.speaker !== undefined) return speaker !== undefined && sameSpeaker(speaker, passage.speaker) ? 0 : 1;
  return passage.kind === 'quote' ? 2 : 3;
}

/** True when two names can be one person: "Chen", "Chen Huifen" and "Huifen Chen" are; "Chen Huifen" and "Wu Xiaodong" are not. */
export function sameSpeaker(a: string, b: string): boolean {
  const words = (name: string): string[] => name.toLowerCase().split(/[\s.]+/u).filter((w) => w.length > 1);
  const other = new Set(words(b));
  return words(a).some((w) => other.has(w));
}
