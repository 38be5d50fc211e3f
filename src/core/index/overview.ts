/**
 * What the Sources view shows, as plain data: each indexed source with its
 * title, byline, date and counts of facts and quotes, and a draft's own
 * citations grouped by the source they cite. The fact picker and the view
 * list a source's items in one shape ({@link ItemSummary}).
 */
import { type CitationRef, parseCitations } from '../cite/parseCitations';
import { resolveCitationRef } from '../draft/citationTarget';
import { shorten } from '../draft/itemText';
import type { Item } from '../model';
import type { SourceIndex } from './sourceIndex';

/** One indexed source, as the view lists it. */
export interface SourceSummary {
  /** The indexed path. */
  readonly file: string;
  readonly title?: string;
  readonly byline?: string;
  readonly date?: string;
  readonly facts: number;
  readonly quotes: number;
}

/** A fact or quote as a picker or the view lists it; `file` and `start` name it. */
export interface ItemSummary {
  readonly kind: 'fact' | 'quote';
  readonly text: string;
  readonly speaker?: string;
  /** The indexed path of its source. */
  readonly file: string;
  /** Its 1-based line in the source. */
  readonly line: number;
  /** Its offset in the source's text. */
  readonly start: number;
}

/** One citation of a draft: where it is in the draft, what it cites, and the words it follows. */
export interface DraftCitation {
  /** The cited line of the source (1-based). */
  readonly line: number;
  /** The draft's line that holds the citation (1-based). */
  readonly draftLine: number;
  /** The draft's sentence the citation follows (shortened). */
  readonly text: string;
}

/** A source a draft cites, with its citations in draft order. */
export interface CitedSource {
  readonly file: string;
  readonly title?: string;
  readonly citations: readonly DraftCitation[];
}

/** Earlier citations on a line (a footnote marker, a Pandoc key, a link to a line), left out of the words a citation follows. */
const CITATION_MARKUP = /\[\^[^\]\s]+\]|\[@[^\]]+\]|\[[^\]\n]*\]\([^)\s]*#L\d+\)/gu;
/** Most characters of draft text shown for one citation. */
const CITED_TEXT_CHARS = 80;

/** Every indexed source, ordered by path. */
export function sourceSummaries(index: SourceIndex): SourceSummary[] {
  return index.documents
    .map((doc): SourceSummary => {
      const items = index.itemsOf(doc.file);
      const quotes = items.filter((i) => i.kind === 'quote').length;
      const { title, byline, date } = doc.metadata;
      return { file: doc.file, ...(title ? { title } : {}), ...(byline ? { byline } : {}), ...(date ? { date } : {}), facts: items.length - quotes, quotes };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** A fact or quote in the shape pickers and the view list. */
export function itemSummary(item: Item): ItemSummary {
  return {
    kind: item.kind,
    text: item.text,
    ...(item.kind === 'quote' && item.speaker ? { speaker: item.speaker } : {}),
    file: item.file,
    line: item.location.line,
    start: item.span.start,
  };
}

/**
 * A draft's citations grouped by the indexed source they cite, sources in order of first citation. A footnote
 * counts once, at its marker (its definition is where the marker points); citations of sources that are not
 * indexed are left out. `indexPathsFor` gives the indexed paths a link's path may mean (see resolveCitationRef).
 */
export function citationsBySource(draft: string, index: SourceIndex, indexPathsFor: (written: string) => Iterable<string>): CitedSource[] {
  const refs = parseCitations(draft);
  const marked = new Set(refs.filter((r) => r.kind === 'footnoteMarker').map((r) => `${r.file}#${r.line}`));
  const groups = new Map<string, { title?: string; citations: DraftCitation[] }>();
  for (const ref of refs) {
    if (ref.kind === 'footnoteDefinition' && marked.has(`${ref.file}#${ref.line}`)) continue;
    const resolved = resolveCitationRef(ref, index, indexPathsFor);
    if (!resolved) continue;
    const { file, metadata } = resolved.doc;
    let group = groups.get(file);
    if (group === undefined) groups.set(file, (group = { ...(metadata.title ? { title: metadata.title } : {}), citations: [] }));
    group.citations.push({ line: resolved.line, ...whereInDraft(draft, ref) });
  }
  return [...groups].map(([file, group]) => ({ file, ...group }));
}

/** The draft line of a citation and the sentence it follows on that line (a footnote definition: its own text), shortened. */
function whereInDraft(draft: string, ref: CitationRef): { draftLine: number; text: string } {
  const lineStart = draft.lastIndexOf('\n', ref.span.start - 1) + 1;
  const draftLine = draft.slice(0, lineStart).split('\n').length;
  const lineEnd = draft.indexOf('\n', ref.span.end);
  // The words before the citation, without the brackets or stop that lead into it, from the start of their sentence.
  const before = draft.slice(lineStart, ref.span.start).replace(CITATION_MARKUP, '').replace(/[\s([]+$/u, '');
  const boundary = /[.!?]["”’)]?\s+(?=\S)/gu;
  let sentenceStart = 0;
  for (const m of before.slice(0, -1).matchAll(boundary)) sentenceStart = m.index + m[0].length;
  const sentence = before.slice(sentenceStart).trim();
  const words = sentence === '' ? draft.slice(ref.span.start, lineEnd < 0 ? undefined : lineEnd).trim() : sentence;
  return { draftLine, text: shorten(words, CITED_TEXT_CHARS) };
}
