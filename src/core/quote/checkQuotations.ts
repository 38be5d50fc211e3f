/**
 * The quotation check: every direct quotation of a draft against the
 * sources' quotes and sentences. A quotation whose words differ from its
 * source's beyond what convention allows (an ellipsis, a bracketed
 * insertion, first-letter case, quotation-mark style, whitespace,
 * punctuation) is a misquote; one the source gives to someone else is
 * misattributed; one no source holds is, on request, unsourced. A scare
 * quote of one or two words is never a misquote. Findings have the shape
 * of the number checker's, so every caller reports them the same way.
 */
import type { CheckOptions, Finding, FindingSource } from '../check/checkDraft';
import { prepareDraft } from '../check/draftText';
import { findDraftQuotations, type DraftQuotation } from './draftQuotations';
import { matchQuotation, sameSpeaker, type QuotationMatch } from './matchQuotation';
import type { PassageLookup } from './passages';
import { differs, escapeInline, markedWords, type QuotationPart, restoredText, stepsOf } from './quoteRender';
import { type QuoteElement, quoteElements, wordsOf } from './quoteText';

/** A quotation of at most this many words is a scare quote. */
const SCARE_QUOTE_WORDS = 2;
/** Longer quotations (block quotes of whole passages) are not aligned. */
const MAX_WORDS = 400;

/** Checks every quotation of `text` (Markdown or plain text) against the passages `lookup` finds. */
export function checkQuotations(text: string, lookup: PassageLookup, options: Pick<CheckOptions, 'reportUnsourced'> = {}): Finding[] {
  const draft = prepareDraft(text);
  return findDraftQuotations(draft).flatMap((q) => checkQuotation(text, draft.masked, q, lookup, options.reportUnsourced === true));
}

function checkQuotation(text: string, masked: string, quotation: DraftQuotation, lookup: PassageLookup, reportUnsourced: boolean): Finding[] {
  const { elements, parts } = joinParts(masked, quotation.parts);
  const words = wordsOf(elements).length;
  if (words === 0 || words > MAX_WORDS) return [];
  // A scare quote costs no lookup unless unsourced quotations are asked for.
  if (words <= SCARE_QUOTE_WORDS) return reportUnsourced && !inSomeSource(elements, lookup) ? [unsourced(text, parts)] : [];
  const [best] = matchQuotation(elements, lookup, quotation.speaker);
  if (best === undefined) return reportUnsourced ? [unsourced(text, parts)] : [];
  const findings: Finding[] = [];
  const other = best.passage.speaker;
  if (other !== undefined && quotation.speaker !== undefined && !sameSpeaker(quotation.speaker, other)) {
    findings.push(misattributed(text, parts, best, quotation.speaker, other));
  }
  for (const part of parts) {
    const steps = stepsOf(part, best);
    if (differs(steps)) findings.push(misquote(text, elements, part, steps, best));
  }
  return findings;
}

/** The elements of every part, with an ellipsis-like gap between two parts (the attribution that broke the quotation). */
function joinParts(masked: string, spans: readonly { start: number; end: number }[]): { elements: QuoteElement[]; parts: QuotationPart[] } {
  const elements: QuoteElement[] = [];
  const parts: QuotationPart[] = [];
  for (const span of spans) {
    if (elements.length > 0) elements.push({ kind: 'gap', start: span.start, end: span.start, covers: Number.POSITIVE_INFINITY });
    const from = elements.length;
    elements.push(...quoteElements(masked, span));
    parts.push({ span, from, to: elements.length });
  }
  return { elements, parts };
}

/** True when a short quotation's words stand together in some source. */
function inSomeSource(elements: readonly QuoteElement[], lookup: PassageLookup): boolean {
  const words = wordsOf(elements).map((w) => w.norm);
  return lookup.passagesWith(words, 4).some((p) => ` ${wordsOfText(p.text)} `.includes(` ${words.join(' ')} `));
}

function wordsOfText(text: string): string {
  return wordsOf(quoteElements(text, { start: 0, end: text.length })).map((w) => w.norm).join(' ');
}

/** Where the match's words start in the source file, and the source's words. */
function sourceOf(best: QuotationMatch): FindingSource {
  const first = best.words[best.alignment.first];
  const last = best.words[best.alignment.end - 1];
  const span = first && last ? { start: first.start, end: last.end } : { start: 0, end: best.passage.text.length };
  const loc = best.passage.locate(span);
  return { file: best.passage.file, line: loc.line, column: loc.column, text: best.passage.text.slice(span.start, span.end), factId: best.passage.id };
}

/** From the first part's first quoted word to the last part's end. */
function wholeSpan(parts: readonly QuotationPart[]): { start: number; end: number } {
  return { start: (parts[0] as QuotationPart).span.start, end: (parts[parts.length - 1] as QuotationPart).span.end };
}

/** The share of the aligned words the quotation kept: the finding's confidence. */
function shareKept(best: QuotationMatch): number {
  return best.alignment.same / Math.max(1, best.alignment.same + best.alignment.cost);
}

/** "seeds/x.txt:8, Chen Huifen" or "seeds/x.txt:8". */
function where(source: FindingSource, speaker: string | undefined): string {
  return `${source.file}:${source.line}${speaker !== undefined ? `, ${speaker}` : ''}`;
}

function misquote(text: string, elements: readonly QuoteElement[], part: QuotationPart, steps: ReturnType<typeof stepsOf>, best: QuotationMatch): Finding {
  const source = sourceOf(best);
  const restored = restoredText(text, elements, part, steps, best);
  const changes = steps.filter((s) => s.op === 'changed' || s.op === 'added' || s.op === 'dropped').length;
  return {
    span: part.span,
    code: 'misquote',
    severity: 'warning',
    message: `Misquote: the source says «${markedWords(text, elements, steps, best)}» (${where(source, best.passage.speaker)})`,
    claimed: text.slice(part.span.start, part.span.end),
    expected: restored,
    expectedValueText: restored,
    source,
    confidence: shareKept(best),
    verdict: 'contradicted',
    rules: ['misquote'],
    why: `${changes} word${changes === 1 ? '' : 's'} differ${changes === 1 ? 's' : ''} from the ${best.passage.kind === 'quote' ? 'quote' : 'passage'} at ${source.file}:${source.line}`,
  };
}

function misattributed(text: string, parts: readonly QuotationPart[], best: QuotationMatch, claimedSpeaker: string, speaker: string): Finding {
  const source = sourceOf(best);
  const span = wholeSpan(parts);
  return {
    span,
    code: 'misattributed',
    severity: 'warning',
    message: `Misattributed: ${source.file}:${source.line} gives these words to ${escapeInline(speaker)}, not ${escapeInline(claimedSpeaker)}`,
    claimed: text.slice(span.start, span.end),
    expected: speaker,
    source,
    confidence: shareKept(best),
    verdict: 'contradicted',
    rules: ['misattributed'],
    why: `the source's quote is ${speaker}'s; the draft names ${claimedSpeaker}`,
  };
}

function unsourced(text: string, parts: readonly QuotationPart[]): Finding {
  const span = wholeSpan(parts);
  return {
    span,
    code: 'unsourced-quote',
    severity: 'hint',
    message: 'No source holds this quotation',
    claimed: text.slice(span.start, span.end),
    confidence: 0,
    verdict: 'unsourced',
    rules: ['unsourced-quote'],
    why: 'no source passage shares enough of its words, in order',
  };
}
