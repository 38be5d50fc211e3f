/**
 * Citation formats. One function per style; each takes the same
 * {@link CitationTarget} so that completion, quick fixes and the CLI agree.
 */
import type { DocumentMetadata, Item } from '../model';

/** What a citation points at. */
export interface CitationTarget {
  /** Source path as indexed (workspace-relative in the editor). */
  readonly file: string;
  /** 1-based line of the cited passage. */
  readonly line: number;
  readonly metadata: DocumentMetadata;
}

/** The citation styles a writer can choose. */
export type CitationStyle = 'footnote' | 'inline' | 'pandoc';

/** A footnote citation: the marker that goes in the text and the definition that goes at the end. */
export interface FootnoteCitation {
  readonly id: string;
  readonly marker: string;
  readonly definition: string;
}

/** Makes a citation target from an indexed item and its document's metadata. */
export function targetOf(item: Item, metadata: DocumentMetadata): CitationTarget {
  return { file: item.file, line: item.location.line, metadata };
}

/** A short, stable key for a source file: its name without folders and extension, as a slug. */
export function sourceKey(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const stem = name.replace(/\.[^.]+$/, '');
  const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'source';
}

/** The link target of a passage: `path#L<line>`, with spaces and parentheses percent-encoded. */
export function passageLink(file: string, line: number): string {
  return `${file.replace(/\\/g, '/').replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}#L${line}`;
}

/**
 * Markdown footnote: `[^key-line]` and `[^key-line]: Title. Byline, date. [file:line](file#Lline)`.
 * `linkPath` is the file path as seen from the draft (defaults to the indexed path).
 */
export function footnoteCitation(target: CitationTarget, linkPath = target.file): FootnoteCitation {
  const id = `${sourceKey(target.file)}-${target.line}`;
  const about = describeSource(target.metadata);
  const link = `[${linkPath}:${target.line}](${passageLink(linkPath, target.line)})`;
  return { id, marker: `[^${id}]`, definition: `[^${id}]: ${about ? `${about} ` : ''}${link}` };
}

/** Inline link: `([file:line](file#Lline))`. */
export function inlineCitation(target: CitationTarget, linkPath = target.file): string {
  return `([${displayName(linkPath)}:${target.line}](${passageLink(linkPath, target.line)}))`;
}

/** Pandoc-style key with a line locator: `[@key, l. 5]`. */
export function pandocCitation(target: CitationTarget): string {
  return `[@${sourceKey(target.file)}, l. ${target.line}]`;
}

/** "Title. By Byline, date." from whatever metadata is known; empty when none is. */
export function describeSource(meta: DocumentMetadata): string {
  const parts: string[] = [];
  if (meta.title) parts.push(`${sanitize(meta.title)}.`);
  const who = [meta.byline ? `By ${sanitize(meta.byline)}` : '', meta.date ? sanitize(meta.date) : ''].filter(Boolean).join(', ');
  if (who) parts.push(`${who}.`);
  return parts.join(' ');
}

/** Keeps source metadata from breaking the Markdown it is written into. */
function sanitize(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[[\]<>`*_\\]/g, '').trim();
}

function displayName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
