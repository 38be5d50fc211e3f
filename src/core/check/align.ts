/**
 * Alignment by evidence: which source quantity speaks about the same thing
 * as a draft mention, and the verdict that follows. The evidence is gathered
 * once (evidence.ts, from the per-candidate features of scoring.ts) and the
 * verdict comes from an ordered table of named rules (rules.ts), supported
 * first; every threshold lives in {@link CheckerParams}.
 */
import type { Quantity } from '../model';
import type { MentionContext } from './context';
import { gatherEvidence } from './evidence';
import { type CheckerParams, DEFAULT_PARAMS } from './params';
import type { QuantityIndex } from './quantityIndex';
import { decide, type Verdict } from './rules';
import type { CandidateEvidence } from './scoring';

export type { Verdict } from './rules';

/** A verdict with the source quantity behind it. */
export interface Alignment {
  readonly verdict: Verdict;
  /** The source quantity that backs or contradicts the mention. */
  readonly match?: CandidateEvidence;
  /** 0..1: how sure the checker is of the verdict (for unsourced, how little matched). */
  readonly confidence: number;
  /** The id of the rule that decided (rules.ts). */
  readonly rule: string;
  /** What tied the mention to its match, in a few words ("same entity and period, 3 shared words"). */
  readonly why?: string;
  /** The source files with a candidate that states the mention's value (see paragraphSources.ts). */
  readonly statedIn: readonly string[];
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** The evidence that ties a mention to its match, in a few words. */
export function describeMatch(match: CandidateEvidence, params: CheckerParams = DEFAULT_PARAMS): string {
  const same = [match.entity >= params.namedEntity ? 'entity' : '', match.period > 0 ? 'period' : ''].filter((s) => s !== '');
  const worked = match.candidate.worked;
  const parts = [
    worked !== undefined ? `worked out from ${worked.from.text} to ${worked.to.text}` : '',
    same.length > 0 ? `same ${same.join(' and ')}` : '',
    match.anchored ? 'a shared figure' : '',
    match.shared > 0 ? `${match.shared} shared word${match.shared === 1 ? '' : 's'}` : '',
  ].filter((s) => s !== '');
  return parts.length > 0 ? parts.join(', ') : 'closest source figure';
}

/** Decides the verdict for a draft mention (see the module header). */
export function align(quantity: Quantity, context: MentionContext, index: QuantityIndex, params: CheckerParams = DEFAULT_PARAMS): Alignment {
  const evidence = gatherEvidence(quantity, context, index, params);
  const { verdict, match, rule } = decide(evidence, params);
  const why = match !== undefined ? describeMatch(match, params) : undefined;
  const statedIn = [...new Set(evidence.candidates.filter((c) => c.agrees).map((c) => c.candidate.fact.file))];
  const base = { verdict, rule, statedIn, ...(match !== undefined ? { match } : {}), ...(why !== undefined ? { why } : {}) };
  if (verdict === 'contradicted' && match !== undefined) return { ...base, confidence: clamp01(match.score) * clamp01(0.5 + evidence.margin) };
  if (verdict === 'supported' && match !== undefined) return { ...base, confidence: clamp01(match.score) };
  return { ...base, confidence: evidence.top === undefined ? 1 : clamp01(1 - evidence.top.score) };
}
