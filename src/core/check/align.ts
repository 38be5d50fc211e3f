/**
 * Alignment: which source quantities speak about the same thing as a draft
 * mention, and the verdict that follows.
 *
 * Every comparable candidate (agreement.ts) gets two scores:
 * - E, entity match (context.ts defines the local entity): 1 when the draft
 *   mention's local entity shares a word with the candidate's local entity
 *   (however weakly either was guessed);
 *   0.8 with another name before the candidate in its sentence, or with a
 *   common noun near it ("the authority's revenue"); 0.6 with a
 *   name anywhere in its sentence; 0.5 when the draft names no entity; 0.4
 *   when either local entity is only a weak guess or the source names none;
 *   0 when both clearly name different ones.
 * - M, metric/context match: the share of the draft mention's context words
 *   (weighted by closeness and by rarity in the sources, idf) that the
 *   candidate's sentence also uses, each counting 0.5 + 0.5·closeness on the
 *   source side.
 * S = (E + M) / 2 ranks the candidates.
 *
 * Verdicts, with thresholds instead of special cases:
 * - supported: an agreeing candidate with E ≥ 0.5 and M ≥ SUPPORT_M, whose
 *   score is within MARGIN of the best candidate's (a clearly better
 *   disagreeing match wins, "Zhejiang has 13 clusters" when 13 is Jiangsu's);
 * - contradicted: otherwise, when the best candidate disagrees and matches
 *   the entity (E ≥ CONTRADICT_E) and the context (M ≥ CONTRADICT_M), or,
 *   when neither side names a conflicting entity (E ≥ 0.4), the context
 *   strongly (M ≥ CONTRADICT_M_UNNAMED); a year needs both the entity and
 *   the strong context, since it usually dates a sentence rather than
 *   measuring something;
 * - supported (weaker): an agreeing candidate passing the support gates;
 * - unsourced: nothing else. Unsourced is never a contradiction.
 */
import type { Quantity } from '../model';
import { agree, comparable } from './agreement';
import type { MentionContext } from './context';
import type { IndexedQuantity, QuantityIndex } from './quantityIndex';

/** The verdict on one draft mention. */
export type Verdict = 'supported' | 'contradicted' | 'unsourced';

/** A scored candidate. */
export interface ScoredCandidate {
  readonly candidate: IndexedQuantity;
  readonly entity: number;
  readonly metric: number;
  readonly score: number;
  readonly agrees: boolean;
}

/** A verdict with the source quantity behind it. */
export interface Alignment {
  readonly verdict: Verdict;
  /** The source quantity that backs or contradicts the mention. */
  readonly match?: ScoredCandidate;
  /** 0..1: how sure the checker is of the verdict (for unsourced, how little matched). */
  readonly confidence: number;
}

const SUPPORT_M = 0.2;
const CONTRADICT_M = 0.4;
const CONTRADICT_E = 0.8;
const CONTRADICT_M_UNNAMED = 0.65;
const MARGIN = 0.05;

function intersects(a: ReadonlySet<string>, b: { has(x: string): boolean }): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Entity score E (see the module header). */
export function entityScore(draft: MentionContext, source: MentionContext): number {
  if (draft.local.size === 0) return 0.5;
  if (intersects(draft.local, source.local)) return 1;
  if (intersects(draft.local, source.preceding)) return 0.8;
  // Definite descriptions: "Riverton Metropolitan Transit Authority" … "the authority's fare revenue".
  if (intersects(draft.local, source.words)) return 0.8;
  if (intersects(draft.local, source.entities)) return 0.6;
  if (!draft.strong || !source.strong) return 0.4;
  return 0;
}

/** Metric/context score M (see the module header). */
export function metricScore(draft: MentionContext, source: MentionContext, index: QuantityIndex): number {
  let total = 0;
  let shared = 0;
  for (const [word, weight] of draft.words) {
    const w = weight * index.idf(word);
    total += w;
    const s = source.words.get(word);
    if (s !== undefined) shared += w * (0.5 + 0.5 * s);
  }
  return total === 0 ? 0 : shared / total;
}

/** Scores every comparable candidate of a draft mention. */
export function scoreCandidates(quantity: Quantity, context: MentionContext, index: QuantityIndex): ScoredCandidate[] {
  const out: ScoredCandidate[] = [];
  for (const candidate of index.candidates(quantity, context)) {
    if (!comparable(quantity, candidate.quantity)) continue;
    const entity = entityScore(context, candidate.context);
    const metric = metricScore(context, candidate.context, index);
    out.push({ candidate, entity, metric, score: (entity + metric) / 2, agrees: agree(quantity, candidate.quantity) });
  }
  return out;
}

function best(list: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  let top: ScoredCandidate | undefined;
  for (const c of list) if (top === undefined || c.score > top.score) top = c;
  return top;
}

/** Decides the verdict for a draft mention (see the module header). */
export function align(quantity: Quantity, context: MentionContext, index: QuantityIndex): Alignment {
  const scored = scoreCandidates(quantity, context, index);
  const top = best(scored);
  const supporting = best(scored.filter((c) => c.agrees && c.entity >= 0.5 && c.metric >= SUPPORT_M));
  if (top === undefined) return { verdict: 'unsourced', confidence: 1 };
  if (supporting !== undefined && supporting.score >= top.score - MARGIN) return { verdict: 'supported', match: supporting, confidence: supporting.score };
  // A year mostly dates the sentence rather than measuring something, so a wrong year needs both gates.
  const contextMatches =
    quantity.unitClass === 'year'
      ? top.entity >= CONTRADICT_E && top.metric >= CONTRADICT_M_UNNAMED
      : (top.entity >= CONTRADICT_E && top.metric >= CONTRADICT_M) || (top.entity >= 0.4 && top.metric >= CONTRADICT_M_UNNAMED);
  if (!top.agrees && contextMatches) return { verdict: 'contradicted', match: top, confidence: top.score };
  if (supporting !== undefined) return { verdict: 'supported', match: supporting, confidence: supporting.score };
  return { verdict: 'unsourced', confidence: 1 - top.score };
}
