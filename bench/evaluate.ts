/**
 * Measures a {@link SearchSystem}: per-query latency and hit@5 over known
 * targets (within a time budget for slow baselines), and the time to replace
 * one file.
 */
import { distribution, timed, type Distribution } from './measure';
import { matchesTarget, type BenchQuery } from './queries';
import type { FileRevision, SearchSystem } from './system';

/** How many results count for a hit. */
export const HIT_K = 5;

/** Latency and accuracy of a system over a prefix of the query list. */
export interface QueryRun {
  readonly latency: Distribution;
  /** One entry per query run, aligned with the query list; shorter than the list when the budget ran out. */
  readonly hits: readonly boolean[];
  readonly hitAt5: number;
  /** How many queries there were in all. */
  readonly offered: number;
}

/** Share of true values among the first `n` (all by default). */
export function hitRate(hits: readonly boolean[], n = hits.length): number {
  const head = hits.slice(0, n);
  return head.length === 0 ? NaN : head.filter(Boolean).length / head.length;
}

/**
 * Runs queries in order until all have run or `budgetMs` is spent (but at
 * least `minQueries`), timing each and checking whether its target is in the
 * top {@link HIT_K}.
 */
export function runQueries(system: SearchSystem, queries: readonly BenchQuery[], budgetMs = Infinity, minQueries = 1): QueryRun {
  const times: number[] = [];
  const hits: boolean[] = [];
  let spent = 0;
  for (const q of queries) {
    if (times.length >= minQueries && spent >= budgetMs) break;
    const { value, ms } = timed(() => system.search(q.query, HIT_K));
    times.push(ms);
    spent += ms;
    hits.push(value.some((text) => matchesTarget(text, q.target)));
  }
  return { latency: distribution(times), hits, hitAt5: hitRate(hits), offered: queries.length };
}

/** Median time to replace one file, alternating between its revised and original versions `reps` times each. */
export function timeFileUpdate(system: SearchSystem, revised: FileRevision, original: FileRevision, reps: number): Distribution {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    times.push(timed(() => system.replaceFile(revised)).ms);
    times.push(timed(() => system.replaceFile(original)).ms);
  }
  return distribution(times);
}
