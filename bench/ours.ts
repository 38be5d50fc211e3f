/** Our {@link SourceIndex} seen through the benchmark's {@link SearchSystem} shape. */
import type { SourceIndex } from '../src/core/index/sourceIndex';
import type { FileRevision, SearchSystem } from './system';

/** Wraps a built index; results are the matched facts' and quotes' sentence texts. */
export function ourSystem(index: SourceIndex): SearchSystem {
  return {
    name: 'Sourced index',
    search: (query, limit) => index.search(query, { limit }).map((r) => r.item.text),
    replaceFile: (revision: FileRevision) => {
      index.updateFile(revision.input);
    },
  };
}
