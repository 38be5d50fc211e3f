/**
 * Picks a bounded set of candidate items for a query from the term index.
 * Query terms are visited rarest first; rare terms may add candidates, while
 * common terms ("yuan", "percent") only raise the score of candidates found
 * already, so that no query walks a posting list of the whole corpus
 * needlessly.
 */
import { sortedHas } from '../sorted';
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
}

/**
 * Scores items by the inverse document frequency of the query terms they
 * carry (times each term's weight and match quality); returns candidates,
 * best first. `accept` filters ids before they count against the limit.
 */
export function selectCandidates(index: TermIndex, queryTerms: readonly QueryTerm[], limit = DEFAULT_CANDIDATES, accept: (id: number) => boolean = () => true): Candidate[] {
  const total = Math.max(1, index.size);
  // A query word's rarity is that of everything it reaches (its prefix and typo expansions together): a rare word
  // reached from a common one ("yuankei" from "yuan") must not count as rare evidence.
  const groups = queryTerms
    .map((q) => {
      const matches = index.expand(q.term, q.prefix, q.typos ?? true);
      const df = Math.min(total, matches.reduce((sum, m) => sum + index.documentFrequency(m.term), 0));
      return { matches, weight: q.weight * Math.log(1 + total / Math.max(1, df)), df };
    })
    .filter((g) => g.matches.length > 0)
    .sort((a, b) => a.df - b.df);

  const scores = new Map<number, number>();
  const addCap = limit * 8;
  for (const { matches, weight: groupWeight } of groups) {
    const groupBest = new Map<number, number>();
    for (const { term, quality } of matches) {
      const postings = index.postingsOf(term);
      const weight = groupWeight * quality;
      const boostOnly = scores.size >= addCap || (scores.size > 0 && postings.length > COMMON_TERM);
      if (boostOnly && scores.size * Math.log2(postings.length + 1) < postings.length) {
        for (const id of scores.keys()) if (sortedHas(postings, id)) bump(groupBest, id, weight);
      } else {
        for (const id of postings) {
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

/** Keeps the best weight an item earned within one query term's expansions. */
function bump(best: Map<number, number>, id: number, weight: number): void {
  if ((best.get(id) ?? 0) < weight) best.set(id, weight);
}
