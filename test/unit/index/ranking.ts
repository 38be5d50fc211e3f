/**
 * Test helper: hit@1 and hit@5 of {@link SourceIndex.search} over a query
 * set, with the rank of each query's expected passage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SourceIndex } from '../../../src/core/index/sourceIndex';
import type { SourceInput } from '../../../src/core/model';
import { REPO_ROOT, seedInputs } from '../seeds';

/** One query and a substring of the passage it should find. */
export interface QueryCase {
  readonly query: string;
  readonly expect: string;
}

/** How well a query set is served. */
export interface RankingFigures {
  /** Share of queries whose expected passage comes first. */
  readonly hitAt1: number;
  /** Share of queries whose expected passage is among the first five. */
  readonly hitAt5: number;
  /** Each query with the 0-based rank of its passage in the first five, or -1. */
  readonly ranks: readonly { readonly query: string; readonly rank: number }[];
}

/** Reads a query set from a path relative to the repository root. */
export function loadQueries(relativePath: string): QueryCase[] {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, relativePath), 'utf8')) as QueryCase[];
}

/** The 0-based rank of a query's expected passage among the first five results, or -1. */
export function rankOf(index: SourceIndex, q: QueryCase): number {
  return index.search(q.query, { limit: 5 }).findIndex((r) => r.item.text.includes(q.expect));
}

/** hit@1, hit@5 and per-query ranks of a query set. */
export function measureRanking(index: SourceIndex, queries: readonly QueryCase[]): RankingFigures {
  const ranks = queries.map((q) => ({ query: q.query, rank: rankOf(index, q) }));
  const share = (ok: (rank: number) => boolean): number => ranks.filter((r) => ok(r.rank)).length / Math.max(1, ranks.length);
  return { hitAt1: share((r) => r === 0), hitAt5: share((r) => r >= 0), ranks };
}

/** Files of a folder (relative to the repository root) as SourceInputs, sorted by name. */
function folderInputs(relativeDir: string): SourceInput[] {
  const dir = path.join(REPO_ROOT, relativeDir);
  return readdirSync(dir)
    .sort()
    .map((f) => ({ path: `${relativeDir}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** The held-out corpus: the seeds, the evaluation sources and a city archive in which every article names the city. */
export function heldoutInputs(): SourceInput[] {
  return [...seedInputs(), ...folderInputs('test/eval/sources'), ...folderInputs('test/unit/index/heldout-sources')];
}
