/**
 * Turns a source file of any supported format into a {@link SourceDocument}:
 * clean text, blocks with roles, metadata and a map back to the file.
 */
import type { DocumentMetadata, SourceInput, SourceLocation, Span } from '../model';
import type { Block } from './block';
import { recogniseStructure } from './metadata';
import type { OffsetMap } from './offsetMap';
import { packBlocks, unpackBlocks } from './packedBlocks';
import { readHtml } from './readHtml';
import { readMarkdown } from './readMarkdown';
import { readPlainText } from './readPlainText';

/** The formats Sourced reads. */
export type SourceFormat = 'text' | 'markdown' | 'html';

/** A source file, read: clean prose plus everything needed to cite it. */
export interface SourceDocument {
  readonly file: string;
  readonly format: SourceFormat;
  /** The prose, without markup; offsets everywhere else refer to this text. */
  readonly text: string;
  readonly metadata: DocumentMetadata;
  /** Paragraph-level blocks in text order, with their roles (fresh objects on every read: keep the array rather than reading it in a loop). */
  readonly blocks: readonly Block[];
  /** Locates a clean-text span in the original file. */
  locate(span: Span): SourceLocation;
}

/** Picks the format from the file name: .md/.markdown, .html/.htm, anything else is text. */
export function formatOf(path: string): SourceFormat {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  return 'text';
}

/** Reads one source. Never throws on malformed markup; the worst case is less prose. */
export function readSource(input: SourceInput): SourceDocument {
  const format = formatOf(input.path);
  const parsed = format === 'markdown' ? readMarkdown(input.text) : format === 'html' ? readHtml(input.text) : readPlainText(input.text);
  const metadata = recogniseStructure(parsed.text, parsed.blocks, parsed.declared);
  const map: OffsetMap = parsed.map;
  const packed = packBlocks(parsed.blocks);
  return {
    file: input.path,
    format,
    text: parsed.text,
    metadata: stripUndefined(metadata),
    get blocks(): Block[] {
      return unpackBlocks(packed);
    },
    locate: (span) => map.locate(input.path, span),
  };
}

function stripUndefined(meta: DocumentMetadata): DocumentMetadata {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== ''));
}
