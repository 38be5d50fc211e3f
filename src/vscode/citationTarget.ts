/**
 * Resolves a citation found in a draft to the indexed source it points at.
 * Link paths are tried relative to the draft's folder, then to the
 * workspace folders; Pandoc keys are matched against the sources' keys.
 */
import type * as vscode from 'vscode';
import { sourceKey } from '../core/cite/citation';
import type { CitationRef } from '../core/cite/parseCitations';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { SourceDocument } from '../core/source/readSource';
import { folderOf, indexPathOf, resolveInWorkspace } from './paths';

/** An indexed source and the line a citation names. */
export interface ResolvedCitation {
  readonly doc: SourceDocument;
  readonly line: number;
}

/** The indexed source a citation in `draft` points at, if it is indexed. */
export function resolveCitation(draft: vscode.Uri, ref: CitationRef, index: SourceIndex): ResolvedCitation | undefined {
  if (ref.kind === 'pandoc') {
    const doc = index.documents.find((d) => sourceKey(d.file) === ref.file);
    return doc ? { doc, line: ref.line } : undefined;
  }
  for (const uri of resolveInWorkspace(ref.file, folderOf(draft))) {
    const doc = index.document(indexPathOf(uri));
    if (doc) return { doc, line: ref.line };
  }
  return undefined;
}
