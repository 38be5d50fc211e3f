/**
 * The shape every searcher takes in the benchmark, so that our index and the
 * baselines are measured by the same code.
 */
import type { SourceInput } from '../src/core/model';
import type { CorpusSentence } from './corpus';

/** A changed source file: the new text for a file index, and its fact and quote sentences for a sentence index. */
export interface FileRevision {
  readonly input: SourceInput;
  readonly sentences: readonly CorpusSentence[];
}

/** A built search index under test. */
export interface SearchSystem {
  readonly name: string;
  /** Texts of the top `limit` results, best first. */
  search(query: string, limit: number): string[];
  /** Replaces one file's content in the index. */
  replaceFile(revision: FileRevision): void;
}
