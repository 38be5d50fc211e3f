/**
 * Alignment by evidence: which source quantity speaks about the same thing
 * as a draft mention, and the verdict that follows.
 *
 * Every comparable candidate (same bucket and role, agreement.ts) is scored
 * on the features context.ts computes:
 * - E, entity agreement: the best shared subject word, min(draft weight,
 *   source weight); 0.6 × the draft weight when the source only refers to
 *   the entity by a common noun ("the authority"); 0.5 when the draft names
 *   no entity the sources know; 0.4 when either side's subject is only a
 *   guess (the document's topic, or inherited from an earlier sentence);
 *   0 when both sentences name different entities before the mention.
 *   Draft names the sources never use ("I", a capitalised common word) do
 *   not count.
 * - M, metric agreement: Σ min(draft closeness, source closeness) · idf over
 *   the draft's context words, divided by Σ draft closeness · idf. Words no
 *   source uses carry no evidence and are left out of both sums.
 * - P, period: +1 when both sides state the same period, −1 when they
 *   conflict, 0 when either is unknown (years are periods themselves).
 * - slot: same rank among the sentence's quantities of the unit class
 *   ("from $2.75 to $2.90").
 * - anchor: the draft sentence and the candidate's sentence share another
 *   number (a distinctive one, or any when E or M already agree): both
 *   report the same event. A candidate another number of the draft sentence
 *   agrees with is "taken" (spoken for) and is no rival.
 * S = 0.45·E + 0.45·M + 0.15·P + 0.05·slot + 0.15·anchor ranks the candidates.
 * A percent change is also compared with source changes in percentage
 * points of the same amount (and vice versa), and an amount of money with
 * the same amount in another common currency: the wrong unit for one figure.
 *
 * Verdicts:
 * - supported: an agreeing candidate with some evidence (E ≥ MIN_E,
 *   M ≥ SUPPORT_M or the same period) scores within MARGIN of the best;
 * - contradicted: the best candidate disagrees, its evidence is strong
 *   (S ≥ CONTRADICT_S, E ≥ MIN_E, M ≥ CONTRADICT_M; a year needs
 *   CONTRADICT_M_YEAR, since it usually dates a sentence rather than
 *   measuring something; a year that only dates another number is checked
 *   when the sentences are anchored and date the same kind of number), it
 *   beats every agreeing candidate by MARGIN, and for a rank the draft names
 *   no criterion ("for wages") the source sentence lacks. Its value must be
 *   a plausible mis-writing of the draft's (valuePlausibility), unless the
 *   sentences are anchored and state the same period, or the candidate is
 *   stated in nearly the same words. An agreeing candidate that may be what
 *   the writer meant excuses the mention (a good metric match, the same
 *   source sentence unless two or more draft words sit clearly closer to the
 *   rival, or the very value stated elsewhere about the same entity); a
 *   bare standing ("ranks third") only ever disagrees with a superlative;
 * - unsourced: nothing else. Unsourced is never a contradiction.
 * Confidence grows with the best candidate's score and its margin.
 */
import type { Quantity } from '../model';
import { agree, bucketKey, comparable, distinctive, periodRelation } from './agreement';
import type { MentionContext } from './context';
import type { IndexedQuantity, QuantityIndex } from './quantityIndex';

/** The verdict on one draft mention. */
export type Verdict = 'supported' | 'contradicted' | 'unsourced';

/** A scored candidate. */
export interface ScoredCandidate {
  readonly candidate: IndexedQuantity;
  readonly entity: number;
  readonly metric: number;
  /** How many distinct context words the metric score rests on. */
  readonly shared: number;
  readonly period: number;
  /** 0..1: how plausible the candidate's value is as a mis-writing of the draft's (see {@link valuePlausibility}). */
  readonly plausible: number;
  readonly score: number;
  readonly agrees: boolean;
  /** True when another number of the draft sentence agrees with another number of the candidate's sentence: both report the same event. */
  readonly anchored: boolean;
  /** True when another number of the draft sentence agrees with the candidate itself: that number, not the mention, speaks for it. */
  readonly taken: boolean;
}

/** A verdict with the source quantity behind it. */
export interface Alignment {
  readonly verdict: Verdict;
  /** The source quantity that backs or contradicts the mention. */
  readonly match?: ScoredCandidate;
  /** 0..1: how sure the checker is of the verdict (for unsourced, how little matched). */
  readonly confidence: number;
}

const MIN_E = 0.3;
const SUPPORT_M = 0.1;
const CONTRADICT_S = 0.45;
const CONTRADICT_M = 0.25;
const CONTRADICT_M_YEAR = 0.5;
const CONTRADICT_M_NAMED = 0.15;
const MARGIN = 0.1;
/** The feature standing for the counted noun of a count. */
const NOUN = '\u0001noun';
const AMBIGUOUS_M = 0.5;
/** Two numbers of one source sentence are told apart by their words when the rival's match the draft by this much more, on two words or more ("wind farms 5,940 GWh and solar plants 3,930 GWh"). */
const SIDE_BY_SIDE_M = 0.4;
/** The entity score of a draft that names no entity the sources know. */
const UNNAMED_E = 0.5;
const DECISIVE = 0.25;
/** Score bonus for a candidate whose sentence shares another number with the draft's. */
const ANCHOR = 0.15;
/** Below both, only a distinctive shared number anchors. */
const ANCHOR_E = 0.6;
const ANCHOR_M = 0.25;
/** A candidate stated in nearly the same words may be contradicted even by a far-off value. */
const VERBATIM_E = 0.8;
const VERBATIM_M = 0.75;

/** True when the sources use `word` (or a word it begins). */
function known(word: string, index: QuantityIndex): boolean {
  return index.idf(word) < index.idf('\u0000');
}

/** True when a sentence's own feature words (not the ones added for finding facts) hold `word`. */
function hasWord(context: MentionContext, word: string): boolean {
  return context.words.has(word) && !context.lookupOnly.has(word);
}

/** Entity score E (see the module header). */
export function entityScore(draft: MentionContext, source: MentionContext, index: QuantityIndex): number {
  let top = 0;
  let matched = 0;
  for (const [word, wd] of draft.subject) {
    if (!known(word, index)) continue;
    top = Math.max(top, wd);
    const ws = source.subject.get(word);
    matched = Math.max(matched, ws !== undefined ? Math.min(wd, ws) : hasWord(source, word) ? 0.6 * wd : 0);
  }
  if (top === 0) return 0.5;
  // A guessed subject agrees at most as much as it weighs.
  if (matched > 0) return draft.guessed ? matched : matched / top;
  // A subject inherited from an earlier sentence is only a guess at what "it" or "the total" refers to.
  return draft.named && source.named ? 0 : 0.4;
}

/** The metric score M and how many distinct words it rests on. */
export interface MetricMatch {
  readonly score: number;
  readonly shared: number;
}

/**
 * The draft's context words for the metric: its words, plus names the
 * sources only use as common words ("Ridership rose…"), plus the counted
 * noun (both sides share it, since they share a bucket).
 */
function draftWords(quantity: Quantity, draft: MentionContext, index: QuantityIndex): Map<string, number> {
  const words = new Map([...draft.words].filter(([word]) => !draft.lookupOnly.has(word)));
  for (const [word, weight] of draft.subject) {
    if (!known(word, index) && (words.get(word) ?? 0) < weight) words.set(word, weight);
  }
  if (quantity.unitClass === 'count' && quantity.unit !== '') words.set(NOUN, 1);
  return words;
}

/** Metric score M (see the module header). */
export function metricScore(draft: ReadonlyMap<string, number>, source: MentionContext, index: QuantityIndex): MetricMatch {
  const unseen = index.idf('\u0000');
  let total = 0;
  let shared = 0;
  let count = 0;
  for (const [word, wd] of draft) {
    const idf = word === NOUN ? 1 : index.idf(word);
    if (idf >= unseen) continue;
    total += wd * idf;
    const ws = word === NOUN ? 1 : ((hasWord(source, word) ? source.words.get(word) : undefined) ?? (source.entities.has(word) ? 0.5 : 0));
    if (ws > 0) count++;
    shared += Math.min(wd, ws) * idf;
  }
  return { score: total === 0 ? 0 : shared / total, shared: count };
}

/** True when none of the draft's context words is used by the sources: the metric cannot be judged ("Kunshan's growth was modest at 1.5 percent"). */
function metricBlind(quantity: Quantity, context: MentionContext, index: QuantityIndex): boolean {
  const unseen = index.idf('\u0000');
  for (const word of draftWords(quantity, context, index).keys()) if (word === NOUN || index.idf(word) < unseen) return false;
  return true;
}

/**
 * How plausible it is that two different values are one number written
 * wrongly: values within a factor of 3, or off by a power of ten (a scale
 * or decimal error), are, and so are the same digits reordered or one digit
 * changed (a slip of the pen); values far apart in any other way are more
 * likely two different things. Years are plausible within 15 years of each other.
 */
export function valuePlausibility(draft: Quantity, source: Quantity): number {
  if (digitSlip(digitsOf(draft.text), digitsOf(source.text))) return 1;
  if (draft.unitClass === 'year') return Math.abs(draft.value - source.value) <= 15 ? 1 : 0;
  const a = Math.abs(draft.value);
  const b = Math.abs(source.value);
  if (a === 0 || b === 0) return 0.5;
  const ratio = Math.log10(Math.max(a, b) / Math.min(a, b));
  if (ratio <= Math.log10(3)) return 1;
  return Math.abs(ratio - Math.round(ratio)) <= 0.05 ? 0.8 : 0;
}

function digitsOf(text: string): string {
  return text.replace(/\D/gu, '');
}

/** True when two digit strings are a slip of the pen apart: the same digits reordered, or one digit changed. */
function digitSlip(a: string, b: string): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  if ([...a].sort().join('') === [...b].sort().join('')) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}

/** True when two quantities state the same value within their precision, hedges aside ("about three-fifths" and "approximately three-fifths"; not "about 2,300" and "about 2,100"). */
function sameValue(a: Quantity, b: Quantity): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.precision, b.precision);
}

/** True when `a` and `b` can be compared, agree, and (when `periods`) are not stated for different periods. */
function matches(a: Quantity, b: Quantity, periods = true): boolean {
  return comparable(a, b) && agree(a, b) && (!periods || periodRelation(a.period, b.period) >= 0);
}

/**
 * True when the draft sentence and the candidate's sentence share a number
 * besides the mention and the candidate (years left out: many sentences
 * share a year): the two sentences report the same event.
 */
export function anchoredTo(draft: MentionContext, candidate: IndexedQuantity, distinctiveOnly: boolean): boolean {
  const others = candidate.context.siblings.filter((q) => q.unitClass !== 'year');
  // When a year is checked, the periods the two years lend their sentences may differ.
  const periods = candidate.quantity.unitClass !== 'year';
  return draft.siblings.some((d) => d.unitClass !== 'year' && (!distinctiveOnly || distinctive(d)) && others.some((s) => matches(d, s, periods)));
}

/** For a change in percent or percentage points: the same change in the other unit. */
function otherChangeUnit(q: Quantity): Quantity | undefined {
  if (q.role !== 'change') return undefined;
  if (q.unitClass === 'percent') return { ...q, unitClass: 'percentagePoints', unit: 'pp' };
  if (q.unitClass === 'percentagePoints') return { ...q, unitClass: 'percent', unit: '%' };
  return undefined;
}

/** Currencies a figure is often written in by mistake for another. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'HKD'];

/** For an amount of money: the same amount in each other common currency. */
function otherCurrencies(q: Quantity): Quantity[] {
  if (q.unitClass !== 'currency') return [];
  return CURRENCIES.filter((code) => code !== q.unit).map((unit) => ({ ...q, unit }));
}

/** Scores every comparable candidate of a draft mention (and, for a percent change, the same change in percentage points). */
export function scoreCandidates(quantity: Quantity, context: MentionContext, index: QuantityIndex): ScoredCandidate[] {
  const out: ScoredCandidate[] = [];
  const words = draftWords(quantity, context, index);
  const other = otherChangeUnit(quantity);
  // A change in percent and one in percentage points by the same amount are one figure in the wrong unit ("up 3 percent" for "up 3 points").
  const mixed = [
    ...(other === undefined ? [] : index.candidates(other, context).filter((c) => c.quantity.role === 'change' && agree(other, c.quantity))),
    // The same figure in another currency the sources give it in, with no conversion to the draft's: the wrong currency.
    ...otherCurrencies(quantity).flatMap((v) => index.candidates(v, context).filter((c) => c.quantity.role === quantity.role && agree(v, c.quantity))),
  ];
  for (const candidate of [...index.candidates(quantity, context), ...mixed]) {
    if (!comparable(quantity, candidate.quantity) && !mixed.includes(candidate)) continue;
    // A bare standing ("ranks third") and a superlative ("third-busiest") may be two rankings: they meet only to disagree.
    if (bucketKey(quantity) !== bucketKey(candidate.quantity) && quantity.unitClass === 'rank' && agree(quantity, candidate.quantity)) continue;
    const entity = entityScore(context, candidate.context, index);
    const metric = metricScore(words, candidate.context, index);
    const period = quantity.unitClass === 'year' ? 0 : periodRelation(quantity.period, candidate.quantity.period);
    const slot = context.slot === candidate.context.slot ? 1 : 0;
    const agrees = !mixed.includes(candidate) && agree(quantity, candidate.quantity);
    const plausible = agrees ? 1 : valuePlausibility(quantity, candidate.quantity);
    // A shared number anchors the two sentences when it is distinctive or the words agree as well.
    const anchored = anchoredTo(context, candidate, entity < ANCHOR_E && metric.score < ANCHOR_M);
    const taken = context.siblings.some((d) => matches(d, candidate.quantity));
    const score = 0.45 * entity + 0.45 * metric.score + 0.15 * period + 0.05 * slot + ANCHOR * (anchored ? 1 : 0) - 0.2 * (1 - plausible);
    out.push({ candidate, entity, metric: metric.score, shared: metric.shared, period, plausible, score, agrees, anchored, taken });
  }
  return out;
}

function best(list: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  let top: ScoredCandidate | undefined;
  for (const c of list) if (top === undefined || c.score > top.score) top = c;
  return top;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/**
 * True when a year only dates another number (on either side) and cannot be
 * checked on its own. It can when both sentences report the same event
 * (they share another number) and, if both years date something, they date
 * the same kind of number: "bought for $470 million in 2022" against "bought
 * … for $740 million in 2023".
 */
function datingOnly(context: MentionContext, rival: ScoredCandidate): boolean {
  const source = rival.candidate.context;
  if (!context.dates && !source.dates) return false;
  if (!rival.anchored) return true;
  return context.dates && source.dates && !context.datedKinds.some((k) => source.datedKinds.includes(k));
}

/** True when the draft names a criterion for its rank ("for wages") that the candidate's sentence does not mention. */
function otherCriterion(draft: MentionContext, source: MentionContext): boolean {
  return draft.criterion.some((word) => !hasWord(source, word) && !source.entities.has(word));
}

/** How much closer a word must sit to one number than to the other to tell them apart. */
const CLOSER = 0.25;

/**
 * How many of the draft's words sit clearly closer to number `a` than to
 * number `b` of the same source sentence: "wind farms produced" is closer to
 * 5,940 than to 3,930 in "Wind farms produced 5,940 GWh and solar plants 3,930 GWh".
 */
function closerWords(draft: ReadonlyMap<string, number>, a: MentionContext, b: MentionContext): number {
  let n = 0;
  for (const word of draft.keys()) if ((hasWord(a, word) ? (a.words.get(word) ?? 0) : 0) - (hasWord(b, word) ? (b.words.get(word) ?? 0) : 0) >= CLOSER) n++;
  return n;
}

/** Decides the verdict for a draft mention (see the module header). */
export function align(quantity: Quantity, context: MentionContext, index: QuantityIndex): Alignment {
  const scored = scoreCandidates(quantity, context, index);
  const top = best(scored);
  if (top === undefined) return { verdict: 'unsourced', confidence: 1 };
  // An agreeing candidate stated for another period backs nothing when a candidate for the mention's own period disagrees.
  const samePeriodRival = scored.some((c) => !c.agrees && c.period > 0 && !c.taken);
  const agreeing = best(scored.filter((c) => c.agrees && !(samePeriodRival && c.period < 0)));
  const supporting = best(scored.filter((c) => c.agrees && !(samePeriodRival && c.period < 0) && c.entity >= MIN_E && (c.metric >= SUPPORT_M || c.period > 0)));
  if (supporting !== undefined && supporting.score >= top.score - MARGIN) return { verdict: 'supported', match: supporting, confidence: clamp01(supporting.score) };
  // A candidate stated for another period is another quantity: it may not back a contradiction.
  // A candidate another number of the draft sentence agrees with is spoken for.
  // A quarter, half or month is specific: when a candidate states the mention's own, candidates stating none are no rivals.
  const part = quantity.period !== undefined && (quantity.period.half !== undefined || quantity.period.quarter !== undefined || quantity.period.month !== undefined);
  // A source sentence that states no period often inherits its article's ("Kunshan reported …" after
  // "In the first half of 2025, Jiading …"), so one that leads decisively on entity and metric stays a rival.
  const periodBest = part ? best(scored.filter((c) => c.period > 0 && !c.taken)) : undefined;
  const inheritsPeriod = (c: ScoredCandidate): boolean => periodBest !== undefined && c.period === 0 && c.score >= periodBest.score + DECISIVE;
  // A candidate sharing no metric word with a draft that has some is about something else, however well the entity matches.
  const blindDraft = metricBlind(quantity, context, index);
  const viable = scored.filter((c) => !c.taken && (c.metric > 0 || c.anchored || blindDraft) && (periodBest === undefined ? c.period >= 0 : c.period > 0 || inheritsPeriod(c)));
  const rival = best(viable);
  if (rival === undefined) return supporting !== undefined ? { verdict: 'supported', match: supporting, confidence: clamp01(supporting.score) } : { verdict: 'unsourced', confidence: clamp01(1 - top.score) };
  const margin = rival.score - (agreeing?.score ?? 0);
  // An agreeing candidate that matches the metric well and the entity about as well makes the mention ambiguous, never wrong.
  // So does one from the same source sentence, unless the entity or the words tell them apart: numbers side by side are easily paired the wrong way.
  const sideBySide = agreeing !== undefined && agreeing.candidate.fact === rival.candidate.fact;
  const toldApart = sideBySide && agreeing.metric <= rival.metric - SIDE_BY_SIDE_M && closerWords(draftWords(quantity, context, index), rival.candidate.context, agreeing.candidate.context) >= 2;
  const plausiblyRight =
    agreeing !== undefined &&
    !toldApart &&
    ((sideBySide && agreeing.entity > rival.entity - 0.4) ||
      (agreeing.metric >= AMBIGUOUS_M && (agreeing.entity >= rival.entity - 0.2 || agreeing.metric >= rival.metric + 0.2)) ||
      // A shared number ties the rival's sentence to the draft sentence, not to this mention: when another source
      // sentence states the mention's very value about the same entity and shares words with it, the writer may have used that one.
      (rival.anchored && agreeing.entity >= rival.entity && agreeing.shared >= 2 && (agreeing.entity > UNNAMED_E || sameValue(quantity, agreeing.candidate.quantity))));
  // Evidence points: each shared context word, the counted noun, a clearly shared entity, a decisive lead over every other candidate; two are needed.
  // Only candidates that could be rivals themselves compete for the lead: not one another number of the draft sentence speaks for, nor one about something else.
  const runnerUp = best(viable.filter((c) => c !== rival));
  const decisive = rival.score - (runnerUp?.score ?? 0) >= DECISIVE;
  const points = rival.shared + (rival.entity >= 0.8 ? 1 : 0) + (decisive ? 1 : 0) + (rival.anchored ? 2 : 0) + (rival.period > 0 ? 1 : 0);
  // The same entity named on both sides, or a shared number, lets a weaker metric match count.
  // A draft that says nothing the sources know about the metric leaves the named entity and a decisive lead to decide.
  const blind = rival.entity >= 0.8 && decisive && blindDraft;
  const minMetric = quantity.unitClass === 'year' ? CONTRADICT_M_YEAR : rival.anchored || blind ? 0 : rival.entity >= 0.8 ? CONTRADICT_M_NAMED : CONTRADICT_M;
  const dating = datingOnly(context, rival);
  // A rank holds only by its criterion ("seventh in the league for wages"): a close draft word the source lacks may name another one.
  const criterion = quantity.unitClass === 'rank' && otherCriterion(context, rival.candidate.context);
  if (!rival.agrees && !plausiblyRight && !dating && !criterion && points >= 2 && (rival.plausible > 0 || (rival.anchored && rival.period > 0) || (rival.entity >= VERBATIM_E && rival.metric >= VERBATIM_M)) && rival.score >= CONTRADICT_S && rival.entity >= MIN_E && rival.metric >= minMetric && margin >= MARGIN) {
    return { verdict: 'contradicted', match: rival, confidence: clamp01(rival.score) * clamp01(0.5 + margin) };
  }
  if (supporting !== undefined) return { verdict: 'supported', match: supporting, confidence: clamp01(supporting.score) };
  return { verdict: 'unsourced', confidence: clamp01(1 - top.score) };
}
