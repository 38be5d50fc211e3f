/**
 * Resolves a citation found in a draft to the indexed source it points at.
 * Link paths are tried relative to the draft's folder, then to the
 * workspace folders; Pandoc keys are matched against the sources' keys (in
 * the editor-neutral {@link resolveCitationRef}).
 */
import type * as vscode from 'vscode';
import { resolveCitationRef, type ResolvedCitation } from '../core/draft/citationTarget';
import type { CitationRef } from '../core/cite/parseCitations';
import type { SourceIndex } from '../core/index/sourceIndex';
import { folderOf, indexPathOf, resolveInWorkspace } from './paths';

export type { ResolvedCitation } from '../core/draft/citationTarget';

/** The indexed source a citation in `draft` points at, if it is indexed. */
export function resolveCitation(draft: vscode.Uri, ref: CitationRef, index: SourceIndex): ResolvedCitation | undefined {
  return resolveCitationRef(ref, index, (written) => resolveInWorkspace(written, folderOf(draft)).map(indexPathOf));
}
