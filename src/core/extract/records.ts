/**
 * Compact facts and quotes. An index over 100,000 sentences must not keep a
 * text copy, a location object, a paragraph object and parsed quantities for
 * every one of them, so an item stores only its document, its offsets and
 * what extraction decided (entities, speaker); everything else is computed
 * when a caller reads it: `text` is a slice of the document text,
 * `location` is mapped on demand and `quantities` are parsed on demand.
 */
import type { Fact, Quantity, Quote, SourceLocation, Span } from '../model';
import { extractQuantities } from '../quantity/extract';
import { withTableContext } from '../quantity/tableColumns';
import { isLeaderRow } from '../text/sentences';

/** What an item needs from its document. */
export interface ItemDocument {
  readonly file: string;
  readonly text: string;
  locate(span: Span): SourceLocation;
}

/** The document an item comes from with the prefix of its items' ids: one object shared by all of a document's items. */
export interface ItemOrigin {
  readonly doc: ItemDocument;
  /** Prefix of the item id, shared by the document's items. */
  readonly key: string;
}

/** The fields both kinds of item store. */
abstract class PassageRecord {
  constructor(
    private readonly origin: ItemOrigin,
    /** Position of the sentence or quotation in its document. */
    readonly ordinal: number,
    private readonly start: number,
    private readonly end: number,
    private readonly paragraphStart: number,
    private readonly paragraphEnd: number,
  ) {}

  protected abstract get idLetter(): string;

  /** The document the item comes from. */
  get doc(): ItemDocument {
    return this.origin.doc;
  }

  /** Stable id within an index. */
  get id(): string {
    return `${this.origin.key}:${this.idLetter}${this.ordinal}`;
  }

  /** The source file path as given by the caller. */
  get file(): string {
    return this.doc.file;
  }

  /** The passage's words, a slice of the document text. */
  get text(): string {
    return this.doc.text.slice(this.start, this.end);
  }

  /** Offsets into the document's clean text. */
  get span(): Span {
    return { start: this.start, end: this.end };
  }

  /** Offsets of the paragraph (or paragraphs, for a long quotation) that holds the passage. */
  get paragraph(): Span {
    return { start: this.paragraphStart, end: this.paragraphEnd };
  }

  /** Where the passage starts and ends in the original file. */
  get location(): SourceLocation {
    return this.doc.locate(this.span);
  }
}

/** A fact whose text, location and quantities are read from its document when asked for. */
export class FactRecord extends PassageRecord implements Fact {
  /** The entity names of the sentence, in order (arrays and names are shared between facts where equal). */
  readonly entities: readonly string[];

  constructor(origin: ItemOrigin, ordinal: number, span: Span, paragraph: Span, entities: readonly string[]) {
    super(origin, ordinal, span.start, span.end, paragraph.start, paragraph.end);
    this.entities = entities;
  }

  /** Always 'fact'. */
  get kind(): 'fact' {
    return 'fact';
  }

  protected get idLetter(): string {
    return 'f';
  }

  /** The sentence's quantities, parsed on every read (the fact checker caches what it needs); a table row's numbers take what its header and row label say (tableColumns.ts). */
  get quantities(): readonly Quantity[] {
    const text = this.text;
    const quantities = extractQuantities(text);
    const header = text.startsWith('|') ? tableHeaderBefore(this.doc.text, this.paragraph.start, this.span.start) : undefined;
    if (header !== undefined) return withTableContext(text, header, quantities, tableCaptionBefore(this.doc.text, this.paragraph.start));
    const leadIn = listLeadIn(this.doc.text, this.span.start);
    return leadIn === undefined ? quantities : quantities.map((q) => ({ ...q, caption: leadIn }));
  }
}

/** A quotation with its speaker, whose text and location are read from its document when asked for. */
export class QuoteRecord extends PassageRecord implements Quote {
  /** The speaker's name, when the text gives one. */
  readonly speaker?: string;
  /** The speaker's role or title, when the text gives one. */
  readonly role?: string;

  constructor(origin: ItemOrigin, ordinal: number, span: Span, paragraph: Span, speaker: { name: string; role?: string } | undefined) {
    super(origin, ordinal, span.start, span.end, paragraph.start, paragraph.end);
    if (speaker !== undefined) {
      this.speaker = speaker.name;
      if (speaker.role !== undefined) this.role = speaker.role;
    }
  }

  /** Always 'quote'. */
  get kind(): 'quote' {
    return 'quote';
  }

  protected get idLetter(): string {
    return 'q';
  }
}

/** The longest line above a table that may caption it. */
const MAX_CAPTION = 120;

/**
 * The line just above a table (a blank line between them at most), when it is short enough to caption it: "## Spending by
 * service (£ million)" says what the table's bare numbers are.
 */
function tableCaptionBefore(text: string, tableStart: number): string | undefined {
  const before = text.slice(Math.max(0, tableStart - 2 * MAX_CAPTION), tableStart).replace(/\s+$/u, '');
  const line = before.slice(before.lastIndexOf('\n') + 1).trim();
  return line === '' || line.length > MAX_CAPTION || line.startsWith('|') ? undefined : line;
}

/** The most lines of a list that a lead-in line above it may introduce. */
const MAX_LIST_LINES = 12;
/** A list item's line: a marker ("- ", "3. ") or a short label before a colon and its value ("Lower quarter: 52%"). */
const LIST_ITEM = /^\s*(?:(?:[-*+•‣◦]|\d{1,3}[.)])\s+|[^:.!?\n]{1,40}:\s+\S)/u;

/** True for a list item's line: a {@link LIST_ITEM}, or a plain-text table's row ("Squirrels ........ 58 (41)"). */
function isListItem(line: string): boolean {
  return LIST_ITEM.test(line) || isLeaderRow(line);
}

/**
 * The line that introduces the list an item at `start` belongs to, ending in a colon ("Women's share of each quarter of
 * the pay range, from lowest paid to highest paid:" above "Lower quarter: 52%"): it says what every item's figure is. Only
 * for a sentence that opens a list item's line, below list items and blank lines alone.
 */
function listLeadIn(text: string, start: number): string | undefined {
  let lineStart = boundedLineStart(text, start);
  if (lineStart < 0) return undefined;
  if (!isListItem(lineAt(text, lineStart)) || /\S/u.test(text.slice(lineStart, start).replace(/^\s*(?:[-*+•‣◦]|\d{1,3}[.)])\s+/u, ''))) return undefined;
  for (let items = 0; lineStart > 0 && items <= MAX_LIST_LINES; ) {
    const end = lineStart - 1;
    lineStart = boundedLineStart(text, end);
    if (lineStart < 0) return undefined;
    const line = text.slice(lineStart, end).trim();
    if (line === '') continue;
    if (line.endsWith(':')) return line;
    if (!isListItem(line)) return undefined;
    items++;
  }
  return undefined;
}

/** The longest line read as a list's item or lead-in, or a table's separator: every scan for a line's ends stays within it, so a huge one-line source stays linear. */
const MAX_LIST_LINE = 400;

/** The line of `text` that starts at `lineStart`, cut to {@link MAX_LIST_LINE} characters. */
function lineAt(text: string, lineStart: number): string {
  const line = text.slice(lineStart, lineStart + MAX_LIST_LINE);
  const end = line.indexOf('\n');
  return end < 0 ? line : line.slice(0, end);
}

/** Where the line holding `end - 1` starts, or -1 when it starts more than {@link MAX_LIST_LINE} characters back. */
function boundedLineStart(text: string, end: number): number {
  const from = Math.max(0, end - MAX_LIST_LINE);
  const at = text.slice(from, end).lastIndexOf('\n');
  return at >= 0 ? from + at + 1 : from === 0 ? 0 : -1;
}

/**
 * The header row of the Markdown table a row at `rowStart` belongs to: the first line of its paragraph, when the
 * second is the table's separator ("|---|---:|") and the row is not the header itself.
 */
function tableHeaderBefore(text: string, paragraphStart: number, rowStart: number): string | undefined {
  const headerEnd = text.indexOf('\n', paragraphStart);
  if (headerEnd < 0 || rowStart <= headerEnd) return undefined;
  return separatorAfter(text, headerEnd) ? text.slice(paragraphStart, headerEnd) : undefined;
}

/** A Markdown table's separator line ("|---|---:|"). */
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/** True when the line ending at `lineEnd` of `text` is a Markdown table's header row: the line after it is the table's separator. */
export function isTableHeaderRow(text: string, lineEnd: number): boolean {
  const limit = lineEnd + 2 * MAX_LIST_LINE;
  const newline = text.slice(lineEnd, limit).indexOf('\n');
  return newline >= 0 && separatorAfter(text, lineEnd + newline, limit);
}

/** True when the line after the line break at `newline` is a table's separator, read no further than `limit`. */
function separatorAfter(text: string, newline: number, limit = text.length): boolean {
  const next = text.indexOf('\n', newline + 1);
  return TABLE_SEPARATOR.test(text.slice(newline + 1, Math.min(next < 0 ? text.length : next, limit)));
}
