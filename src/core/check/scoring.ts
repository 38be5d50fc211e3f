/**
 * The evidence one source candidate gives about a draft mention: features
 * computed on both sides' contexts (context.ts), and their score. Thresholds
 * and weights come from {@link CheckerParams}.
 *
 * - E, entity agreement: the best shared subject word, min(draft weight,
 *   source weight); `commonNounEntity` × the draft weight when the source
 *   only refers to the entity by a common noun ("the authority");
 *   `unnamedEntity` when the draft names no entity the sources know;
 *   `guessedEntity` when either side's subject is only a guess (the
 *   document's topic, or inherited from an earlier sentence); 0 when both
 *   sentences name different entities before the mention. Draft names the
 *   sources never use ("I", a capitalised common word) do not count.
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
 * - plausibility: how likely the two values are one number mis-written.
 * S = wE·E + wM·M + wP·P + wS·slot + wA·anchor − wI·(1 − plausibility) ranks the candidates.
 * A percent change is also compared with source changes in percentage
 * points of the same amount (and vice versa), and an amount of money with
 * the same amount in another common currency: the wrong unit for one figure.
 */
import type { Quantity } from '../model';
import { writtenUnitFactor } from '../quantity/units';
import { laterColumnCell } from '../quantity/tableColumns';
import { MONTH_FACTOR } from '../quantity/calendar';
import { agree, bucketKey, comparable, distinctive, markedAsRounded, openSide, periodRelation, significantDigits } from './agreement';
import type { MentionContext } from './context';
import type { CheckerParams } from './params';
import { inBucket, type IndexedQuantity, type QuantityIndex } from './quantityIndex';
import { featureWord } from './words';
import { countingAs } from './countedNoun';

/** The evidence of one source candidate about a draft mention. */
export interface CandidateEvidence {
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
  /** How many such shared numbers (see {@link anchorsTo}). */
  readonly anchors: number;
  /** True when another number of the draft sentence agrees with the candidate itself: that number, not the mention, speaks for it. */
  readonly taken: boolean;
  /** True when the candidate is the mention's figure in another unit (percentage points for percent, another currency). */
  readonly otherUnit: boolean;
  /** True when the word right before the number is the same on both sides ("top two" and "top two"): the same phrase. */
  readonly adjacent: boolean;
  /** True when the mention and the candidate are changes of the same level ("41.63 million tonnes …, up 5.2%" on both sides; measuredLevel.ts). */
  readonly sameMeasure: boolean;
  /** True when the candidate agrees only as an open bound holds of another value ("at least $6" of the draft's $8.50): it neither backs nor contradicts. */
  readonly bound: boolean;
  /**
   * True when the candidate states the mention's value in its unit but in the other role, a change read as a level or
   * the reverse ("180 basis points better than a year earlier" against "up 180 basis points"): it may back the
   * mention, never contradict it.
   */
  readonly otherRole: boolean;
}

/** True when a content word stands right before the number on both sides (closeness 1: nothing between, see context.ts). */
function sharesAdjacentWord(draft: ReadonlyMap<string, number>, source: MentionContext): boolean {
  for (const [word, weight] of draft) if (weight === 1 && hasWord(source, word) && source.words.get(word) === 1) return true;
  return false;
}

/** Hedges that state an open bound, not a value. */
const OPEN_BOUNDS: ReadonlySet<string> = new Set(['moreThan', 'atLeast', 'lessThan', 'atMost']);

/** True when `source` is an open bound that holds of the draft's value without stating it, while the draft states a value. */
function onlyBound(draft: Quantity, source: Quantity): boolean {
  return (OPEN_BOUNDS.has(source.hedge) && !OPEN_BOUNDS.has(draft.hedge) && !sameValue(draft, source)) || insideRange(draft, source);
}

/**
 * True when `source` is an open bound that an exact draft value keeps, however far from the bound's figure: "a waiting
 * list of 9" is below 100, though too far below it for "below 100" to state it (agreement.ts trusts a bound only so
 * far). It neither backs the value nor contradicts it.
 */
function keepsBound(draft: Quantity, source: Quantity): boolean {
  if (draft.hedge !== 'exact' || draft.value < 0 || source.value < 0) return false;
  const side = openSide(source);
  return side === 'floor' ? draft.value > source.value : side === 'ceiling' && draft.value < source.value;
}

/** True when a source range holds an exact draft value of three significant digits or more at neither end ("£4.68m" in "£3m–£5m"): it only bounds it. */
function insideRange(draft: Quantity, source: Quantity): boolean {
  return source.hedge === 'range' && draft.hedge === 'exact' && significantDigits(draft) >= 3 && draft.value > source.low && draft.value < source.high && !sameValue(draft, { ...source, value: source.low }) && !sameValue(draft, { ...source, value: source.high });
}

/** The feature standing for the counted noun of a count. */
const NOUN = '\u0001noun';

/**
 * True when the sources use the name word `word` (or a word it begins). Name words are lemmas ("jame" for James) and
 * the sources' words are counted by their features ("jam"), so the name is looked up by its feature.
 */
export function known(word: string, index: QuantityIndex): boolean {
  // A joined place name ("north-east") is known when each of its words is.
  if (word.includes('-')) return word.split('-').every((part) => known(part, index));
  return index.idf(featureWord(word)) < index.idf('\u0000');
}

/** True when a sentence's own feature words (not the ones added for finding facts) hold `word`. */
export function hasWord(context: MentionContext, word: string): boolean {
  return context.words.has(word) && !context.lookupOnly.has(word);
}

/** Entity score E (see the module header). */
export function entityScore(draft: MentionContext, source: MentionContext, index: QuantityIndex, params: CheckerParams): number {
  let top = 0;
  let matched = 0;
  for (const [word, wd] of draft.subject) {
    if (!known(word, index)) continue;
    top = Math.max(top, wd);
    const ws = source.subject.get(word);
    matched = Math.max(matched, ws !== undefined ? Math.min(wd, ws) : hasWord(source, featureWord(word)) ? params.commonNounEntity * wd : 0);
  }
  if (top === 0) return params.unnamedEntity;
  // A guessed subject agrees at most as much as it weighs.
  if (matched > 0) return draft.guessed ? matched : matched / top;
  // A subject inherited from an earlier sentence is only a guess at what "it" or "the total" refers to. Two named
  // subjects differ, unless the draft names the source's as a common word ("Corvane's medical backlog" against
  // "Medical backlog ended the quarter at …", where Medical is a segment's name).
  return draft.named && source.named && ![...source.subject.keys()].some((word) => hasWord(draft, featureWord(word))) ? 0 : params.guessedEntity;
}

/** The metric score M and how many distinct words it rests on. */
export interface MetricMatch {
  readonly score: number;
  readonly shared: number;
}

/** Days of the week, as feature words. */
const WEEKDAY_FEATURES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(featureWord);

/**
 * The draft's context words for the metric: its words, plus names the
 * sources only use as common words ("Ridership rose…"), plus the counted
 * noun (both sides share it, since they share a bucket), less a date's weekday.
 */
export function draftWords(quantity: Quantity, draft: MentionContext, index: QuantityIndex): Map<string, number> {
  const words = new Map([...draft.words].filter(([word]) => !draft.lookupOnly.has(word)));
  for (const [word, weight] of draft.subject) {
    if (!known(word, index) && (words.get(word) ?? 0) < weight) words.set(word, weight);
  }
  if (quantity.unitClass === 'count' && quantity.unit !== '') words.set(NOUN, 1);
  // A date's weekday follows from the date: two dates that share one share nothing of what they date.
  if (quantity.unitClass === 'date') for (const day of WEEKDAY_FEATURES) words.delete(day);
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
export function metricBlind(quantity: Quantity, context: MentionContext, index: QuantityIndex): boolean {
  const unseen = index.idf('\u0000');
  for (const word of draftWords(quantity, context, index).keys()) if (word === NOUN || index.idf(word) < unseen) return false;
  return true;
}

/** How far apart (as a factor) a figure marked as rounded and the one it stands for may be, mis-rounded. */
const ROUNDED_SLIP_FACTOR = 1.5;

/** Most days apart two dates of different months and days may be and still be one date mis-written ("30 January" for 2 February). */
const DATE_SLIP_DAYS = 7;

/**
 * True when two days of the year (month × {@link MONTH_FACTOR} + day) may be one date written wrongly: the same month,
 * the same day of another month, the day's digits reordered ("12 October" for 21 October), or a few days apart across
 * a month's end. Two dates that differ in both, far apart, are two events ("Part 13 runs on 18 December" and "by 30
 * September").
 */
function dateSlip(a: number, b: number): boolean {
  const [monthA, dayA] = [Math.floor(a / MONTH_FACTOR), a % MONTH_FACTOR];
  const [monthB, dayB] = [Math.floor(b / MONTH_FACTOR), b % MONTH_FACTOR];
  if (monthA === monthB || dayA === dayB) return true;
  if (String(dayA).split('').reverse().join('') === String(dayB)) return true;
  // Days apart across a month's end, in a 31-day month at most.
  const apart = Math.abs((monthA - monthB) * 31 + (dayA - dayB));
  return Math.abs(monthA - monthB) === 1 && apart <= DATE_SLIP_DAYS;
}

/**
 * How plausible it is that two different values are one number written
 * wrongly: values within a factor of 3, or off by a power of ten (a scale
 * or decimal error), are, and so are the same digits reordered or one digit
 * changed (a slip of the pen); values far apart in any other way are more
 * likely two different things. A figure marked as rounded is plausible only
 * near the other. Years are plausible within 15 years of each other.
 */
export function valuePlausibility(draft: Quantity, source: Quantity): number {
  if (draft.unitClass === 'date') return dateSlip(draft.value, source.value) ? 1 : 0;
  if (digitSlip(digitsOf(draft.text), digitsOf(source.text))) return 1;
  if (draft.unitClass === 'year') return Math.abs(draft.value - source.value) <= 15 ? 1 : 0;
  const a = Math.abs(draft.value);
  const b = Math.abs(source.value);
  if (a === 0 || b === 0) return 0.5;
  const ratio = Math.log10(Math.max(a, b) / Math.min(a, b));
  // A figure the writer marks as rounded ("about 320,000") is near what they rounded, or that figure rounded with a
  // slip of the pen ("roughly $21,400" for about $12,430): far off in any other way, it is another figure.
  // Digits reordered keep their number of places: "about 1,300" is no slip for 312.
  const samePlaces = Math.floor(Math.log10(a)) === Math.floor(Math.log10(b));
  const near = markedAsRounded(draft) ? ratio <= Math.log10(ROUNDED_SLIP_FACTOR) || (samePlaces && roundedSlip(draft, b)) : ratio <= Math.log10(3);
  if (near) return 1;
  return Math.abs(ratio - Math.round(ratio)) <= 0.05 ? 0.8 : 0;
}

/**
 * True when the draft's significant digits, two or more, are those of `value` rounded to as many digits in another
 * order ("214" for 12,430, rounded "124").
 */
function roundedSlip(draft: Quantity, value: number): boolean {
  const digits = writtenDigits(draft).replace(/0+$/u, '');
  if (digits.length < 2 || digits.length > MAX_PRECISION_DIGITS) return false;
  // The mantissa alone: the exponent's digits are no digits of the figure ("1.20e+4" is "120").
  const rounded = digitsOf(value.toExponential(digits.length - 1).split('e')[0] ?? '');
  return rounded !== digits && [...rounded].sort().join('') === [...digits].sort().join('');
}

/** Most digits after the point {@link Number.toExponential} takes, plus the one before it. */
const MAX_PRECISION_DIGITS = 101;

function digitsOf(text: string): string {
  return text.replace(/\D/gu, '');
}

/**
 * True when the draft gives a source figure's digits in another order ("41" for 14, "£21.4m" for £12.4m): at least
 * two different significant digits, the same multiset, not the same string, and values within a factor of ten (a
 * reordering at another scale, "$2.86" for $268 million, is two slips, not one).
 */
export function transposedDigits(draft: Quantity, source: Quantity): boolean {
  const a = writtenDigits(draft);
  const b = writtenDigits(source);
  const sameOrder = Math.abs(Math.log10(Math.abs(draft.value) / Math.abs(source.value))) < 1;
  // A day's digits swapped keep its month: "21 December" is no slip for 12 August.
  if (draft.unitClass === 'date' && Math.floor(draft.value / MONTH_FACTOR) !== Math.floor(source.value / MONTH_FACTOR)) return false;
  return a !== b && new Set(a).size >= 2 && a.length === b.length && [...a].sort().join('') === [...b].sort().join('') && sameOrder;
}

/**
 * True when the draft gives a source figure at another scale or with the decimal point moved ("£2.7bn" for £2.7
 * million, "3.6%" for 36%, "€1.1 million" for €1.08 billion): some power of ten takes one to the other within the
 * draft's precision. Both need two significant digits or more as written, so a lone digit ("5 million", "5 billion",
 * "four") is too common to tie the two. A slip of a scale word (a thousand or more) may come rounded; a decimal point moved
 * keeps the digits as written ("14" is no slip for 143, nor "£1.5m" for £148,000).
 */
export function misScaled(draft: Quantity, source: Quantity): boolean {
  if (writtenDigits(draft).length < 2 || writtenDigits(source).length < 2 || draft.value === source.value) return false;
  // A slip of scale keeps the unit it is written in: "104 days" is no "15 minutes" a power of ten off in days.
  if (writtenUnitFactor(draft) !== writtenUnitFactor(source)) return false;
  for (let power = -MAX_SCALE_SLIP; power <= MAX_SCALE_SLIP; power++) {
    const f = 10 ** power;
    if (power === 0 || Math.abs(draft.value * f - source.value) > Math.max(draft.precision * f, source.precision)) continue;
    if (Math.abs(power) >= SCALE_WORD_POWER || sameDigits(draft, source)) return true;
  }
  return false;
}

/** The least power of ten a scale word spans (a thousand). */
const SCALE_WORD_POWER = 3;

/** True when two figures are written with the same significant digits ("3.6" and "36", not "14" and "143"). */
function sameDigits(a: Quantity, b: Quantity): boolean {
  const significant = (q: Quantity): string => writtenDigits(q).replace(/0+$/u, '');
  return significant(a) === significant(b);
}

/**
 * True when a rounded draft figure is a slip of the pen from a source figure: its digits in another order ("roughly
 * $410 million" for $140 million), or at another scale with its digits kept ("about £2.7bn" for £2.7 million).
 * Rounding and rescaling at once ("about 12p" for £1,236,800) is another figure, not a slip.
 */
export function roundedSlipOf(draft: Quantity, source: Quantity): boolean {
  return endsOf(draft).some((d) => endsOf(source).some((s) => transposedDigits(d, s) || (misScaled(d, s) && sameDigits(d, s))));
}

/** A quantity's ends as written: itself, or a range's two ("between $425m and $440m" → $425m, $440m). */
function endsOf(q: Quantity): Quantity[] {
  const parts = q.hedge === 'range' ? q.text.split(/\s*(?:\bto\b|\band\b|[-–—])\s*/u).filter((part) => /\d/u.test(part)) : [];
  if (parts.length !== 2) return [q];
  const end = (value: number, text: string): Quantity => ({ ...q, hedge: 'exact', value, low: value - q.precision, high: value + q.precision, text });
  return [end(q.low + q.precision, parts[0] ?? ''), end(q.high - q.precision, parts[1] ?? '')];
}

/**
 * True when the draft's figure is a slip of the pen from the source's (see {@link transposedDigits} and
 * {@link misScaled}), end by end for a range ("between $245m and $440m" for $425m–$440m).
 */
export function penSlipOf(draft: Quantity, source: Quantity): boolean {
  return endsOf(draft).some((d) => endsOf(source).some((s) => transposedDigits(d, s) || misScaled(d, s)));
}

/** The most powers of ten a scale slip spans (a billion for a unit, and back). */
const MAX_SCALE_SLIP = 9;

/** A quantity's digits as written, without leading zeros (trailing ones kept, unlike agreement.ts's count of significant digits). */
function writtenDigits(q: Quantity): string {
  return digitsOf(q.text).replace(/^0+/u, '');
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
export function sameValue(a: Quantity, b: Quantity): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.precision, b.precision);
}

/** True when `a` and `b` can be compared, agree, and (when `periods`) are not stated for different periods. */
export function matches(a: Quantity, b: Quantity, periods = true): boolean {
  return comparable(a, b) && agree(a, b) && (!periods || periodRelation(a.period, b.period) >= 0);
}

/**
 * How many numbers the draft sentence shares with the candidate's sentence
 * besides the mention and the candidate (years left out: many sentences
 * share a year), each source number counted once. One anchors the two
 * sentences to the same event; two or more mean the draft sentence restates that one.
 */
export function anchorsTo(draft: MentionContext, candidate: IndexedQuantity, distinctiveOnly: boolean): number {
  const others = candidate.context.siblings.filter((q) => q.unitClass !== 'year');
  // When a year is checked, the periods the two years lend their sentences may differ.
  const periods = candidate.quantity.unitClass !== 'year';
  // Each source number anchors once: "two-day" and "36 hours" of one draft sentence share a single source "36 hours".
  const unused = new Set(others);
  let shared = 0;
  for (const d of draft.siblings) {
    if (d.unitClass === 'year' || (distinctiveOnly && !distinctive(d))) continue;
    const match = [...unused].find((s) => matches(d, s, periods));
    if (match === undefined) continue;
    unused.delete(match);
    shared++;
  }
  return shared;
}

/**
 * True when another number of the draft speaks for the source figure `q`, which is then no rival of `mention`:
 * - a number of the same sentence states its value (a distinctive one even when dated otherwise: "since a 143 in 2016"
 *   speaks for the source's 143 of 2014, and the year carries the mistake), or two state the ends of its range;
 * - a number of the same sentence gives its digits in another order ("35.4% … down from 46.2%": the source's 64.2%
 *   is what 46.2% mis-writes), unless the mention has its digits in their order (a scale slip keeps its source);
 * - a number of another sentence of the paragraph states it exactly ("81 points from 46 games. … scoring 74": the
 *   source's 46 matches are the games', not the goals'; "junior fees go to £28 … Adults stay at £32": the source's
 *   adult £32 is the next sentence's).
 * A bound that merely holds ("at least $6" of $7.50) speaks for nothing.
 */
export function spokenFor(mention: Quantity, draft: MentionContext, q: Quantity): boolean {
  // A mention with `q`'s very digits (a scale slip: "1.31 billion" for 1.31 million) has the better claim on it.
  const reordered = digitsOf(mention.text) !== digitsOf(q.text);
  const statesExactly = (d: Quantity): boolean => matches(d, q) && d.value === q.value && d.hedge === 'exact';
  return (
    draft.siblings.some((d) => ((matches(d, q) || (distinctive(d) && matches(d, q, false))) && sameValue(d, q)) || (reordered && comparable(d, q) && transposedDigits(d, q))) ||
    statesBothEnds(draft.siblings, q) ||
    draft.earlier.some(statesExactly) ||
    draft.later.some(statesExactly)
  );
}

/**
 * True when `candidate` is the earlier value of a comparison in its source sentence or table row ("£12.67 (£12.50)", an
 * earlier year's column) whose later value another number of the draft's sentence states, and the mention is no
 * earlier value itself: the draft gives that comparison's current value, and the mention is another figure ("the
 * average price of £12.67 and a pint each at £4.60"; "Keg sales rose to £951,000, while cask sales barely moved at £1.7
 * million" against the keg row's £842,000 and £951,000). `near` holds the quantities of the candidate's sentence.
 */
function earlierOfStatedValue(draft: MentionContext, candidate: IndexedQuantity, near: readonly IndexedQuantity[]): boolean {
  if (draft.kind.baseline || draft.kind.compared) return false;
  const others = near.filter((e) => e.fact === candidate.fact && e.quantity !== candidate.quantity);
  const { unitClass, unit } = candidate.quantity;
  // An earlier value is compared with the level of its kind right before it ("£3.4m, up £0.8m from £2.6m"), or, in a
  // table, with the cell of the next later year's column.
  const later = candidate.context.kind.baseline
    ? others
        .filter((e) => !e.context.kind.baseline && e.quantity.role === 'level' && e.quantity.unitClass === unitClass && e.quantity.unit === unit && e.quantity.span.end <= candidate.quantity.span.start)
        .map((e) => e.quantity)
        .sort((a, b) => b.span.start - a.span.start)[0]
    : laterColumnCell(candidate.quantity, others.map((e) => e.quantity));
  return later !== undefined && draft.siblings.some((d) => matches(d, later) && sameValue(d, later));
}

/** True when two of `numbers` state the two ends of the range `q`, as "Codes run from 2307 to 2431" does "between 2307 and 2431". */
function statesBothEnds(numbers: readonly Quantity[], q: Quantity): boolean {
  if (q.hedge !== 'range') return false;
  const states = (end: number): boolean => numbers.some((d) => d.hedge === 'exact' && comparable(d, q) && Math.abs(d.value - end) <= 2 * d.precision);
  return states(q.low) && states(q.high);
}

/** True when `source` gives `draft`'s very value in its unit but in the other role (a change against a level), in no other direction. */
function statesInOtherRole(draft: Quantity, source: Quantity): boolean {
  return (
    source.role !== draft.role &&
    source.unitClass === draft.unitClass &&
    source.unit === draft.unit &&
    (draft.direction === undefined || source.direction === undefined || draft.direction === source.direction) &&
    sameValue(draft, source)
  );
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

/**
 * Scores every comparable candidate of a draft mention (and, for a percent change, the same change in percentage points),
 * from `near`, the quantities the index found near it (QuantityIndex.quantitiesNear).
 */
export function scoreCandidates(quantity: Quantity, context: MentionContext, index: QuantityIndex, params: CheckerParams, near: readonly IndexedQuantity[]): CandidateEvidence[] {
  const out: CandidateEvidence[] = [];
  const words = draftWords(quantity, context, index);
  const other = otherChangeUnit(quantity);
  // A change in percent and one in percentage points by the same amount are one figure in the wrong unit ("up 3 percent" for "up 3 points").
  const mixed = [
    ...(other === undefined ? [] : index.candidates(other, context).filter((c) => c.quantity.role === 'change' && agree(other, c.quantity))),
    // The same figure in another currency the sources give it in, with no conversion to the draft's: the wrong currency.
    ...otherCurrencies(quantity).flatMap((v) => index.candidates(v, context).filter((c) => c.quantity.role === quantity.role && agree(v, c.quantity))),
  ];
  for (const candidate of [...inBucket(quantity, context, near), ...mixed]) {
    if (!restatesWorking(context, candidate) && !statesWorkedValue(quantity, candidate)) continue;
    const otherUnit = mixed.includes(candidate);
    // A bare count whose sentence names what the candidate counts counts it too.
    const counted = countingAs(quantity, context, candidate.quantity);
    const otherRole = !otherUnit && statesInOtherRole(counted, candidate.quantity);
    if (!comparable(counted, candidate.quantity) && !otherUnit && !otherRole) continue;
    // A bare standing ("ranks third") and a superlative ("third-busiest") may be two rankings: they meet only to disagree.
    if (bucketKey(counted) !== bucketKey(candidate.quantity) && quantity.unitClass === 'rank' && agree(counted, candidate.quantity)) continue;
    const entity = entityScore(context, candidate.context, index, params);
    const metric = metricScore(words, candidate.context, index);
    const period = counted.unitClass === 'year' ? 0 : periodRelation(counted.period, candidate.quantity.period);
    const slot = context.slot === candidate.context.slot ? 1 : 0;
    const agrees = !otherUnit && !otherRole && agree(counted, candidate.quantity);
    const bound = (agrees && onlyBound(counted, candidate.quantity)) || (!otherUnit && !otherRole && keepsBound(counted, candidate.quantity));
    const plausible = agrees ? 1 : valuePlausibility(counted, candidate.quantity);
    // A shared number anchors the two sentences when it is distinctive or the words agree as well.
    const anchors = anchorsTo(context, candidate, entity < params.anchorEntity && metric.score < params.anchorMetric);
    const anchored = anchors > 0;
    const taken = spokenFor(counted, context, candidate.quantity) || (!agrees && earlierOfStatedValue(context, candidate, near));
    const score =
      params.weightEntity * entity +
      params.weightMetric * metric.score +
      params.weightPeriod * period +
      params.weightSlot * slot +
      params.weightAnchor * (anchored ? 1 : 0) -
      params.weightImplausible * (1 - plausible);
    out.push({ candidate, entity, metric: metric.score, shared: metric.shared, period, plausible, score, agrees, anchored, anchors, taken, otherUnit, bound, otherRole, adjacent: sharesAdjacentWord(words, candidate.context), sameMeasure: measuresSameLevel(context, candidate.context) });
  }
  return out;
}

/**
 * True unless the candidate is a change worked out from two levels of its sentence (workedChanges.ts) and the level
 * the draft's change measures (measuredLevel.ts) is neither: a draft's change is held to a working only when it
 * restates what was worked on ("1,274 boats, 67 more than a year before"; "fell by £21,200 to £768,100"). A bare
 * change ("up 14%"), or one of another level of the draft ("£104 and will be £110, a rise of £14"), may have been
 * worked out from any other pair.
 */
function restatesWorking(draft: MentionContext, candidate: IndexedQuantity): boolean {
  const worked = candidate.worked;
  const level = draft.measured;
  return worked === undefined || (level !== undefined && (matches(level, worked.to) || matches(level, worked.from)));
}

/** Fewest significant digits of a draft figure that a source's working backs without the level it measures. */
const WORKED_VALUE_DIGITS = 3;

/**
 * True when `candidate` is a gap a source's working gives in its levels' own unit that states the mention's very value,
 * to a figure of three significant digits or more ("added 3,310 patients" and a table's 45,310 → 48,620): it may back
 * the mention, never contradict it. Not a change in percent or points: a source that works them out states them too,
 * item by item, and the item's own words decide ("Holtby +12.1%" is not Millbeck's).
 */
function statesWorkedValue(quantity: Quantity, candidate: IndexedQuantity): boolean {
  const inLevelsUnit = candidate.quantity.unitClass !== 'percent' && candidate.quantity.unitClass !== 'percentagePoints';
  return candidate.worked !== undefined && inLevelsUnit && quantity.hedge === 'exact' && significantDigits(quantity) >= WORKED_VALUE_DIGITS && sameValue(quantity, candidate.quantity);
}

/** True when both sides are changes that measure the same level of their sentences (see {@link MentionContext.measured}). */
function measuresSameLevel(draft: MentionContext, source: MentionContext): boolean {
  const [a, b] = [draft.measured, source.measured];
  // A level given only as a bound ("passed 340,000") holds of every larger one: it names none of them.
  if (a === undefined || b === undefined || openSide(a) !== undefined) return false;
  // A bare count is the same level as a count of any noun with its value ("6.4 million" and "6.4 million journeys").
  const bare = a.unitClass === 'count' && b.unitClass === 'count' && (a.unit === '' || b.unit === '');
  return matches(a, b) || (bare && sameValue(a, b));
}

/**
 * How many of the draft's words sit clearly closer (by `closer`) to number `a`
 * than to number `b` of the same source sentence: "wind farms produced" is
 * closer to 5,940 than to 3,930 in "Wind farms produced 5,940 GWh and solar plants 3,930 GWh".
 */
export function closerWords(draft: ReadonlyMap<string, number>, a: MentionContext, b: MentionContext, closer: number): number {
  let n = 0;
  for (const word of draft.keys()) if ((hasWord(a, word) ? (a.words.get(word) ?? 0) : 0) - (hasWord(b, word) ? (b.words.get(word) ?? 0) : 0) >= closer) n++;
  return n;
}

/** True when the draft names a criterion for its rank ("for wages") that the candidate's sentence does not mention. */
export function otherCriterion(draft: MentionContext, source: MentionContext): boolean {
  return draft.criterion.some((word) => !hasWord(source, word) && !source.entities.has(word));
}
