/**
 * Every threshold and weight of the checker's decision, in one object. The
 * values in use come from `fittedParams.json`, which `npm run fit` writes after
 * fitting them on the development data (test/eval/fit.ts); nothing here is
 * tuned by hand. A caller may pass other values to {@link checkDraft} (the fit
 * script does, to try them).
 */
import fitted from './fittedParams.json';

/** The checker's thresholds and weights (see align.ts for the features they apply to). */
export interface CheckerParams {
  /** Score weights: S = entity·E + metric·M + period·P + slot·slot + anchor·anchored − implausible·(1 − plausibility). */
  readonly weightEntity: number;
  readonly weightMetric: number;
  readonly weightPeriod: number;
  readonly weightSlot: number;
  readonly weightAnchor: number;
  readonly weightImplausible: number;
  /** E when the source only refers to the draft's entity by a common noun, as a share of the draft weight. */
  readonly commonNounEntity: number;
  /** E when the draft names no entity the sources know. */
  readonly unnamedEntity: number;
  /** E when either side's subject is only a guess (the topic, or inherited from an earlier sentence). */
  readonly guessedEntity: number;
  /** Least E at which an entity counts as named on both sides (a point of evidence; a weaker metric then suffices). */
  readonly namedEntity: number;
  /** Least E for a candidate to support or contradict. */
  readonly minEntity: number;
  /** Least M for an agreeing candidate to support (the same period also does). */
  readonly supportMetric: number;
  /** Least M for a candidate stating the very value to support the mention whatever else the source says. */
  readonly statesValueMetric: number;
  /** The same, for a distinctive value ("$480") about an entity both sides name. */
  readonly statesValueNamedMetric: number;
  /** A candidate stating the value is about something else when a rival's E exceeds its own by this much. */
  readonly statesValueEntityGap: number;
  /** Least S for a contradiction. */
  readonly contradictScore: number;
  /** Least M for a contradiction; for a year; when the entity is named on both sides. */
  readonly contradictMetric: number;
  readonly contradictMetricYear: number;
  /** Least M for the rival of a year no source names (rule unnamed-year). */
  readonly unnamedYearMetric: number;
  readonly contradictMetricNamed: number;
  /** How far an agreeing candidate may trail and still support; how far a rival must lead every agreeing one. */
  readonly margin: number;
  /** An agreeing candidate with this M makes the mention ambiguous, never wrong. */
  readonly ambiguousMetric: number;
  /** An agreeing number of the rival's own sentence excuses the mention unless the rival's E leads by this much. */
  readonly sideBySideEntityGap: number;
  /** An agreeing candidate with an ambiguous metric excuses the mention when its E trails the rival's by less, or its M leads by as much. */
  readonly ambiguousGap: number;
  /** Two numbers of one source sentence are told apart when the rival's words match by this much more. */
  readonly sideBySideMetric: number;
  /** How much closer a word must sit to one number than to the other to tell them apart. */
  readonly closer: number;
  /** A lead over every other possible rival this large is decisive. */
  readonly decisive: number;
  /** Below both E and M, only a distinctive shared number anchors two sentences. */
  readonly anchorEntity: number;
  readonly anchorMetric: number;
  /** A candidate stated in nearly the same words (E and M at least these) may be contradicted even by a far-off value. */
  readonly verbatimEntity: number;
  readonly verbatimMetric: number;
  /** Evidence points (shared words, named entity, decisive lead, shared number, same period) a contradiction needs. */
  readonly minPoints: number;
}

/** The fitted parameters in use. */
export const DEFAULT_PARAMS: CheckerParams = fitted;
