/**
 * A source passage as Markdown text, for hovers and completion
 * documentation in any editor: the cited words in bold, with context around
 * them, and the source's title, byline, date and `file:line`. All source
 * text is escaped, so it renders literally; the only link is the one the
 * caller passes in, which never comes from source text.
 */
import type { SourceIndex } from '../index/sourceIndex';
import type { Span } from '../model';
import type { SourceDocument } from '../source/readSource';
import { splitSentences } from '../text/sentences';
import { escapeMarkdown } from './markdown';

/** How much context to show around the cited words. */
export type ContextSize = 'sentence' | 'paragraph';

/** Options for {@link passageMarkdownText}. */
export interface PassageTextOptions {
  readonly context: ContextSize;
  /** The target of an "Open source" link after `file:line` (built by the caller from the path and line, never from source text); none when undefined. */
  readonly openLink?: string;
  /** A line shown above the passage, already Markdown (e.g. a verdict). */
  readonly heading?: string;
}

/** Most characters of context shown on each side of the cited words (a 5 MB one-line source is one paragraph). */
const MAX_CONTEXT_CHARS = 400;
/** Most characters of the cited words themselves. */
const MAX_FOCUS_CHARS = 1200;

const sentenceCache = new WeakMap<SourceDocument, Span[]>();

/** The document's sentences, block by block, cached per document. */
export function sentencesOf(doc: SourceDocument): Span[] {
  let spans = sentenceCache.get(doc);
  if (!spans) {
    spans = doc.blocks.flatMap((b) => splitSentences(doc.text, b.span));
    sentenceCache.set(doc, spans);
  }
  return spans;
}

/**
 * The span to show for `file:line`: the indexed item on that line if there is
 * one, else the sentence of the document that starts on (or covers) it.
 */
export function spanAtLine(index: SourceIndex, doc: SourceDocument, line: number): Span | undefined {
  const items = index.itemsOf(doc.file).filter((i) => i.location.line === line);
  const item = items.find((i) => i.kind === 'fact') ?? items[0];
  if (item) return item.span;
  const sentences = sentencesOf(doc);
  return (
    sentences.find((s) => doc.locate(s).line === line) ??
    sentences.find((s) => {
      const loc = doc.locate(s);
      return loc.line <= line && line <= loc.endLine;
    })
  );
}

/** Text before and after `focus`: to the start of the previous sentence and the end of the next one, or to the paragraph's edges. */
function contextAround(doc: SourceDocument, focus: Span, size: ContextSize): { before: string; after: string } {
  let start = focus.start;
  let end = focus.end;
  if (size === 'paragraph') {
    const block = doc.blocks.find((b) => b.span.start <= focus.start && focus.start < b.span.end);
    if (block) ({ start, end } = { start: Math.min(start, block.span.start), end: Math.max(end, block.span.end) });
  } else {
    const sentences = sentencesOf(doc);
    const first = sentences.findIndex((s) => s.end > focus.start);
    const lastHit = sentences.findIndex((s) => s.end >= focus.end);
    const last = lastHit === -1 ? sentences.length - 1 : lastHit;
    if (first !== -1) start = Math.min(start, (sentences[Math.max(0, first - 1)] ?? focus).start);
    end = Math.max(end, (sentences[Math.min(sentences.length - 1, last + 1)] ?? focus).end);
  }
  return {
    before: clip(doc.text.slice(Math.max(start, focus.start - MAX_CONTEXT_CHARS - 1), focus.start), 'start'),
    after: clip(doc.text.slice(focus.end, Math.min(end, focus.end + MAX_CONTEXT_CHARS + 1)), 'end'),
  };
}

/** Cuts context longer than {@link MAX_CONTEXT_CHARS} at a word boundary on the far side, with an ellipsis. */
function clip(text: string, far: 'start' | 'end'): string {
  if (text.length <= MAX_CONTEXT_CHARS) return text;
  if (far === 'end') {
    const cut = text.lastIndexOf(' ', MAX_CONTEXT_CHARS);
    return `${text.slice(0, cut > 0 ? cut : MAX_CONTEXT_CHARS)}…`;
  }
  const from = text.length - MAX_CONTEXT_CHARS;
  const cut = text.indexOf(' ', from);
  return `…${text.slice(cut !== -1 && cut < text.length - 1 ? cut + 1 : from)}`;
}

/** The cited words, with the middle left out when they are longer than {@link MAX_FOCUS_CHARS}. */
function focusText(doc: SourceDocument, focus: Span): string {
  if (focus.end - focus.start <= MAX_FOCUS_CHARS) return doc.text.slice(focus.start, focus.end);
  const half = MAX_FOCUS_CHARS / 2;
  return `${doc.text.slice(focus.start, focus.start + half)} … ${doc.text.slice(focus.end - half, focus.end)}`;
}

/** `file:line` as inline code, with backticks in the path made harmless. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** The passage as Markdown text: heading, quoted passage, what the source is, and where. HTML never appears unescaped. */
export function passageMarkdownText(doc: SourceDocument, focus: Span, line: number, options: PassageTextOptions): string {
  const parts: string[] = [];
  if (options.heading) parts.push(options.heading);
  const { before, after } = contextAround(doc, focus, options.context);
  const quoted = [escapeMarkdown(before.trim()), `**${escapeMarkdown(focusText(doc, focus).trim())}**`, escapeMarkdown(after.trim())]
    .filter(Boolean)
    .join(' ');
  parts.push(`> ${quoted}`);
  const { title, byline, date } = doc.metadata;
  const about = [title ? `*${escapeMarkdown(title)}*` : '', byline ? escapeMarkdown(byline) : '', date ? escapeMarkdown(date) : ''].filter(Boolean);
  if (about.length > 0) parts.push(about.join(' · '));
  const where = codeSpan(`${doc.file}:${line}`);
  parts.push(options.openLink ? `${where} · [Open source](${options.openLink})` : where);
  return parts.join('\n\n');
}
