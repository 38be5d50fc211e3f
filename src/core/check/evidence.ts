/**
 * Gathers what the rules (rules.ts) decide on: every candidate's evidence
 * (scoring.ts) and the few facts about them that the verdict turns on: the
 * best candidate, the best agreeing and supporting ones, the rival a
 * contradiction would name, and how the rival stands against the others.
 */
import type { Quantity } from '../model';
import { yearPart } from '../quantity/periods';
import { writtenUnitFactor } from '../quantity/units';
import { distinctive, markedAsRounded, openSide, roundsOff, significantDigits } from './agreement';
import { bracketedEarlierYear, perTime, samePer } from './amountKind';
import type { MentionContext } from './context';
import { combinedWithDraft, derivable, gapOfRestatedComparison, ratioInDraft, restOfRestatedWhole, totalOfRestatedBreakdown, workedOutInDraft } from './derived';
import type { CheckerParams } from './params';
import { featureWord } from './words';
import { type IndexedQuantity, type QuantityIndex, sameNumberOutsideBucket } from './quantityIndex';
import { anchorsTo, type CandidateEvidence, closerWords, draftWords, hasWord, known, matches, metricBlind, otherCriterion, metricScore, penSlipOf, roundedSlipOf, sameValue, scoreCandidates, transposedDigits } from './scoring';

/** Everything the rules know about one draft mention. */
export interface MentionEvidence {
  readonly quantity: Quantity;
  readonly candidates: readonly CandidateEvidence[];
  /** The best-scoring candidate, agreeing or not. */
  readonly top?: CandidateEvidence;
  /** The best agreeing candidate (one stated for another period does not count when the mention's own period disagrees). */
  readonly agreeing?: CandidateEvidence;
  /** The best agreeing candidate with some evidence: a known entity and a metric word or the same period. */
  readonly supporting?: CandidateEvidence;
  /** The best candidate that states the mention's very value (any role) about the same thing: entity and metric words agree, or the word before the number is the same. */
  readonly statesValue?: CandidateEvidence;
  /** The best candidate that states the mention's value about the same thing for another period, when none states it for the mention's own. */
  readonly otherPeriod?: CandidateEvidence;
  /** The best candidate that could be contradicted: not spoken for, about the metric, and of the mention's period. */
  readonly rival?: CandidateEvidence;
  /** How far the rival leads the best agreeing candidate that shares a word, a number or the period with the mention. */
  readonly margin: number;
  /** True when an agreeing candidate may be what the writer meant, so the mention is ambiguous, never wrong. */
  readonly plausiblyRight: boolean;
  /** Points of evidence for the rival: shared words, a named entity, a decisive lead, a shared number (2), the same period. */
  readonly points: number;
  /** Least metric score the rival needs. */
  readonly minMetric: number;
  /** True when the mention or the rival is a year that only dates another number. */
  readonly datingOnly: boolean;
  /**
   * True when the mention is a year and the rival the year of its sentence's bracketed earlier value ("148,320 (136,910
   * in 2024-25)"): a later year may be the period of the comparison's other end, which the source leaves unsaid.
   */
  readonly comparedYear: boolean;
  /** True when the mention is a year that no source names anywhere. */
  readonly unnamedYear: boolean;
  /**
   * For a year stated with a quarter or half no source names ("Q2 2020"): the best candidate about the same thing
   * that states the same year with another part of the same length ("the third quarter of 2020").
   */
  readonly otherPart?: CandidateEvidence;
  /**
   * For a year that dates a day of the draft sentence ("vote on 24 February 2026"): the year of a source sentence that
   * gives the same day with another year ("on 24 February 2027"), when no source gives the day with the mention's year.
   */
  readonly otherDateYear?: CandidateEvidence;
  /** True when the writer tells their own experience (a first-person sentence outside quotations): no source is about it. */
  readonly writerOwn: boolean;
  /** True when the mention's sentence asks a question: it claims nothing. */
  readonly question: boolean;
  /** True when the draft names a criterion for its rank that the rival's sentence lacks. */
  readonly otherCriterion: boolean;
  /** True when the mention and the rival are different kinds of amount: a forecast against a result, or per share against a total. */
  readonly otherKind: boolean;
  /** True when the mention is a figure worked out from the rival's sentence (derived.ts): a change in percent, a rounded gap. */
  readonly derived: boolean;
  /**
   * True when the draft's sentence names its subject, and the rival's source names it nowhere while another source
   * does: the rival is about something else ("arrears are 3.4% in Harwick" against a credit union's "arrears are 8.1%").
   * So is a rival whose source names only the common words of the subject ("the Harlingmoor League" against a source
   * about the Kirtle Valley League) where another source names all of it, and that ties the rival to the draft by no
   * shared figure and no better entity match.
   */
  readonly otherDocument: boolean;
  /**
   * True when the draft's sentence opens on a place no source names or uses the word of, as the scope of all it says,
   * and the rival's sentence shares no figure with it: the sources say nothing about that place ("Across England and
   * Wales as a whole, the Crown Court backlog is now above 70,000 cases", against one court centre's backlog); or on a
   * wider world ("Nationally, around one cremation in four …") than the rival's sentence, which names none.
   */
  readonly foreignScope: boolean;
  /**
   * True when the rival is one item of a source breakdown ("6.2% in the public sector and 4.8% in the private sector") and
   * the draft's sentence names none of its items: the draft may speak of the whole.
   */
  readonly unnamedItem: boolean;
  /**
   * True when the rival and an agreeing candidate share a source sentence (or table row), the rival about the entity the
   * draft names and the agreeing one clearly about another: the draft gives the other entity's figure ("Ireland
   * accounts for 41" where the row gives the UK 41 and Ireland 6).
   */
  readonly otherEntitysFigure: boolean;
  /**
   * True when the mention is an exact count of two significant digits or more, and a source sentence tied to the draft's
   * states its very number counting another thing or nothing said ("58 diffusion-tube sites" for "58 tubes", a table
   * row's "28" for "28 concerts"): the writer took the figure from there, naming it in words of their own. Tied means
   * the rival's own sentence where the count's own words name the draft's noun too, or the draft's words for its item
   * name the count's noun ("74 of them qualified lifeguards" for "74 qualified lifeguards"), or another sentence sharing a number
   * or two words with the draft's. (In the rival's sentence, a count of another noun is another figure the writer may
   * have paired wrongly: "27 consultants in post" against "23 consultants … against an establishment of 27".) A number
   * of another kind, or a comparison's earlier value given as a current one ("19 have one now" against "up from 19 a year
   * earlier"), is no such figure.
   */
  readonly statedOfOtherNoun: boolean;
  /**
   * The item of a source list whose words the draft gives the mention, where the list states the mention's value for
   * another item ("Drones accounted for 22%" against "watercraft 22% and drones 9%"), when no agreeing candidate carries
   * the draft's words (itemLabels.ts).
   */
  readonly otherItem?: CandidateEvidence;
  /** A candidate about the same thing whose digits the mention gives in another order or at another scale, when none agrees with it. */
  readonly penSlip?: CandidateEvidence;
  /**
   * The later value of a source comparison whose earlier value the mention states as its own ("9.9 nights" where the
   * source says "9.4 nights, down from 9.9 nights a year earlier"), when the draft marks it as no earlier value.
   */
  readonly laterValue?: CandidateEvidence;
  /**
   * The earlier value of a source comparison whose later value the mention gives as its own comparison's earlier one,
   * while the draft's later value is that earlier one: the two are swapped ("fell from 2.8% to 3.1%" where the source
   * says "fell to 2.8% from 3.1%").
   */
  readonly swappedEarlier?: CandidateEvidence;
  /**
   * A source change of the very level the draft's change measures, stating another value, when every candidate that
   * states the mention's value measures another level: the draft gives another item's change ("41.63 million tonnes,
   * up 8.9%" where the source's 8.9% is the containers' rise to 1,284,000 TEU, and the tonnes rose 5.2%).
   */
  readonly otherLevelsChange?: CandidateEvidence;
  /** A candidate stating the mention's very value about the same thing, per another thing ("a week" for "a month"), when no candidate states it per the mention's own. */
  readonly otherRate?: CandidateEvidence;
}

function best(list: readonly CandidateEvidence[]): CandidateEvidence | undefined {
  let top: CandidateEvidence | undefined;
  for (const c of list) if (top === undefined || c.score > top.score) top = c;
  return top;
}

/**
 * True when a year only dates another number (on either side) and cannot be
 * checked on its own. It can when both sentences report the same event
 * (they share another number) and, if both years date something, they date
 * the same kind of number: "bought for $470 million in 2022" against "bought
 * … for $740 million in 2023".
 */
function datesOnly(context: MentionContext, rival: CandidateEvidence): boolean {
  const source = rival.candidate.context;
  if (!context.dates && !source.dates) return false;
  if (!rival.anchored) return true;
  return context.dates && source.dates && !context.datedKinds.some((k) => source.datedKinds.includes(k));
}

/**
 * True when a candidate states the mention's value in its unit: it agrees, or the two differ only in role
 * (a change read as a level: "EPS escalated by 20.9%" against "EPS grew 20.9%"), never in direction.
 */
function statesSameValue(c: CandidateEvidence): boolean {
  return !c.otherUnit && (c.agrees || c.otherRole);
}

/**
 * True when a source amount is of another kind than the draft's (see {@link MentionContext.kind}): the draft
 * gives a forecast and the source a result, they are per different things, one is a price after a discount
 * and the other is not, or the source gives a limit or standard ("The annual mean objective is 40") and the draft a
 * measure held to it ("was 46.2 micrograms"), or one day closes a reporting period ("the year to 30 September") and
 * the other is an event's ("carols on Saturday 19 December"). An amount whose "per" is unsaid may be either. A draft
 * that states as a result what the source only forecasts is not excused: that is the mistake of giving guidance as the
 * actual figure.
 */
function kindsDiffer(draft: MentionContext, source: MentionContext): boolean {
  return (
    (draft.kind.outlook && !source.kind.outlook) ||
    perDiffers(draft, source) ||
    (source.kind.discounted && !draft.kind.discounted) ||
    (source.kind.standard && !draft.kind.standard) ||
    draft.kind.periodEnd !== source.kind.periodEnd
  );
}

/**
 * True when the mention and the rival are measures written in different units of one kind, with different numbers, and
 * the rival's sentence uses the mention's unit nowhere ("a 37.5-hour week" and "It will open four days a week"): a writer
 * who slips keeps the unit or the number, so the rival measures something else. "14 weeks" for "14 months" keeps the
 * number, and "eight years" against "Three-year term … 36 months" meets a sentence that speaks in years.
 */
function otherWrittenUnit(draft: Quantity, rival: CandidateEvidence): boolean {
  const source = rival.candidate.quantity;
  const a = writtenUnitFactor(draft);
  const b = writtenUnitFactor(source);
  if (a === undefined || b === undefined || a === b || Math.abs(draft.value / a - source.value / b) < 1e-9) return false;
  return !rival.candidate.context.siblings.some((s) => s.unitClass === draft.unitClass && writtenUnitFactor(s) === a);
}

/** True when both amounts say what they are per, and it differs ("£178 a month" and "£178 a week"). */
function perDiffers(draft: MentionContext, source: MentionContext): boolean {
  return draft.kind.per !== '' && source.kind.per !== '' && !samePer(draft.kind.per, source.kind.per);
}

/** Significant digits from which a transposition is too unlikely to be chance to need shared words. */
const LONG_FIGURE_DIGITS = 4;

/**
 * True when a figure of four significant digits or more gives a source figure's digits in another order, in the same unit
 * ("£198.6m" for £189.6m): a slip of the pen even where the draft's sentence shares no word with the source's ("It made
 * £198.6m on the same measure last year").
 */
function longTransposition(draft: Quantity, source: Quantity): boolean {
  return significantDigits(draft) >= LONG_FIGURE_DIGITS && draft.unit === source.unit && transposedDigits(draft, source);
}

/**
 * True when enough ties a slip of the pen to candidate `c`: as many words in common as a contradiction needs, a shared
 * figure or period, or a long figure's digits reordered. One word in common will do for an exact figure's digits
 * reordered ("94 goals" for 49); a figure's leading digits recur at one scale or another too often ("624" for a
 * vaccination count of 6,240), and a rounded figure ("about 834") is seldom a copied one's digits reordered.
 */
export function tiesASlip(quantity: Quantity, c: CandidateEvidence, params: CheckerParams): boolean {
  const source = c.candidate.quantity;
  return (
    c.metric >= params.contradictMetric ||
    (c.metric > 0 && quantity.hedge === 'exact' && transposedDigits(quantity, source)) ||
    c.anchored ||
    c.period > 0 ||
    longTransposition(quantity, source)
  );
}

/** Most characters between a day and the year written after it ("31 December 2028", "Monday 11 January, 2027"). */
const DAY_YEAR_GAP = 2;

/** True when `year` is written right after the day `day`, as its year. */
function datesDay(day: Quantity, year: Quantity): boolean {
  const gap = year.span.start - day.span.end;
  return gap >= 0 && gap <= DAY_YEAR_GAP;
}

/** See {@link MentionEvidence.otherDateYear}. */
function dateYearRival(quantity: Quantity, context: MentionContext, candidates: readonly CandidateEvidence[]): CandidateEvidence | undefined {
  if (quantity.unitClass !== 'year') return undefined;
  // The year dates a day written right before it ("31 December 2028"), not one its sentence names elsewhere ("by 31
  // December 2028, and 70% by the end of 2028").
  const days = context.siblings.filter((d) => d.unitClass === 'date' && d.period?.year === quantity.value && datesDay(d, quantity));
  if (days.length === 0) return undefined;
  // The candidate's sentence gives one of the draft's days with the candidate year.
  const givesDay = (c: CandidateEvidence): boolean =>
    c.candidate.context.siblings.some((s) => s.unitClass === 'date' && s.period?.year === c.candidate.quantity.value && days.some((d) => d.value === s.value));
  const years = candidates.filter((c) => c.candidate.quantity.unitClass === 'year' && givesDay(c));
  if (years.some((c) => c.agrees)) return undefined;
  return best(years.filter((c) => c.metric > 0 && !c.otherRole));
}

/** See {@link MentionEvidence.otherPart}. */
function unnamedPartRival(quantity: Quantity, candidates: readonly CandidateEvidence[], index: QuantityIndex, params: CheckerParams): CandidateEvidence | undefined {
  const part = yearPart(quantity.period);
  if (quantity.unitClass !== 'year' || part === undefined || quantity.period === undefined || index.namesPart(quantity.period)) return undefined;
  // Sources that name one part of the year only (an earnings call on its quarter) are about that part, whatever the words.
  const sole = index.solePart(quantity.period);
  return best(
    candidates.filter((c) => {
      const other = yearPart(c.candidate.quantity.period);
      return (
        c.candidate.quantity.unitClass === 'year' &&
        c.candidate.quantity.value === quantity.value &&
        other !== undefined &&
        other !== part &&
        other.charAt(0) === part.charAt(0) &&
        (other === sole || (c.entity >= params.minEntity && c.metric >= params.unnamedYearMetric))
      );
    }),
  );
}

/** A question that asks about what it names (not a yes-or-no one, which may propose a figure: "Should we meet at 6?"). */
const WH_QUESTION = /^\W*(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}:\s*)?(?:\p{L}+,\s+)?(?:when|why|how|what|where|who|which)\b/iu;

/** True when the candidate's source sentence asks about its figure rather than stating it ({@link WH_QUESTION}). */
function asksAbout(c: CandidateEvidence): boolean {
  return c.candidate.context.question && WH_QUESTION.test(c.candidate.fact.text);
}

/** True when score `a` exceeds `b` by `gap` or more, whatever the rounding of their sums (0.6 over 0.4 by 0.2). */
function leadsBy(a: number, b: number, gap: number): boolean {
  return a - b >= gap - 1e-9;
}

/** True when `agreeing` states a measure in the written unit of the draft's `quantity`, and `rival` in another. */
function ownUnitAgainstOther(quantity: Quantity, agreeing: CandidateEvidence, rival: CandidateEvidence): boolean {
  const unit = writtenUnitFactor(quantity);
  return unit !== undefined && writtenUnitFactor(agreeing.candidate.quantity) === unit && writtenUnitFactor(rival.candidate.quantity) !== unit;
}

/**
 * True when the candidate's sentence states a distinctive number that an earlier sentence of the draft's paragraph
 * states exactly: the draft goes on from that source sentence ("… 78 more than the 634 of the year before. Of those,
 * 131 are under 16" after "Registered players rose from 634 to 712, …, and 131 of them are under 16").
 */
function continuesEarlierSentence(draft: MentionContext, c: CandidateEvidence): boolean {
  return c.candidate.context.siblings.some((s) => s.unitClass !== 'year' && distinctive(s) && draft.earlier.some((d) => d.hedge === 'exact' && matches(d, s, false) && sameValue(d, s)));
}

/** How many of the values of the draft sentence's other numbers (not years) the candidate's sentence states, whatever their units ("38, up from 21" in both). */
function sharedValues(draft: MentionContext, c: CandidateEvidence): number {
  const theirs = new Set(c.candidate.context.siblings.filter((s) => s.unitClass !== 'year').map((s) => s.value));
  return new Set(draft.siblings.filter((d) => d.unitClass !== 'year' && theirs.has(d.value)).map((d) => d.value)).size;
}

/** True when two candidates come from one source file. */
function sameDocument(a: CandidateEvidence, b: CandidateEvidence): boolean {
  return a.candidate.fact.file === b.candidate.fact.file;
}

/**
 * See {@link MentionEvidence.laterValue}: the candidate `stated` backs the mention only as the earlier value of its
 * sentence's comparison, no agreeing candidate states it otherwise, and the draft neither sets its value against
 * another (as earlier or in any other way) nor gives the earlier value's own period.
 */
function baselineAsCurrent(
  quantity: Quantity,
  context: MentionContext,
  stated: CandidateEvidence | undefined,
  agreeing: readonly CandidateEvidence[],
  candidates: readonly CandidateEvidence[],
): CandidateEvidence | undefined {
  if (stated === undefined || !stated.candidate.context.kind.baseline || context.kind.compared || stated.period > 0) return undefined;
  if (agreeing.some((c) => !c.candidate.context.kind.baseline) || datesSameNumber(quantity, context, stated)) return undefined;
  return best(candidates.filter((c) => otherEndOf(c, stated, false) && !c.otherRole));
}

/**
 * True when the mention is a year, and the number right before it in the draft's sentence states the number right
 * before the stated year in the source's ("almost double the £5,180 it paid in 2021-22" against "£9,640 in 2025-26,
 * against £5,180 in 2021-22"): the year dates the same number on both sides, earlier value or not.
 */
function datesSameNumber(quantity: Quantity, context: MentionContext, stated: CandidateEvidence): boolean {
  if (quantity.unitClass !== 'year') return false;
  const numberBefore = (year: Quantity, sentence: readonly Quantity[]): Quantity | undefined =>
    sentence.filter((q) => q.unitClass !== 'year' && q.unitClass !== 'date' && q.span.end <= year.span.start).sort((a, b) => b.span.end - a.span.end)[0];
  const draft = numberBefore(quantity, context.siblings);
  const source = numberBefore(stated.candidate.quantity, stated.candidate.context.siblings);
  return draft !== undefined && source !== undefined && matches(draft, source, false);
}

/**
 * True when candidate `c` is the other end of the comparison in `stated`'s source sentence: a number of the same kind
 * that disagrees with the mention and is (`earlier`) or is not the comparison's earlier value.
 */
function otherEndOf(c: CandidateEvidence, stated: CandidateEvidence, earlier: boolean): boolean {
  const q = stated.candidate.quantity;
  return c.candidate.fact === stated.candidate.fact && !c.agrees && c.candidate.context.kind.baseline === earlier && c.candidate.quantity.unitClass === q.unitClass && c.candidate.quantity.role === q.role;
}

/** See {@link MentionEvidence.swappedEarlier}: `stated` backs the mention as a current value, and its sentence's earlier value is another number of the draft's sentence. */
function swappedComparison(quantity: Quantity, context: MentionContext, stated: CandidateEvidence | undefined, candidates: readonly CandidateEvidence[]): CandidateEvidence | undefined {
  if (stated === undefined || !context.kind.baseline || stated.candidate.context.kind.baseline || stated.period > 0) return undefined;
  const q = stated.candidate.quantity;
  return best(
    candidates.filter(
      (c) => otherEndOf(c, stated, true) && c.candidate.quantity.unit === q.unit && context.siblings.some((s) => s !== quantity && s.unitClass === q.unitClass && sameValue(s, c.candidate.quantity)),
    ),
  );
}

/** See {@link MentionEvidence.otherItem}. */
function otherItemOf(quantity: Quantity, context: MentionContext, candidates: readonly CandidateEvidence[], agreeingAll: readonly CandidateEvidence[], params: CheckerParams): CandidateEvidence | undefined {
  // The agreeing item must be where the writer took the value from: the best agreeing candidate, about the same thing.
  // An item of a list shares its sentence with another amount of its kind, which has a label too (see the filter below).
  const taken = best(agreeingAll);
  if (taken === undefined || taken.candidate.context.label.length === 0 || taken.entity < params.minEntity || taken.metric < params.supportMetric) return undefined;
  if (context.label.length === 0 || context.firstPerson || context.question) return undefined;
  // The draft's words for the mention: those of its own part of its sentence.
  const words = new Set(context.label);
  const labelled = (c: CandidateEvidence): boolean => c.candidate.context.label.some((w) => words.has(w));
  // A draft sentence with no other amount of the mention's kind speaks of the mention's item wherever it names it
  // ("Cats are going quicker, 19 days on average" for "… 38 days, and cats 19 days").
  const alone = !context.siblings.some((s) => s.unitClass === quantity.unitClass && s.unit === quantity.unit);
  const named = (c: CandidateEvidence): boolean => alone && c.candidate.context.label.some((w) => context.words.has(w) || context.subject.has(w));
  // Supported first: an agreeing item that carries the draft's words, or another sentence that states the value about
  // the same thing, may be what the writer meant.
  const elsewhere = (c: CandidateEvidence): boolean => c.candidate.fact !== taken.candidate.fact && c.entity >= params.minEntity && c.metric >= params.supportMetric;
  if (agreeingAll.some((c) => labelled(c) || named(c) || elsewhere(c))) return undefined;
  return best(
    candidates.filter(
      (c) =>
        !c.agrees &&
        !c.otherRole &&
        c.entity >= params.minEntity &&
        labelled(c) &&
        c.candidate.fact === taken.candidate.fact &&
        c.candidate.quantity.unit === taken.candidate.quantity.unit &&
        !kindsDiffer(context, c.candidate.context),
    ),
  );
}

/**
 * True when the draft's words for the mention's own item of its sentence (itemLabels.ts) are in an agreeing candidate's
 * sentence about the same thing, each the rival's has and more: the writer took the value from the sentence about that
 * item ("adult tickets went up to £6" from "Adult tickets will stay at £6.00", not "a family ticket cost £15.00").
 */
export function itemWordsPoint(context: MentionContext, agreeingAll: readonly CandidateEvidence[], rival: CandidateEvidence, params: CheckerParams): boolean {
  const carried = (c: CandidateEvidence): string[] => context.label.filter((word) => hasWord(c.candidate.context, word));
  const rivals = carried(rival);
  return agreeingAll.some((c) => {
    const own = carried(c);
    return own.length > rivals.length && rivals.every((w) => own.includes(w)) && c.entity >= params.minEntity && c.metric >= params.supportMetric && c.period >= rival.period;
  });
}

/** See {@link MentionEvidence.unnamedItem}: `item` is one item of a source breakdown, and the draft's sentence names none of the breakdown's items. */
function namesNoItemWord(draft: MentionContext, item: MentionContext): boolean {
  const named = (w: string): boolean => draft.words.has(w) || draft.subject.has(w) || draft.entities.has(w);
  return item.breakdown.length > 0 && !item.breakdown.some(named);
}

/** The words a source amount's sentence names it by most strongly: its subject's words of the greatest weight. */
function mainEntityWords(c: CandidateEvidence): Set<string> {
  const weights = [...c.candidate.context.subject.values()];
  const most = Math.max(0, ...weights);
  return new Set([...c.candidate.context.subject].filter(([, w]) => w === most && most > 0).map(([word]) => word));
}

/**
 * True when the draft names, as well as the rival's entity, the entity of another amount of the rival's sentence ("£81m
 * for Petra and £24m for Vance" against a figure "from storms Petra and Vance"): the draft speaks of them together.
 */
function namesAnotherItem(rival: CandidateEvidence, candidates: readonly CandidateEvidence[], params: CheckerParams): boolean {
  const rivals = mainEntityWords(rival);
  return candidates.some(
    (c) =>
      c !== rival &&
      c.candidate.fact === rival.candidate.fact &&
      c.candidate.quantity.unitClass === rival.candidate.quantity.unitClass &&
      c.entity >= params.namedEntity &&
      ![...mainEntityWords(c)].some((w) => rivals.has(w)),
  );
}

/** True when `cell` is a table cell whose column header shares no word with `words`, and another column of its row does. */
function otherColumn(cell: CandidateEvidence, candidates: readonly CandidateEvidence[], words: ReadonlyMap<string, number>): boolean {
  const names = (c: CandidateEvidence): boolean => c.candidate.context.columnWords.some((w) => words.has(w));
  return cell.candidate.context.columnWords.length > 0 && !names(cell) && candidates.some((c) => c !== cell && c.candidate.fact === cell.candidate.fact && names(c));
}

/** See {@link MentionEvidence.otherDocument}. */
function aboutOtherDocument(context: MentionContext, rival: CandidateEvidence, index: QuantityIndex, params: CheckerParams): boolean {
  if (!context.named) return false;
  const named = [...context.subject].filter(([word, weight]) => weight >= params.namedEntity && index.namesWord(word)).map(([word]) => word);
  const file = rival.candidate.fact.file;
  const unnamedThere = named.filter((word) => !index.namesWord(word, file));
  if (unnamedThere.length === 0) return false;
  // A rival that shares a figure with the draft's sentence, or names its subject as well, is about it whatever else is named.
  return unnamedThere.length === named.length || (!rival.anchored && rival.entity < params.namedEntity && index.namedTogetherElsewhere(named, file));
}

/** See {@link MentionEvidence.foreignScope}. */
function opensOnForeignScope(context: MentionContext, rival: CandidateEvidence, index: QuantityIndex): boolean {
  if (rival.anchored) return false;
  const place = context.scope.length > 0 && context.scope.every((word) => !known(word, index) && !index.namesWord(word));
  // A wider world ("Nationally, …") than the rival's sentence speaks of: it names no national or global figure.
  return place || (context.wideScope !== '' && !hasWord(rival.candidate.context, context.wideScope));
}

/** How many words after a count's number may lead up to its noun ("58 diffusion-tube sites"). */
const NOUN_PHRASE_WORDS = 4;

/** See {@link MentionEvidence.statedOfOtherNoun}. */
function statesNumberOfOtherNoun(quantity: Quantity, context: MentionContext, rival: CandidateEvidence, outsideBucket: () => readonly IndexedQuantity[], index: QuantityIndex): boolean {
  if (quantity.unitClass !== 'count' || quantity.hedge !== 'exact' || significantDigits(quantity) < 2) return false;
  const words = draftWords(quantity, context, index);
  return outsideBucket()
    .filter((entry) => entry.quantity.unitClass === 'count')
    .filter((entry) => entry.context.kind.baseline === context.kind.baseline && !kindsDiffer(context, entry.context))
    .some((entry) =>
      entry.fact === rival.candidate.fact
        ? nounPhraseNames(entry, quantity.unit) || (entry.quantity.unit !== '' && context.label.includes(featureWord(entry.quantity.unit)))
        : anchorsTo(context, entry, false) > 0 || metricScore(words, entry.context, index).shared >= 2,
    );
}

/** True when the words from a source count's number to its own noun name `noun` as well ("58 diffusion-tube sites" names tubes). */
function nounPhraseNames(entry: IndexedQuantity, noun: string): boolean {
  if (noun === '') return false;
  const own = featureWord(entry.quantity.unit);
  const named = featureWord(noun);
  for (const word of entry.fact.text.slice(entry.quantity.span.end).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '').slice(0, NOUN_PHRASE_WORDS)) {
    const feature = featureWord(word);
    if (feature === named) return true;
    if (feature === own) return false;
  }
  return false;
}

/** See {@link MentionEvidence.otherLevelsChange}. */
function otherLevelsChangeOf(candidates: readonly CandidateEvidence[], agreeingAll: readonly CandidateEvidence[]): CandidateEvidence | undefined {
  if (agreeingAll.length === 0 || agreeingAll.some((c) => c.sameMeasure || c.candidate.context.measured === undefined)) return undefined;
  return best(candidates.filter((c) => c.sameMeasure && !c.agrees && !c.otherRole && !c.otherUnit && !c.taken));
}

/** Collects the evidence about one draft mention (see the module header). */
export function gatherEvidence(quantity: Quantity, context: MentionContext, index: QuantityIndex, params: CheckerParams): MentionEvidence {
  // One lookup serves the candidates and the same number stated outside their bucket.
  const near = index.quantitiesNear(quantity, context);
  const scored = scoreCandidates(quantity, context, index, params, near);
  let outside: readonly IndexedQuantity[] | undefined;
  const outsideBucket = (): readonly IndexedQuantity[] => (outside ??= sameNumberOutsideBucket(quantity, context, near));
  // An open bound that merely holds of the draft's value ("at least $6" of $8.50) neither backs nor contradicts it.
  const candidates = scored.filter((c) => !c.bound);
  // Nor does a figure another number of the draft's sentence states back a bound of the draft's: "from at least $7 to
  // approximately $7.50" makes two claims, and $7.50 answers the second only.
  const backs = (c: CandidateEvidence): boolean => !(c.taken && openSide(quantity) !== undefined && c.candidate.quantity.value !== quantity.value);
  // Only candidates in the mention's own role can be rivals; one in the other role may only back it. A source's question
  // about a figure ("When will punctuality be back above 70%?") states nothing to contradict, though its digits may still
  // be the ones a writer mis-copied (a slip of the pen, below).
  const rivals = candidates.filter((c) => !c.otherRole && !asksAbout(c));
  const top = best(candidates);
  // An agreeing candidate stated for another period backs nothing when a candidate for the mention's own period disagrees.
  const samePeriodRival = rivals.some((c) => !c.agrees && c.period > 0 && !c.taken);
  // One in the other role agrees too when its sentence shares another number with the draft's: the same statement,
  // its role read differently ("cut the duty, now £3.58 a bottle, by 20%" against "£3.58 duty … cut by 20%").
  const agreeingAll = candidates.filter((c) => (c.agrees || (c.otherRole && c.anchored)) && !(samePeriodRival && c.period < 0) && backs(c));
  const agreeing = best(agreeingAll);
  const supporting = best(agreeingAll.filter((c) => c.entity >= params.minEntity && (c.metric >= params.supportMetric || c.period > 0)));
  // A candidate that states the value is about the same thing only when no rival names the draft's entity clearly better
  // ("Zhejiang has 13 clusters" against "Jiangsu has 13 clusters, Zhejiang has seven").
  // Only a rival whose own sentence names the entity counts: one that inherits it from an earlier sentence is a guess.
  const bestRivalEntity = Math.max(0, ...rivals.filter((c) => !c.agrees && !c.taken && c.candidate.context.named).map((c) => c.entity));
  // A value of two significant digits or more ("$480", "3.69"; not "5" or "2,000") stated about an entity both sides name
  // needs fewer shared words to be the same figure.
  const metricFor = (c: CandidateEvidence): number => (c.entity >= params.namedEntity && significantDigits(quantity) >= 2 ? params.statesValueNamedMetric : params.statesValueMetric);
  const sameThing = (c: CandidateEvidence, leastMetric: number): boolean =>
    statesSameValue(c) && c.entity >= params.minEntity && c.entity > bestRivalEntity - params.statesValueEntityGap && (c.metric >= leastMetric || c.adjacent);
  const aboutIt = (c: CandidateEvidence): boolean => sameThing(c, metricFor(c)) && !kindsDiffer(context, c.candidate.context);
  const statesValue = best(candidates.filter((c) => c.period >= 0 && aboutIt(c) && backs(c)));
  // The very value about the same thing, but per another length of time ("£178 a month" where the source says £178 a week,
  // "a year" for a total over five years): the wrong rate. The same value and words that match as well as a supporting
  // candidate's tie them. Rates per other things are left alone: their nouns have too many names ("per seat", "per user").
  const otherRate =
    statesValue === undefined && !candidates.some((c) => statesSameValue(c) && !perDiffers(context, c.candidate.context))
      ? best(candidates.filter((c) => c.period >= 0 && sameThing(c, Math.min(metricFor(c), params.supportMetric)) && perDiffers(context, c.candidate.context) && perTime(context.kind) && perTime(c.candidate.context.kind) && context.kind.outlook === c.candidate.context.kind.outlook))
      : undefined;
  const otherPeriod = candidates.some((c) => statesSameValue(c) && c.period >= 0) ? undefined : best(candidates.filter((c) => c.period < 0 && aboutIt(c)));
  // A quarter, half or month is specific: when a candidate states the mention's own, candidates stating none are no rivals.
  const part = quantity.period !== undefined && (quantity.period.half !== undefined || quantity.period.quarter !== undefined || quantity.period.month !== undefined);
  // A source sentence that states no period often inherits its article's ("Kunshan reported …" after
  // "In the first half of 2025, Jiading …"), so one that leads decisively on entity and metric stays a rival.
  const periodBest = part ? best(rivals.filter((c) => c.period > 0 && !c.taken)) : undefined;
  const inheritsPeriod = (c: CandidateEvidence): boolean => periodBest !== undefined && c.period === 0 && c.score >= periodBest.score + params.decisive;
  // A candidate sharing no metric word with a draft that has some is about something else, however well the entity matches.
  const blindDraft = metricBlind(quantity, context, index);
  // A round figure that the draft's figure rounds to ("148,000" for 148,300) states the same figure less precisely, when a
  // source backs the draft's own.
  const couldContradict = (c: CandidateEvidence): boolean => !c.taken && (c.metric > 0 || c.anchored || blindDraft) && !(supporting !== undefined && roundsOff(quantity, c.candidate.quantity)) && (periodBest === undefined ? c.period >= 0 : c.period > 0 || inheritsPeriod(c));
  const viable = rivals.filter(couldContradict);
  // A rival of the mention's own kind of amount comes first: the list price contradicts a wrong price even where a discounted one shares more words.
  const rival = best(viable.filter((c) => !kindsDiffer(context, c.candidate.context))) ?? best(viable);
  const unnamedYear = quantity.unitClass === 'year' && !index.namesYear(quantity.value);
  // The same digits in another order or at another scale are a slip of the pen: with no source stating the mention's value,
  // a candidate with words in common is enough (see tiesASlip), or for a distinctive figure the same period ("119,300
  // tonnes it mined in 2025" against "Production in 2025 was 191,300 tonnes").
  const slipViable = (c: CandidateEvidence): boolean =>
    !c.otherRole && (couldContradict(c) || ((c.period > 0 || longTransposition(quantity, c.candidate.quantity)) && distinctive(quantity) && !c.taken));
  // A distinctive figure a source states as written, in another unit or of another noun, is no slip of the pen.
  const penSlip =
    agreeingAll.length > 0 || quantity.unitClass === 'year' || (distinctive(quantity) && outsideBucket().some((e) => e.quantity.unitClass !== 'year' && e.quantity.unitClass !== 'date'))
      ? undefined
      : best(
          candidates.filter(
            (c) =>
              slipViable(c) &&
              c.period >= 0 &&
              c.entity >= params.minEntity &&
              tiesASlip(quantity, c, params) &&
              (markedAsRounded(quantity) ? roundedSlipOf(quantity, c.candidate.quantity) : penSlipOf(quantity, c.candidate.quantity)) &&
              !kindsDiffer(context, c.candidate.context) &&
              !(quantity.unitClass === 'rank' && otherCriterion(context, c.candidate.context)),
          ),
        );
  const otherPart = unnamedPartRival(quantity, candidates, index, params);
  const otherDateYear = dateYearRival(quantity, context, candidates);
  // A comparison's ends need no shared word: the draft sentence giving the source comparison's other number ties them
  // ("punctuality slipped from 71.3% to 76.5%" against "On-time performance fell to 71.3% from 76.5%").
  const stated = statesValue ?? supporting ?? best(agreeingAll.filter((c) => c.anchored));
  const laterValue = baselineAsCurrent(quantity, context, stated, agreeingAll, candidates);
  const swappedEarlier = swappedComparison(quantity, context, stated, candidates);
  const otherItem = otherItemOf(quantity, context, candidates, agreeingAll, params);
  const otherLevelsChange = otherLevelsChangeOf(candidates, agreeingAll);
  const base = { quantity, candidates: scored, top, agreeing, supporting, statesValue, otherPeriod, rival, unnamedYear, otherPart, otherDateYear, writerOwn: context.firstPerson, question: context.question, penSlip, otherRate, laterValue, swappedEarlier, otherItem, otherLevelsChange };
  if (rival === undefined) return { ...base, margin: 0, plausiblyRight: false, points: 0, minMetric: 0, datingOnly: false, comparedYear: false, otherCriterion: false, otherKind: false, derived: false, unnamedItem: false, otherDocument: false, foreignScope: false, otherEntitysFigure: false, statedOfOtherNoun: false };
  // An agreeing candidate that shares no word, number or period with the mention's sentence is no contender.
  const margin = rival.score - (best(agreeingAll.filter((c) => c.metric > 0 || c.anchored || c.period > 0))?.score ?? 0);
  // An agreeing candidate that matches the metric well and the entity about as well makes the mention ambiguous, never wrong.
  // So does one from the same source sentence, unless the entity or the words tell them apart: numbers side by side are easily paired the wrong way.
  const sideBySide = agreeing !== undefined && agreeing.candidate.fact === rival.candidate.fact;
  const toldApart =
    sideBySide &&
    agreeing.metric <= rival.metric - params.sideBySideMetric &&
    closerWords(draftWords(quantity, context, index), rival.candidate.context, agreeing.candidate.context, params.closer) >= 2;
  // A draft sentence that shares two numbers or more with the rival's sentence restates it: a candidate from another sentence
  // that shares fewer is not what the writer meant.
  // A rival's sentence that points back to the one before counts that one's numbers among its own (describe.ts): when
  // one of them states the mention's value, the draft restates both sentences, the mention's value included.
  const statesItBefore = rival.candidate.context.siblings.some((s) => matches(quantity, s, false));
  // One stated for the very period the draft names ("2009's about 200mm" and "the previous record, 201.3 mm, was set in
  // 2009"), where the rival is of no period the draft names, about the entity as well as the rival or nearly, is what the
  // writer meant, even when the rest of the draft sentence restates the rival's.
  const ofOwnPeriod = agreeing !== undefined && agreeing.period > 0 && rival.period <= 0 && agreeing.entity >= rival.entity - params.ambiguousGap;
  // A distinctive figure (three significant digits or more) that the rival's own document states exactly, with a word
  // of the mention's, was taken from there, though the rest of the draft sentence restates the rival's: unless the
  // rival is that figure mis-written.
  const statedVerbatim = agreeing !== undefined && distinctive(quantity) && quantity.hedge === 'exact' && sameDocument(agreeing, rival) && agreeing.shared >= 1 && !penSlipOf(quantity, rival.candidate.quantity);
  const restates = agreeing !== undefined && !ofOwnPeriod && !sideBySide && !statesItBefore && !statedVerbatim && rival.anchors >= 2 && agreeing.anchors < rival.anchors && agreeing.metric <= rival.metric;
  const plausiblyRight =
    (agreeing !== undefined &&
      !toldApart &&
      !restates &&
      // An agreeing change of the very level the draft's change measures, where the rival measures another, is the figure.
      ((agreeingAll.some((c) => c.sameMeasure) && !rival.sameMeasure) ||
        // and an agreeing current value beside the rival that is its earlier one ("4,918 …, up from 4,402"), where the draft's is none.
        (sideBySide && !context.kind.baseline && rival.candidate.context.kind.baseline && !agreeing.candidate.context.kind.baseline) ||
        (sideBySide && agreeing.entity > rival.entity - params.sideBySideEntityGap) ||
        (agreeing.metric >= params.ambiguousMetric && (agreeing.entity >= rival.entity - params.ambiguousGap || agreeing.metric >= rival.metric + params.ambiguousGap)) ||
        // A shared number ties the rival's sentence to the draft sentence, not to this mention: when another source
        // sentence states the mention's very value about the same entity and shares words with it, the writer may have used that one.
        (rival.anchored && agreeing.entity >= rival.entity && agreeing.shared >= 2 && (agreeing.entity > params.unnamedEntity || sameValue(quantity, agreeing.candidate.quantity))) ||
        // A distinctive value (a day of the year, or three significant digits) that the rival's own document states
        // elsewhere, or rounds ("about £7.4m" for £7.42m), was most likely taken from there, unless the rival's words
        // clearly match the mention's.
        (sameDocument(agreeing, rival) && (distinctive(quantity) || (markedAsRounded(quantity) && distinctive(agreeing.candidate.quantity))) && (rival.metric < params.ambiguousMetric || (agreeing.anchored && agreeing.entity >= rival.entity))) ||
        // One that matches the words and the period better, about no other entity (at worst a guessed one), is what the
        // writer may have meant, however much better the rival names the entity.
        (agreeing.entity >= params.guessedEntity && agreeing.metric > rival.metric && agreeing.shared > rival.shared && agreeing.period >= rival.period) ||
        // A figure marked as rounded that an agreeing figure backs in the very unit the writer wrote ("about 17 weeks" for
        // 17.4 weeks), where the rival is in another ("17 days"): the unit is the writer's evidence, not a slip.
        (markedAsRounded(quantity) && ownUnitAgainstOther(quantity, agreeing, rival) && agreeing.entity >= rival.entity - params.ambiguousGap) ||
        // One whose sentence shares another number with the draft's, or names the draft's subject clearly better ("Saltery
        // Lane … about 6 years" for "Saltery Lane has about six years left"), for the period the rival's has, where the
        // rival's shares no number and one word at most.
        (!rival.anchored && rival.shared <= 1 && agreeing.period >= rival.period && (agreeing.anchored ? agreeing.entity >= rival.entity - params.ambiguousGap : leadsBy(agreeing.entity, rival.entity, params.ambiguousGap))) ||
        ofOwnPeriod)) ||
    // An agreeing earlier value for the draft's earlier value ("down from 95.2%", "since 2021-22"), where the rival is
    // none, is the figure, however the words of a sentence stating both sit.
    (context.kind.baseline && !rival.candidate.context.kind.baseline && agreeingAll.some((c) => c.candidate.context.kind.baseline)) ||
    // The words that set the mention apart from the other items of its sentence ("day tickets cost £119" beside weekend
    // tickets' £289) point to an agreeing sentence that has them, not to a rival that has none, even one the rest of the
    // draft sentence restates.
    itemWordsPoint(context, agreeingAll, rival, params) ||
    // One about the entity the draft's sentence names for the mention ("the Marrick Community Fund gave £6,000" and
    // "Grant from the Marrick Community Fund: £6,000"), where the rival's sentence names no entity at all, is what the
    // writer meant, though the rival's sentence shares figures with the draft sentence's other items.
    (context.named && rival.entity <= params.guessedEntity && agreeingAll.some((c) => c.entity >= params.namedEntity && c.period >= rival.period)) ||
    // A distinctive value stated in the source sentence the draft's paragraph has been restating, where the rival's
    // sentence is neither that one nor one the draft's own sentence restates (two shared numbers, or two shared values
    // read in other units), was taken from there.
    (distinctive(quantity) && quantity.hedge === 'exact' && rival.anchors < 2 && sharedValues(context, rival) < 2 && agreeingAll.some((c) => continuesEarlierSentence(context, c)) && !continuesEarlierSentence(context, rival));
  // Only candidates that could be rivals themselves compete for the decisive lead: not one another number of the draft
  // sentence speaks for, nor one about something else, nor one stating the rival's own value, which backs it.
  const runnerUp = best(viable.filter((c) => c !== rival && c.candidate.quantity.value !== rival.candidate.quantity.value));
  const decisive = rival.score - (runnerUp?.score ?? 0) >= params.decisive;
  const points = rival.shared + (rival.entity >= params.namedEntity ? 1 : 0) + (decisive ? 1 : 0) + (rival.anchored ? 2 : 0) + (rival.period > 0 ? 1 : 0);
  // The same entity named on both sides, or a shared number, lets a weaker metric match count.
  // A draft that says nothing the sources know about the metric leaves the named entity and a decisive lead to decide.
  const blind = rival.entity >= params.namedEntity && decisive && blindDraft;
  // A table row shares its numbers with every sentence about any of its columns: a shared number does not tie a cell to
  // the mention when the draft's words name another column of the row and none of the cell's own.
  const tied = rival.anchored && !otherColumn(rival, candidates, draftWords(quantity, context, index));
  const minMetric =
    quantity.unitClass === 'year'
      ? tied && rival.adjacent
        ? params.contradictMetric
        : params.contradictMetricYear
      : tied || blind
        ? 0
        : rival.entity >= params.namedEntity
          ? params.contradictMetricNamed
          : params.contradictMetric;
  return {
    ...base,
    margin,
    plausiblyRight,
    points,
    minMetric,
    datingOnly: datesOnly(context, rival),
    comparedYear: quantity.unitClass === 'year' && bracketedEarlierYear(rival.candidate.fact.text, rival.candidate.quantity) && !context.kind.baseline && quantity.value > rival.candidate.quantity.value,
    // A rank holds only by its criterion ("seventh in the league for wages"): a close draft word the source lacks may name another one.
    otherCriterion: quantity.unitClass === 'rank' && otherCriterion(context, rival.candidate.context),
    otherKind: kindsDiffer(context, rival.candidate.context) || otherWrittenUnit(quantity, rival),
    derived:
      derivable(quantity, rival.candidate.quantity, rival.candidate.context.siblings) ||
      // A comparison's earlier value is a figure as given, not worked out: "from £5.25 to £2.70" is no sum.
      (!context.kind.baseline && combinedWithDraft(quantity, [rival.candidate.quantity, ...rival.candidate.context.siblings], context.siblings)) ||
      workedOutInDraft(quantity, [...context.before, ...context.earlier], context.siblings, context.namesWorking) ||
      ratioInDraft(quantity, context.kind.per, context.siblings, context.earlier, context.before) ||
      totalOfRestatedBreakdown(quantity, context.siblings, rival.candidate.quantity, rival.candidate.context.siblings) ||
      restOfRestatedWhole(quantity, context.siblings, rival.candidate.quantity, rival.candidate.context.siblings) ||
      gapOfRestatedComparison(quantity, context.siblings, rival.candidate.quantity, rival.candidate.context.kind.baseline, rival.candidate.context.siblings),
    unnamedItem: namesNoItemWord(context, rival.candidate.context),
    otherDocument: aboutOtherDocument(context, rival, index, params),
    foreignScope: opensOnForeignScope(context, rival, index),
    otherEntitysFigure:
      sideBySide && context.named && rival.entity >= params.namedEntity && agreeing.entity < rival.entity - params.sideBySideEntityGap && !namesAnotherItem(rival, candidates, params),
    statedOfOtherNoun: statesNumberOfOtherNoun(quantity, context, rival, outsideBucket, index),
  };
}

