/**
 * Picks a bounded set of candidate items for a query from the term index.
 * Query terms are visited rarest first; rare terms may add candidates, while
 * common terms ("yuan", "percent") only raise the score of candidates found
 * already, so that no query walks a posting list of the whole corpus
 * needlessly.
 *
 * A query term may also reach items through their document's title: those
 * items form runs of ids (a file's items are numbered together), which count
 * as one more posting list of the term, at the run's reduced quality.
 */
import { lowerBound, sortedHas } from '../sorted';
import type { TermIndex } from './termIndex';

/** Most candidates the first stage keeps for ranking. */
export const DEFAULT_CANDIDATES = 40;
/** A term on more than this many items only boosts existing candidates once some exist. */
const COMMON_TERM = 2000;

/** A candidate item with the score that selected it. */
export interface Candidate {
  readonly id: number;
  /** Sum over query terms of weight × match quality × inverse document frequency of the term with its expansions. */
  readonly score: number;
}

/** A query term and how it may be matched. */
export interface QueryTerm {
  readonly term: string;
  /** How much a match counts, before rarity (0–1]. */
  readonly weight: number;
  /** Also match vocabulary words that begin with the term. */
  readonly prefix: boolean;
  /** Also match vocabulary words one typo away (default true). */
  readonly typos?: boolean;
  /** Runs of items the term reaches through something other than their own words (their document's title), ascending and disjoint. */
  readonly runs?: readonly IdRun[];
}

/** Consecutive item ids `first … first + count - 1` that a query term reaches at `quality`. */
export interface IdRun {
  readonly first: number;
  readonly count: number;
  /** How well the term matches, already reduced for indirect evidence (0–1]. */
  readonly quality: number;
}

/** A posting list as the selection loop walks it: its length, membership and ids in ascending order. */
interface IdList {
  readonly length: number;
  /** Cost of one membership test, in comparisons. */
  readonly lookupCost: number;
  has(id: number): boolean;
  ids(): Iterable<number>;
}

/**
 * Scores items by the inverse document frequency of the query terms they
 * carry (times each term's weight and match quality); returns candidates,
 * best first. `accept` filters ids before they count against the limit.
 */
export function selectCandidates(index: TermIndex, queryTerms: readonly QueryTerm[], limit = DEFAULT_CANDIDATES, accept: (id: number) => boolean = () => true): Candidate[] {
  // A query word's rarity is that of everything it reaches (its prefix and typo expansions together, and its title
  // runs): a rare word reached from a common one ("yuankei" from "yuan") must not count as rare evidence.
  const groups = queryTerms
    .map((q) => {
      const matches = index.expand(q.term, q.prefix, q.typos ?? true);
      const lists = matches.map(({ term, quality }) => ({ list: postingList(index.postingsOf(term)), quality }));
      const runs = q.runs ?? [];
      if (runs.length > 0) lists.push(...runLists(runs));
      return { lists, weight: termWeight(index, q), df: reach(index, q) };
    })
    .filter((g) => g.lists.length > 0)
    .sort((a, b) => a.df - b.df);

  const scores = new Map<number, number>();
  const addCap = limit * 8;
  for (const { lists, weight: groupWeight } of groups) {
    const groupBest = new Map<number, number>();
    for (const { list, quality } of lists) {
      const weight = groupWeight * quality;
      const boostOnly = scores.size >= addCap || (scores.size > 0 && list.length > COMMON_TERM);
      if (boostOnly && scores.size * list.lookupCost < list.length) {
        for (const id of scores.keys()) if (list.has(id)) bump(groupBest, id, weight);
      } else {
        for (const id of list.ids()) {
          if (index.isDead(id)) continue;
          const isNew = !scores.has(id) && !groupBest.has(id);
          if (isNew && (boostOnly || scores.size + groupBest.size >= addCap || !accept(id))) {
            // Full, and nothing found before this term to boost: the rest of a long list cannot change the outcome.
            if (scores.size === 0 && groupBest.size >= addCap) break;
            continue;
          }
          bump(groupBest, id, weight);
        }
      }
    }
    for (const [id, w] of groupBest) scores.set(id, (scores.get(id) ?? 0) + w);
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id, score]) => ({ id, score }));
}

/**
 * How much a query term counts, by its rarity: its weight times the inverse
 * document frequency of everything it reaches (its expansions and its runs),
 * so that a word on every item counts for little. Cheap: expansions are cached.
 */
export function termWeight(index: TermIndex, q: QueryTerm): number {
  return q.weight * Math.log(1 + Math.max(1, index.size) / Math.max(1, reach(index, q)));
}

/** Number of items a query term reaches, at most the index size. */
function reach(index: TermIndex, q: QueryTerm): number {
  const matches = index.expand(q.term, q.prefix, q.typos ?? true);
  const reached = matches.reduce((sum, m) => sum + index.documentFrequency(m.term), 0) + (q.runs ?? []).reduce((sum, r) => sum + r.count, 0);
  return Math.min(Math.max(1, index.size), reached);
}

/** Keeps the best weight an item earned within one query term's expansions. */
function bump(best: Map<number, number>, id: number, weight: number): void {
  if ((best.get(id) ?? 0) < weight) best.set(id, weight);
}

/** A term's posting list as an {@link IdList}. */
function postingList(postings: ArrayLike<number> & Iterable<number>): IdList {
  return { length: postings.length, lookupCost: Math.log2(postings.length + 1), has: (id) => sortedHas(postings, id), ids: () => postings };
}

/** Runs of ids as {@link IdList}s, one per quality (a title word matched exactly, as a prefix, with a typo). */
function runLists(runs: readonly IdRun[]): { list: IdList; quality: number }[] {
  const byQuality = new Map<number, IdRun[]>();
  for (const run of runs) {
    const same = byQuality.get(run.quality);
    if (same) same.push(run);
    else byQuality.set(run.quality, [run]);
  }
  return [...byQuality].map(([quality, same]) => ({ list: runList(same), quality }));
}

/** Ascending, disjoint runs of ids as one {@link IdList}. */
function runList(runs: readonly IdRun[]): IdList {
  const firsts = runs.map((r) => r.first);
  return {
    length: runs.reduce((sum, r) => sum + r.count, 0),
    lookupCost: Math.log2(runs.length + 1),
    has: (id) => {
      const run = runs[lowerBound(firsts, id, true) - 1];
      return run !== undefined && id < run.first + run.count;
    },
    *ids() {
      for (const run of runs) for (let id = run.first; id < run.first + run.count; id++) yield id;
    },
  };
}
