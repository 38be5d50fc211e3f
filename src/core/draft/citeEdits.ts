/**
 * Citations as edits in a draft's text, in any editor: the text that goes
 * at the insertion point and, for footnotes, the definition that goes at the
 * end of the draft (left out when the draft already defines the same
 * footnote). Positions are UTF-16 offsets into the draft's text; each editor
 * turns them into its own ranges.
 */
import { footnoteCitation, inlineCitation, pandocCitation, type CitationStyle, type CitationTarget } from '../cite/citation';
import type { SourceIndex } from '../index/sourceIndex';
import type { Item } from '../model';
import { itemProse, withCitation } from './itemText';

/** Text to insert at an offset of the draft. */
export interface TextInsertion {
  readonly offset: number;
  readonly text: string;
}

/** A citation ready to insert into one draft. */
export interface CitationText {
  /** The marker or inline citation for the insertion point. */
  readonly text: string;
  /** The footnote definition to add at the end, when the draft lacks it. */
  readonly definition?: TextInsertion;
}

/** What a citation points at, before its metadata is looked up. */
export interface CitedLine {
  /** The source's indexed path. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
}

/**
 * The citation of `source` for a draft whose current text is `draftText`, in
 * `style`. `linkPath` is the source's path as seen from the draft (relative to
 * its folder), written into links.
 */
export function citeInText(draftText: string, source: CitedLine, index: SourceIndex, style: CitationStyle, linkPath: string): CitationText {
  const target: CitationTarget = { file: source.file, line: source.line, metadata: index.document(source.file)?.metadata ?? {} };
  if (style === 'inline') return { text: inlineCitation(target, linkPath) };
  if (style === 'pandoc') return { text: pandocCitation(target) };
  const footnote = footnoteCitation(target, linkPath);
  if (new RegExp(`^\\[\\^${escapeRegExp(footnote.id)}\\]:`, 'm').test(draftText)) return { text: footnote.marker };
  return { text: footnote.marker, definition: definitionInsertion(draftText, footnote.definition) };
}

/** An insertion at the end of the draft: after existing definitions, else after a blank line. */
export function definitionInsertion(text: string, definition: string): TextInsertion {
  const lastLine = text.trimEnd().split('\n').pop() ?? '';
  const afterDefinitions = /^\[\^[^\]\s]+\]:/.test(lastLine);
  const trailing = /\n*$/.exec(text)?.[0].length ?? 0;
  const needed = text.trim() === '' ? 0 : afterDefinitions ? 1 : 2;
  return { offset: text.length, text: `${'\n'.repeat(Math.max(0, needed - trailing))}${definition}\n` };
}

/** What inserting an item into a draft writes: the prose with its citation, and the footnote definition if one is new. */
export interface ItemInsertionText {
  readonly text: string;
  readonly additional: readonly TextInsertion[];
}

/** The insertion for an indexed fact or quote, cited in `style`; `linkPath` as for {@link citeInText}. */
export function itemInsertionText(draftText: string, item: Item, index: SourceIndex, style: CitationStyle, linkPath: string): ItemInsertionText {
  const citation = citeInText(draftText, { file: item.file, line: item.location.line }, index, style, linkPath);
  return { text: withCitation(itemProse(item), citation.text, style), additional: citation.definition ? [citation.definition] : [] };
}

/** `relativePosix('/a/b', '/a/c/d.txt')` → `../c/d.txt`. */
export function relativePosix(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  const ups = from.slice(common).map(() => '..');
  return [...ups, ...target.slice(common)].join('/');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
