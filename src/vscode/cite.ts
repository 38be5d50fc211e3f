/**
 * Citations as VS Code edits in a draft. The citation text and where the
 * footnote definition goes come from the editor-neutral `citeEdits` module;
 * this one finds the link path between the draft and the source and turns
 * offsets into `TextEdit`s.
 */
import * as vscode from 'vscode';
import { itemInsertionText, type TextInsertion } from '../core/draft/citeEdits';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { Item } from '../core/model';
import { citationStyle } from './config';
import { linkPath } from './paths';
import type { SourceIndexService } from './sourceIndexService';

/** The path of an indexed source as written in a citation in `draft`. */
export function linkPathIn(draft: vscode.TextDocument, file: string, sources: SourceIndexService): string {
  const uri = sources.uriOf(file);
  return uri ? linkPath(draft.uri, uri, file) : file;
}

function toEdit(draft: vscode.TextDocument, insertion: TextInsertion): vscode.TextEdit {
  return vscode.TextEdit.insert(draft.positionAt(insertion.offset), insertion.text);
}

/** What inserting an item into a draft writes: the prose with its citation, and the footnote definition if one is new. */
export interface ItemInsertion {
  readonly text: string;
  readonly additionalEdits: vscode.TextEdit[];
}

/** The insertion for an indexed fact or quote, cited in the draft's configured style. */
export function insertionFor(draft: vscode.TextDocument, item: Item, index: SourceIndex, sources: SourceIndexService, text = draft.getText()): ItemInsertion {
  const insertion = itemInsertionText(text, item, index, citationStyle(draft.uri), linkPathIn(draft, item.file, sources));
  return { text: insertion.text, additionalEdits: insertion.additional.map((a) => toEdit(draft, a)) };
}
