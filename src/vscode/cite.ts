/**
 * Citations as edits in a draft: the text that goes at the insertion point
 * and, for footnotes, the definition that goes at the end of the document
 * (left out when the draft already defines the same footnote).
 */
import * as vscode from 'vscode';
import { footnoteCitation, inlineCitation, pandocCitation, type CitationStyle, type CitationTarget } from '../core/cite/citation';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { Item } from '../core/model';
import { citationStyle } from './config';
import { itemProse, withCitation } from './itemText';
import { linkPath } from './paths';
import type { SourceIndexService } from './sourceIndexService';

/** A citation ready to insert into one draft. */
export interface DraftCitation {
  /** The marker or inline citation for the insertion point. */
  readonly text: string;
  /** The footnote definition to add, when the draft lacks it. */
  readonly definitionEdit?: vscode.TextEdit;
}

/** Builds the citation of `file:line` (an indexed path) for a draft, in the given style. `text` is the draft's current text, when the caller has it already. */
export function citeInDraft(
  draft: vscode.TextDocument,
  source: { readonly file: string; readonly line: number },
  index: SourceIndex,
  sources: SourceIndexService,
  style: CitationStyle,
  text = draft.getText(),
): DraftCitation {
  const target: CitationTarget = { file: source.file, line: source.line, metadata: index.document(source.file)?.metadata ?? {} };
  const uri = sources.uriOf(source.file);
  const path = uri ? linkPath(draft.uri, uri, source.file) : source.file;
  if (style === 'inline') return { text: inlineCitation(target, path) };
  if (style === 'pandoc') return { text: pandocCitation(target) };
  const footnote = footnoteCitation(target, path);
  if (new RegExp(`^\\[\\^${escapeRegExp(footnote.id)}\\]:`, 'm').test(text)) return { text: footnote.marker };
  return { text: footnote.marker, definitionEdit: appendDefinition(draft, text, footnote.definition) };
}

/** An insertion at the end of the document: after existing definitions, else after a blank line. */
function appendDefinition(draft: vscode.TextDocument, text: string, definition: string): vscode.TextEdit {
  const end = draft.positionAt(text.length);
  const lastLine = text.trimEnd().split('\n').pop() ?? '';
  const afterDefinitions = /^\[\^[^\]\s]+\]:/.test(lastLine);
  const trailing = /\n*$/.exec(text)?.[0].length ?? 0;
  const needed = text.trim() === '' ? 0 : afterDefinitions ? 1 : 2;
  return vscode.TextEdit.insert(end, `${'\n'.repeat(Math.max(0, needed - trailing))}${definition}\n`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What inserting an item into a draft writes: the prose with its citation, and the footnote definition if one is new. */
export interface ItemInsertion {
  readonly text: string;
  readonly additionalEdits: vscode.TextEdit[];
}

/** The insertion for an indexed fact or quote, cited in the draft's configured style. */
export function insertionFor(draft: vscode.TextDocument, item: Item, index: SourceIndex, sources: SourceIndexService, text = draft.getText()): ItemInsertion {
  const style = citationStyle(draft.uri);
  const citation = citeInDraft(draft, { file: item.file, line: item.location.line }, index, sources, style, text);
  return { text: withCitation(itemProse(item), citation.text, style), additionalEdits: citation.definitionEdit ? [citation.definitionEdit] : [] };
}
