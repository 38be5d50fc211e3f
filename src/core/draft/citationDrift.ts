/**
 * Citation drift: every citation of a draft checked against its source as
 * the source is now. A citation names a file and a line; the draft words it
 * supports (its sentence, or the part of it since the previous citation)
 * must still be backed there. Backing is read from the words: the cited
 * line's paragraph must share a good part of the sentence's content words,
 * or its figures. When it does not but one sentence elsewhere in the same
 * source holds the draft sentence (nearly all its words and every figure),
 * the passage moved: `citation-moved`, with a fix that rewrites the line in
 * the citation (footnote definition, inline link or Pandoc locator). When no
 * line holds it, or the file is gone, the citation is `citation-broken`.
 *
 * Precision comes first, so each verdict needs clear evidence: a cited line
 * that shares some of the sentence is never flagged (a paraphrase is the
 * writer's business), a passage is "gone" only when the sentence carries a
 * figure or a quotation the source no longer has, and a missing file is
 * reported only when the caller knows it does not exist, or when its
 * passage turns up in another source (a renamed file). Lines come from the
 * same line map the completion cites with, so Markdown, HTML, transcripts
 * and sources with title and byline headers are read alike.
 */
import type { Finding, FindingEdit, FindingFix, FindingSource } from '../check/checkDraft';
import { IGNORE_MARKER, prepareDraft } from '../check/draftText';
import { sourceKey } from '../cite/citation';
import { parseCitations, type CitationRef } from '../cite/parseCitations';
import type { SourceIndex } from '../index/sourceIndex';
import type { Span } from '../model';
import type { SourceDocument } from '../source/readSource';
import { splitSentences } from '../text/sentences';
import { contentTerms } from '../text/tokens';
import { resolveCitationRef } from './citationTarget';
import { sentencesOf } from './passage';

/** How the caller maps paths written in the draft to indexed sources. */
export interface CitationPaths {
  /** The indexed paths a link path written in the draft may mean, best first (as for `resolveCitationRef`). */
  indexPathsFor(written: string): Iterable<string>;
  /**
   * Whether a link path written in the draft names a source file that does
   * not exist: true when it is gone, false when the file is there (a file
   * that is not a source: its citation is left alone), undefined when the
   * caller cannot tell. Optional; without an answer a citation of an
   * unindexed file is reported only when its passage is found in another
   * source (a rename).
   */
  isMissing?(written: string): boolean | undefined;
}

/** The thresholds of the decision, as shares of the draft sentence's content words. */
const LIMITS = {
  /** The cited paragraph backs the sentence when it holds this share of its words and every figure… */
  related: 0.5,
  /** …or when its share is at most this much below the best sentence of the source. */
  closeToBest: 0.1,
  /** A source sentence holds the draft sentence when it has this share of its words and every figure. */
  holds: 0.75,
  /** A passage with figures is gone when the cited paragraph has none of them and less than this share of its words… */
  goneWithFigures: 0.6,
  /** …and one with a quotation but no figures when it has less than this share. */
  gone: 0.25,
  /** Fewest content words a sentence needs to be judged at all. */
  minTerms: 3,
} as const;

/** Most characters before a citation read for the sentence it supports. */
const MAX_SUPPORT_CHARS = 1500;
/** A paragraph longer than this is read only around the cited line. */
const MAX_PARAGRAPH_CHARS = 3000;
/** Other sources searched for a passage whose file is gone. */
const RENAMED_CANDIDATES = 8;

/** What a draft sentence says, as the words a source must share. */
interface Backing {
  readonly terms: ReadonlySet<string>;
  /** Figures other than years ("65", "1.5"), which a source backing the sentence must state. */
  readonly figures: ReadonlySet<string>;
  /** The sentence holds a quotation of a few words. */
  readonly quoted: boolean;
}

/** How much of a draft sentence a source text holds. */
interface Overlap {
  /** Share of the sentence's content words. */
  readonly share: number;
  /** Figures of the sentence found. */
  readonly figures: number;
}

/** A source sentence that holds a draft sentence. */
interface Holder {
  readonly doc: SourceDocument;
  readonly span: Span;
  readonly line: number;
  readonly column: number;
  readonly share: number;
}

/**
 * The drifted citations of `text` (Markdown or plain text): `citation-moved`
 * and `citation-broken` findings on the citation (the footnote marker, the
 * inline link, the Pandoc key), in draft order. Citations on a line marked
 * `<!-- sourced-ignore -->` are left alone. With `within`, only the
 * citations that start in that span of `text` are checked (a long draft is
 * checked chunk by chunk, each chunk with the whole text in view).
 */
export function checkCitations(text: string, index: SourceIndex, paths: CitationPaths, within?: Span): Finding[] {
  const refs = citationsOf(text);
  const findings: Finding[] = [];
  for (const ref of refs) {
    if (within && (ref.span.start < within.start || ref.span.start >= within.end)) continue;
    if (ref.kind === 'footnoteDefinition' || onIgnoredLine(text, ref.span.start)) continue;
    const finding = checkCitation(text, ref, refs, index, paths);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** The last draft text parsed and its citations: the chunks of one check share one parse. */
let parsed: { readonly text: string; readonly refs: readonly CitationRef[] } | undefined;

function citationsOf(text: string): readonly CitationRef[] {
  if (parsed?.text !== text) parsed = { text, refs: /#L\d|\[@/.test(text) ? parseCitations(text) : [] };
  return parsed.refs;
}

function checkCitation(text: string, ref: CitationRef, refs: readonly CitationRef[], index: SourceIndex, paths: CitationPaths): Finding | undefined {
  const backing = backingOf(supportedText(text, ref, refs));
  if (backing.terms.size < LIMITS.minTerms) return undefined;
  const docs = citedDocuments(ref, index, paths);
  if (docs.length === 0) return goneFile(ref, backing, index, paths);
  // A Pandoc key that two sources share: which one was meant is unknown, so it is not judged.
  if (docs.length > 1) return undefined;
  const doc = docs[0] as SourceDocument;
  const at = overlapAt(doc, ref.line, backing);
  const sentenceHolders = bestHolders(partsOf(doc).sentences, backing);
  const holders = sentenceHolders.length > 0 ? sentenceHolders : paragraphHolders(doc, ref.line, backing);
  const top = holders[0];
  if (top) {
    // The cited paragraph backs the sentence when it is nearly as close as the best sentence, or holds most of its words and every figure.
    const backed = at.share >= top.share - LIMITS.closeToBest || (at.share >= LIMITS.related && at.figures === backing.figures.size);
    return backed ? undefined : moved(text, ref, refs, doc, holders);
  }
  return goneLine(ref, doc, backing, at);
}

/** The documents a citation may mean: the one its path resolves to, or every source with its Pandoc key. */
function citedDocuments(ref: CitationRef, index: SourceIndex, paths: CitationPaths): SourceDocument[] {
  if (ref.kind === 'pandoc') return index.documents.filter((d) => sourceKey(d.file) === ref.file);
  const resolved = resolveCitationRef(ref, index, (written) => paths.indexPathsFor(written));
  return resolved ? [resolved.doc] : [];
}

/** How much of the sentence the paragraph at `line` of `doc` holds: the best share of its words, and the most of its figures. */
function overlapAt(doc: SourceDocument, line: number, backing: Backing): Overlap {
  let share = 0;
  let figures = 0;
  for (const part of atLine(doc, line)) {
    const o = overlap(backing, part.terms);
    share = Math.max(share, o.share);
    figures = Math.max(figures, o.figures);
  }
  return { share, figures };
}

/** The paragraphs (blocks of any role, the title's too) whose lines include `line`; for a long one, its sentences within two lines of it. */
function atLine(doc: SourceDocument, line: number): Part[] {
  const { blocks, sentences } = partsOf(doc);
  const out: Part[] = [];
  for (const block of blocks) {
    if (block.line > line || line > block.endLine) continue;
    if (block.span.end - block.span.start <= MAX_PARAGRAPH_CHARS) out.push(block);
    else out.push(...sentences.filter((s) => s.span.start >= block.span.start && s.span.end <= block.span.end && s.line <= line + 2 && s.endLine >= line - 2));
  }
  return out;
}

/** A paragraph or sentence of a source, with its file lines and content words. */
interface Part {
  readonly doc: SourceDocument;
  readonly span: Span;
  readonly line: number;
  readonly endLine: number;
  readonly column: number;
  readonly terms: ReadonlySet<string>;
}

const partCache = new WeakMap<SourceDocument, { readonly blocks: readonly Part[]; readonly sentences: readonly Part[] }>();

/** The document's paragraphs and sentences with their lines and words, read once per document. */
function partsOf(doc: SourceDocument): { readonly blocks: readonly Part[]; readonly sentences: readonly Part[] } {
  let parts = partCache.get(doc);
  if (!parts) {
    const part = (span: Span): Part => {
      const loc = doc.locate(span);
      return { doc, span, line: loc.line, endLine: loc.endLine, column: loc.column, terms: termsOf(doc.text.slice(span.start, span.end)) };
    };
    parts = { blocks: doc.blocks.map((b) => part(b.span)), sentences: sentencesOf(doc).map(part) };
    partCache.set(doc, parts);
  }
  return parts;
}

/**
 * When no one sentence holds the draft sentence (a quotation with its
 * speaker's attribution, split over two source sentences): the paragraphs
 * other than the cited one that hold it best, each at its sentence that
 * shares most of the draft sentence's words.
 */
function paragraphHolders(doc: SourceDocument, line: number, backing: Backing): Holder[] {
  const { blocks, sentences } = partsOf(doc);
  const others = blocks.filter((b) => (b.line > line || line > b.endLine) && b.span.end - b.span.start <= MAX_PARAGRAPH_CHARS);
  return bestHolders(others, backing).flatMap((paragraph) => {
    const inside = sentences.filter((s) => s.span.start >= paragraph.span.start && s.span.end <= paragraph.span.end);
    const best = inside.reduce<{ share: number; part?: Part }>((acc, s) => {
      const share = overlap(backing, s.terms).share;
      return share > acc.share ? { share, part: s } : acc;
    }, { share: -1 });
    return best.part ? [{ ...paragraph, span: best.part.span, line: best.part.line, column: best.part.column }] : [];
  });
}

/** The parts that hold the draft sentence best (several when they tie on different lines), or none. */
function bestHolders(parts: readonly Part[], backing: Backing): Holder[] {
  let best: Holder[] = [];
  for (const part of parts) {
    const o = overlap(backing, part.terms);
    if (o.share < LIMITS.holds || o.figures < backing.figures.size) continue;
    const top = best[0];
    if (top && o.share < top.share) continue;
    if (top && o.share > top.share) best = [];
    if (!best.some((h) => h.doc === part.doc && h.line === part.line)) best.push({ doc: part.doc, span: part.span, line: part.line, column: part.column, share: o.share });
  }
  return best;
}

/** A citation whose passage is now at another line of the same source, with a fix when that line is the only one. */
function moved(text: string, ref: CitationRef, refs: readonly CitationRef[], doc: SourceDocument, holders: readonly Holder[]): Finding {
  const holder = holders[0] as Holder;
  const lines = holders.map((h) => h.line);
  const fix = holders.length === 1 ? relocation(text, ref, refs, holder.line) : undefined;
  const now = lines.length === 1 ? `line ${holder.line}` : `lines ${listed(lines)}`;
  return {
    span: ref.span,
    code: 'citation-moved',
    severity: 'warning',
    message: `Citation moved: ${doc.file}:${ref.line} no longer holds this passage; it is now at ${now}`,
    claimed: `${doc.file}:${ref.line}`,
    expected: `${doc.file}:${holder.line}`,
    ...(fix ? { fix } : {}),
    source: sourceOf(holder),
    confidence: holder.share,
    verdict: 'contradicted',
    rules: ['citation-moved'],
    why: `line ${ref.line} no longer shares the sentence's words; ${now} ${lines.length === 1 ? 'has' : 'have'} ${Math.round(holder.share * 100)}% of them and every figure`,
  };
}

/**
 * A citation whose passage no line of its source holds any more: only when
 * the cited paragraph has none of the sentence's figures and not much of its
 * words, or, for a sentence with a quotation but no figures, hardly any of
 * its words.
 */
function goneLine(ref: CitationRef, doc: SourceDocument, backing: Backing, at: Overlap): Finding | undefined {
  const gone = backing.figures.size > 0 ? at.figures === 0 && at.share < LIMITS.goneWithFigures : backing.quoted && at.share < LIMITS.gone;
  if (!gone) return undefined;
  const what = backing.figures.size > 0 ? `its figures (${listed([...backing.figures])})` : 'its quotation';
  return { ...broken(ref, `Citation broken: ${doc.file}:${ref.line} no longer holds this passage, and no line of the source does`, `no line of ${doc.file} has ${what}`), claimed: `${doc.file}:${ref.line}` };
}

/** A citation of a file that is not indexed: broken when the caller knows it is gone, or (unless the caller knows it is there) when another source holds the passage. */
function goneFile(ref: CitationRef, backing: Backing, index: SourceIndex, paths: CitationPaths): Finding | undefined {
  const missing = ref.kind === 'pandoc' ? undefined : paths.isMissing?.(ref.file);
  if (missing === false) return undefined;
  const named = ref.kind === 'pandoc' ? `@${ref.file}` : ref.file;
  const files = new Set(index.passages.passagesWith([...backing.terms], RENAMED_CANDIDATES).map((p) => p.file));
  const docs = [...files].flatMap((f) => index.document(f) ?? []);
  const holders = bestHolders(
    docs.flatMap((d) => partsOf(d).sentences),
    backing,
  );
  if (holders.length > 0) {
    const where = listed(holders.map((h) => `${h.doc.file}:${h.line}`));
    const holder = holders[0] as Holder;
    return { ...broken(ref, `Citation broken: ${named} is not among the sources; the passage is at ${where}`, `the cited source is gone; ${where} holds the sentence`), source: sourceOf(holder), expected: `${holder.doc.file}:${holder.line}` };
  }
  if (missing === true) return broken(ref, `Citation broken: ${named} does not exist`, 'the cited file does not exist');
  return undefined;
}

function broken(ref: CitationRef, message: string, why: string): Finding {
  return {
    span: ref.span,
    code: 'citation-broken',
    severity: 'warning',
    message,
    claimed: `${ref.kind === 'pandoc' ? `@${ref.file}` : ref.file}:${ref.line}`,
    confidence: 1,
    verdict: 'contradicted',
    rules: ['citation-broken'],
    why,
  };
}

function sourceOf(holder: Holder): FindingSource {
  return { file: holder.doc.file, line: holder.line, column: holder.column, text: holder.doc.text.slice(holder.span.start, holder.span.end), factId: `${holder.doc.file}:${holder.line}` };
}

/** "9", "9 and 14", "9, 14 and 20". */
function listed(items: readonly (string | number)[]): string {
  const all = items.map(String);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1] ?? ''}`;
}

/**
 * The edits that make a citation name `line`: the locator of a Pandoc key,
 * the `:line` label and `#Lline` target of an inline link, or of the footnote
 * definition a marker refers to. A footnote whose label Sourced made from the
 * old line (`key-5`) is renamed with it, marker and definition, unless the
 * new label is taken.
 */
function relocation(text: string, ref: CitationRef, refs: readonly CitationRef[], line: number): FindingFix | undefined {
  const title = `Update the citation to line ${line}`;
  if (ref.kind === 'pandoc') {
    const m = /(?:l\.|line)\s*(\d+)\]$/d.exec(text.slice(ref.span.start, ref.span.end));
    const digits = m?.indices?.[1];
    return digits ? { title, edits: [{ start: ref.span.start + digits[0], end: ref.span.start + digits[1], newText: String(line) }] } : undefined;
  }
  if (ref.kind === 'inline') return { title, edits: linkEdits(text, ref.span, ref.line, line) };
  const id = /^\[\^([^\]\s]+)\]$/.exec(text.slice(ref.span.start, ref.span.end))?.[1];
  const definition = id === undefined ? undefined : refs.find((r) => r.kind === 'footnoteDefinition' && text.startsWith(`[^${id}]:`, r.span.start));
  if (id === undefined || !definition) return undefined;
  const edits = linkEdits(text, definition.span, ref.line, line);
  const renamed = `${sourceKey(ref.file)}-${line}`;
  if (id === `${sourceKey(ref.file)}-${ref.line}` && !text.includes(`[^${renamed}]:`)) {
    for (const marker of refs) {
      if (marker.kind === 'footnoteMarker' && text.slice(marker.span.start, marker.span.end) === `[^${id}]`) edits.push({ start: marker.span.start + 2, end: marker.span.end - 1, newText: renamed });
    }
    edits.push({ start: definition.span.start + 2, end: definition.span.start + 2 + id.length, newText: renamed });
  }
  return { title, edits: edits.sort((a, b) => a.start - b.start) };
}

/** The line numbers of a link (`[label:5](path#L5)`) within `span` rewritten from `from` to `to`. */
function linkEdits(text: string, span: Span, from: number, to: number): FindingEdit[] {
  const edits: FindingEdit[] = [];
  const written = text.slice(span.start, span.end);
  const target = /#L(\d+)>?\s*\)$/d.exec(written)?.indices?.[1];
  if (target) edits.push({ start: span.start + target[0], end: span.start + target[1], newText: String(to) });
  const labelEnd = written.lastIndexOf('](');
  const label = labelEnd === -1 ? undefined : new RegExp(`:(${from})$`, 'd').exec(written.slice(0, labelEnd))?.indices?.[1];
  if (label) edits.push({ start: span.start + label[0], end: span.start + label[1], newText: String(to) });
  return edits;
}

/**
 * The draft words a citation supports: its sentence up to the citation (for
 * a footnote marker after the full stop, the sentence it closes), from the
 * previous citation on when one stands earlier in the same sentence. Markup
 * and other citations are blanked.
 */
function supportedText(text: string, ref: CitationRef, refs: readonly CitationRef[]): string {
  const from = Math.max(0, ref.span.start - MAX_SUPPORT_CHARS);
  let start = from;
  for (const m of text.slice(from, ref.span.start).matchAll(/\n[ \t]*\n/g)) start = from + m.index + m[0].length;
  const chars = text.slice(start, ref.span.start).split('');
  const earlier = refs.filter((o) => o !== ref && o.span.end > start && o.span.start < ref.span.start).sort((a, b) => b.span.start - a.span.start);
  for (const other of earlier) {
    for (let i = Math.max(other.span.start, start); i < Math.min(other.span.end, ref.span.start); i++) if (chars[i - start] !== '\n') chars[i - start] = ' ';
  }
  // From the previous citation on, unless citations stand side by side (two sources for one claim): then from the one before them.
  let previous = 0;
  let boundary = ref.span.start;
  for (const other of earlier) {
    if (/[\p{L}\p{N}]/u.test(text.slice(other.span.end, boundary))) {
      previous = Math.max(0, Math.min(other.span.end, ref.span.start) - start);
      break;
    }
    boundary = other.span.start;
  }
  const masked = prepareDraft(chars.join('')).masked;
  const sentences = splitSentences(masked).filter((s) => masked.slice(s.start, s.end).trim() !== '');
  const last = sentences[sentences.length - 1];
  return last ? masked.slice(Math.max(last.start, previous), last.end) : '';
}

/**
 * What a draft sentence says: its content words and its figures other than
 * years. A sentence with a quotation is read by the quoted words alone when
 * they are enough to judge (its attribution is the quotation check's
 * business, and a speaker's role may stand in another source sentence).
 */
function backingOf(sentence: string): Backing {
  const quoted = [...sentence.matchAll(/["“]([^"“”]+)["”]/gu)].map((m) => m[1] ?? '').filter((q) => q.trim().split(/\s+/).length >= 3);
  const quotedTerms = termsOf(quoted.join(' '));
  const terms = quotedTerms.size >= LIMITS.minTerms ? quotedTerms : termsOf(sentence);
  const figures = new Set([...terms].filter((t) => /^\d/.test(t) && !/^(?:1[89]|20)\d\d$/.test(t)));
  return { terms, figures, quoted: quoted.length > 0 };
}

function termsOf(text: string): ReadonlySet<string> {
  return new Set(contentTerms(text));
}

function overlap(backing: Backing, terms: ReadonlySet<string>): Overlap {
  let shared = 0;
  let figures = 0;
  for (const t of backing.terms) {
    const isFigure = backing.figures.has(t);
    if (!(terms.has(t) || (isFigure && [...terms].some((s) => roundsTo(s, t))))) continue;
    shared++;
    if (isFigure) figures++;
  }
  return { share: backing.terms.size === 0 ? 0 : shared / backing.terms.size, figures };
}

/** True when the source figure `source` rounds to the draft figure `draft` at the precision the draft wrote it ("141.79" → "142", "1.52" → "1.5", "6,210" → "6,200"). */
function roundsTo(source: string, draft: string): boolean {
  if (!/^\d/.test(source)) return false;
  const decimals = /\.(\d+)$/.exec(draft)?.[1]?.length ?? 0;
  const zeros = decimals > 0 ? 0 : (/[1-9](0+)$/.exec(draft)?.[1]?.length ?? 0);
  const step = decimals > 0 ? 10 ** -decimals : 10 ** zeros;
  return Math.abs(Number(source) - Number(draft)) <= step / 2 + 1e-9;
}

/** True when the line that holds `offset` carries the ignore marker. */
function onIgnoredLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return text.slice(start, newline === -1 ? text.length : newline).includes(IGNORE_MARKER);
}
