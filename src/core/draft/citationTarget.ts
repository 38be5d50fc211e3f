/**
 * Resolves a citation found in a draft to the indexed source it points at,
 * in any editor. Pandoc keys are matched against the sources' keys; link
 * paths are turned into candidate indexed paths by the caller, who knows
 * where the draft and the workspace folders are ({@link joinInside} helps).
 */
import { sourceKey } from '../cite/citation';
import type { CitationRef } from '../cite/parseCitations';
import type { SourceIndex } from '../index/sourceIndex';
import type { SourceDocument } from '../source/readSource';

/** An indexed source and the line a citation names. */
export interface ResolvedCitation {
  readonly doc: SourceDocument;
  readonly line: number;
}

/**
 * The indexed source a citation points at, if it is indexed. `indexPathsFor`
 * gives the indexed paths a link's path may mean, best first.
 */
export function resolveCitationRef(ref: CitationRef, index: SourceIndex, indexPathsFor: (written: string) => Iterable<string>): ResolvedCitation | undefined {
  if (ref.kind === 'pandoc') {
    const doc = index.documents.find((d) => sourceKey(d.file) === ref.file);
    return doc ? { doc, line: ref.line } : undefined;
  }
  for (const path of indexPathsFor(ref.file)) {
    const doc = index.document(path);
    if (doc) return { doc, line: ref.line };
  }
  return undefined;
}

/**
 * Joins a relative path written in a draft to a folder given as a `/`-separated
 * path relative to a root (`''` for the root itself), and normalizes it.
 * Undefined for absolute or scheme-anchored paths and for paths that climb
 * out of the root, so a citation never reaches outside the workspace.
 */
export function joinInside(baseDir: string, written: string): string | undefined {
  if (typeof written !== 'string' || written.trim() === '' || /^[\\/]/.test(written) || /^[a-z][\w+.-]*:/i.test(written)) return undefined;
  const out: string[] = [];
  for (const segment of [...baseDir.split('/'), ...written.replace(/\\/g, '/').split('/')]) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return out.join('/');
}
