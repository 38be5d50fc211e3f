/**
 * What a misquote finding shows and offers: the source's words with the
 * changed words marked (the draft's struck through, the source's in bold:
 * «a ~~partial~~ **perfect** integration»), and the text that restores the
 * source's words in place of the quoted ones, keeping the draft's ellipses,
 * bracketed insertions, first-letter case and closing punctuation. Source
 * text is untrusted: it is escaped wherever it goes into Markdown.
 */
import type { Span } from '../model';
import type { AlignStep } from './alignWords';
import type { QuotationMatch } from './matchQuotation';
import type { QuoteElement } from './quoteText';

/** One part of a quotation: its span in the draft and its elements' indices `[from, to)` in the quotation's elements. */
export interface QuotationPart {
  readonly span: Span;
  readonly from: number;
  readonly to: number;
}

/** Unchanged words kept on each side of a change when a long quotation is shown. */
const CONTEXT = 4;
/** A quotation of at most this many words is shown whole. */
const SHOWN_WHOLE = 24;

/** The alignment steps of one part, in order. */
export function stepsOf(part: QuotationPart, match: QuotationMatch): AlignStep[] {
  const steps = match.alignment.steps;
  const inPart = (s: AlignStep): boolean => s.op !== 'dropped' && s.d >= part.from && s.d < part.to;
  const first = steps.findIndex(inPart);
  let last = -1;
  steps.forEach((s, i) => {
    if (inPart(s)) last = i;
  });
  return first < 0 ? [] : steps.slice(first, last + 1);
}

/** True when a part's words differ from the source's beyond the allowed differences. */
export function differs(steps: readonly AlignStep[]): boolean {
  return steps.some((s) => s.op === 'changed' || s.op === 'added' || s.op === 'dropped');
}

/** The text that puts the source's words in place of the part's quoted text. */
export function restoredText(draft: string, elements: readonly QuoteElement[], part: QuotationPart, steps: readonly AlignStep[], match: QuotationMatch): string {
  const pieces: string[] = [];
  let range: { first: number; last: number } | undefined;
  const close = (): void => {
    if (range) pieces.push(match.passage.text.slice((match.words[range.first] as { start: number }).start, (match.words[range.last] as { end: number }).end));
    range = undefined;
  };
  for (const step of steps) {
    if (step.op === 'gap') {
      close();
      const gap = elements[step.d] as QuoteElement;
      pieces.push(draft.slice(gap.start, gap.end));
    } else if (step.op !== 'added') {
      range = range ? { first: range.first, last: step.s } : { first: step.s, last: step.s };
    }
  }
  close();
  const firstElement = elements[part.from];
  const lastElement = elements[part.to - 1];
  if (firstElement === undefined || lastElement === undefined) return draft.slice(part.span.start, part.span.end);
  const body = withInitialCase(pieces.join(' ').replace(/\s+/gu, ' '), firstElement.kind === 'word' ? firstElement.capital : undefined);
  return draft.slice(part.span.start, firstElement.start) + body + draft.slice(lastElement.end, part.span.end);
}

/** The source's words of one part with the changes marked, long unchanged stretches shortened to "…". */
export function markedWords(draft: string, elements: readonly QuoteElement[], steps: readonly AlignStep[], match: QuotationMatch): string {
  const pieces: { text: string; changed: boolean }[] = [];
  const source = (s: number): { word: string; after: string } => {
    const w = match.words[s] as { start: number; end: number };
    const next = match.words[s + 1]?.start ?? w.end;
    const between = next > w.end ? match.passage.text.slice(w.end, next) : '';
    return { word: escapeInline(match.passage.text.slice(w.start, w.end)), after: escapeInline(between.replace(/\s+/gu, ' ')) };
  };
  const drafted = (d: number): string => {
    const e = elements[d] as QuoteElement;
    return escapeInline(draft.slice(e.start, e.end));
  };
  steps.forEach((step, i) => {
    const last = i === steps.length - 1;
    if (step.op === 'gap') pieces.push({ text: '… ', changed: false });
    else if (step.op === 'added') pieces.push({ text: `~~${drafted(step.d)}~~ `, changed: true });
    else {
      const { word, after } = source(step.s);
      const tail = last ? '' : after;
      if (step.op === 'same') pieces.push({ text: word + tail, changed: false });
      else if (step.op === 'changed') pieces.push({ text: `~~${drafted(step.d)}~~ **${word}**${tail}`, changed: true });
      else pieces.push({ text: `**${word}**${tail}`, changed: true });
    }
  });
  return (pieces.length > SHOWN_WHOLE ? shorten(pieces) : pieces.map((p) => p.text)).join('').trim();
}

/** Keeps the changed pieces and a few around each; each longer unchanged stretch becomes one "… ". */
function shorten(pieces: readonly { text: string; changed: boolean }[]): string[] {
  const near = pieces.map((_, i) => pieces.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((p) => p.changed));
  const out: string[] = [];
  pieces.forEach((p, i) => {
    if (near[i] === true) out.push(p.text);
    else if (near[i - 1] !== false || i === 0) out.push('… ');
  });
  return out;
}

/** The text with its first letter in the given case (unchanged when `capital` is undefined). */
function withInitialCase(text: string, capital: boolean | undefined): string {
  if (capital === undefined || text === '') return text;
  const first = text.charAt(0);
  return (capital ? first.toUpperCase() : first.toLowerCase()) + text.slice(1);
}

/** Backslash-escapes the characters that would make inline Markdown of untrusted text (emphasis, strike-through, links, code, HTML). */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_~[\]<>|]/gu, '\\$&');
}
