/**
 * The plain data that flows through Sourced's core. Nothing here touches the
 * file system or the editor: callers hand text in and get these shapes back.
 */

/** A file handed to the core by its caller (the CLI reads disk, the extension reads `workspace.fs`). */
export interface SourceInput {
  /** The path exactly as the caller wants it shown (relative to the workspace or as the user typed it). */
  readonly path: string;
  /** The file's full text, already decoded. */
  readonly text: string;
}

/** A 1-based position in an original source file; `endColumn` is exclusive. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A half-open span of UTF-16 offsets, `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What the reader knows about a document beyond its text. */
export interface DocumentMetadata {
  readonly title?: string;
  readonly byline?: string;
  readonly date?: string;
}

/** Unit class of a quantity: two quantities can only agree when their classes match. */
export type UnitClass =
  | 'currency'
  | 'percent'
  | 'percentagePoints'
  | 'count'
  | 'length'
  | 'area'
  | 'mass'
  | 'power'
  | 'volume'
  | 'speed'
  | 'temperature'
  | 'duration'
  | 'rank'
  | 'year'
  | 'date'
  | 'time';

/** How the writer hedged a number. */
export type Hedge = 'exact' | 'approx' | 'nearly' | 'moreThan' | 'atLeast' | 'lessThan' | 'atMost' | 'range';

/** Whether a number states a level ("65 billion yuan") or a change ("up 7 percent"). */
export type QuantityRole = 'level' | 'change';

/** The time a quantity refers to, as far as the text says. */
export interface Period {
  readonly year?: number;
  readonly half?: 1 | 2;
  readonly quarter?: 1 | 2 | 3 | 4;
  readonly month?: number;
  /** True when the time starts then and runs on ("since 2019"): a span, not the year itself. */
  readonly since?: boolean;
  /** The words that stated it, e.g. "the first half of 2025". */
  readonly label: string;
}

/** A number found in prose, normalised so that two mentions can be compared. */
export interface Quantity {
  /** Normalised value with the scale applied: "65 billion yuan" → 65e9, "1.5 percent" → 1.5, "three-fifths" → 60 (percent). */
  readonly value: number;
  /** Lower and upper bound implied by the hedge and the precision the writer used. */
  readonly low: number;
  readonly high: number;
  readonly unitClass: UnitClass;
  /** Canonical unit: ISO code for currencies (CNY, USD, EUR, HKD…), '%', 'pp', 'km', 'acre', 'm2', 'tonne', 'TEU', 'MW'; the counted noun for counts; the superlative for ranks ("largest"). */
  readonly unit: string;
  /** Multiplier the writer used: 1, 1e3, 1e6, 1e9, 1e12. */
  readonly scale: number;
  /** Half the step of the last digit the writer gave, in normalised units: "142 billion" → 0.5e9, "141.79 billion" → 0.005e9. */
  readonly precision: number;
  readonly hedge: Hedge;
  readonly role: QuantityRole;
  /** For changes: which way. */
  readonly direction?: 'up' | 'down';
  readonly period?: Period;
  /** True when the number was written in words ("sixty-five", "three-fifths"). */
  readonly written: boolean;
  /** Offsets of the whole mention (number, scale, unit) in the text that was scanned. */
  readonly span: Span;
  /** The mention's surface text. */
  readonly text: string;
  /** What labels the number outside its sentence: in a table, its row's label and its column's header ("Green Share (%)"). */
  readonly heading?: string;
  /** In a table, its column's header alone ("Ireland", "2025"): a name there says whom the cell is about. */
  readonly column?: string;
  /** In a table, the line above it that captions the whole table ("## Trips by district"): what all its cells are about. */
  readonly caption?: string;
}

/** A sentence of a source, with where it sits. */
export interface Passage {
  /** Stable id within an index: `${docIndex}:${sentenceIndex}`. */
  readonly id: string;
  /** The source file path as given by the caller. */
  readonly file: string;
  readonly text: string;
  /** Offsets into the document's clean text. */
  readonly span: Span;
  /** Offsets of the paragraph that holds the sentence, in the clean text. */
  readonly paragraph: Span;
  /** Where the sentence starts and ends in the original file. */
  readonly location: SourceLocation;
}

/** A sentence that carries numbers or named entities. */
export interface Fact extends Passage {
  readonly kind: 'fact';
  readonly quantities: readonly Quantity[];
  readonly entities: readonly string[];
}

/** Quoted words with their speaker where the text gives one. */
export interface Quote extends Passage {
  readonly kind: 'quote';
  /** The speaker's name, e.g. "Chen Huifen"; resolved from a surname-only attribution where possible. */
  readonly speaker?: string;
  /** The speaker's role or title, e.g. "deputy director of …". */
  readonly role?: string;
}

/** Either kind of searchable item. */
export type Item = Fact | Quote;
