/**
 * When two quantities can be compared, and when they agree.
 *
 * Comparable: same bucket (unit class and canonical unit — currency codes
 * must match exactly, so a converted figure is only compared with the
 * conversion the source itself gives; counted nouns are compared through
 * their synonym group, so "firms" meet "companies"; see bucketsMeet for the
 * buckets that meet across nouns and rankings) and same role (level vs
 * change). Periods are evidence for alignment, not a filter
 * ({@link periodRelation}), since the period a sentence's phrase lends to
 * each of its numbers is only a guess.
 *
 * Agree: the value intervals overlap (touching is not enough). Each side's interval already holds the
 * writer's precision and hedge (see quantity/hedges.ts); open bounds ("more
 * than 6,000") are read as at most one order of magnitude wide, so that a
 * scale error ("over 6,000" vs "over 60,000") still disagrees, and two bounds
 * on the same side agree only when their figures do. Changes with opposite
 * directions never agree.
 */
import { AGE } from '../quantity/extract';
import type { Period, Quantity } from '../model';
import { hedgeInterval } from '../quantity/hedges';
import { ordinalWord } from '../quantity/numberWords';
import { canonicalNoun } from './words';

/** How far an open-ended hedge is trusted: "more than N" stands for at most 10·N. */
const OPEN_BOUND_FACTOR = 10;

/** Key of the bucket a quantity is filed under: only quantities in the same bucket are compared. */
export function bucketKey(q: Quantity): string {
  return `${q.unitClass}:${q.unitClass === 'count' ? canonicalNoun(q.unit) : q.unit}`;
}

const PERSON = canonicalNoun('people');
/**
 * True for a number unlikely to recur by chance: a day of the year ("21 November"), or three or more significant digits
 * ("$1.08bn", "4,100 MW"; not "31%" or "five"). A year is not: a document names the same few years again and again.
 */
export function distinctive(q: Quantity): boolean {
  return q.unitClass === 'date' || (q.unitClass !== 'year' && significantDigits(q) >= 3);
}

/**
 * True for a superlative with no ordinal or digit, which ranks first by its own word alone: "the windiest", "the most
 * serious", "the best" (not "second-largest", "third" or "1st").
 */
export function bareSuperlative(q: Quantity): boolean {
  if (q.unitClass !== 'rank' || q.value !== 1 || /\d/u.test(q.text)) return false;
  const first = q.text.toLowerCase().split(/[\s-]+/u)[0] ?? '';
  return ordinalWord(first) === undefined;
}

/** How many significant digits a mention is written with ("$480" 2, "3.69" 3, "2,000" 1); for a range, its more precise end ("60 to 70%" 1). */
export function significantDigits(q: Quantity): number {
  let most = 0;
  for (const [written] of q.text.matchAll(/\d[\d,]*(?:\.\d+)?/gu)) {
    const digits = written.replace(/\D/gu, '').replace(/^0+/u, '');
    most = Math.max(most, (written.includes('.') ? digits : digits.replace(/0+$/u, '')).length);
  }
  return most === 0 && q.written ? wordDigits(q) : most;
}

/** The significant digits of a number written in words, from its value and the step of its last word ("six point three seven million": 637, three). */
function wordDigits(q: Quantity): number {
  const step = 2 * q.precision;
  // A share read from words ("seven in ten": 70, to the nearest 5) has no digits of its own.
  if (!(step > 0) || !Number.isInteger(Math.round(Math.log10(step) * 1e9) / 1e9) || !Number.isFinite(q.value) || q.value === 0) return 0;
  const steps = Math.round(Math.abs(q.value) / step);
  return String(steps).replace(/0+$/u, '').length;
}

/**
 * True when `round`, a whole figure written with trailing zeros ("148,000"), is `exact` rounded to as many significant
 * digits ("148,300"): the same figure, written less precisely.
 */
export function roundsOff(exact: Quantity, round: Quantity): boolean {
  if (round.hedge !== 'exact' || round.text.includes('.') || !/0$/u.test(round.text.replace(/\D+$/u, '')) || round.value === 0) return false;
  const digits = significantDigits(round);
  if (digits === 0 || significantDigits(exact) <= digits) return false;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(round.value))) - digits + 1);
  return Math.round(exact.value / step) * step === round.value;
}

/** Counted nouns (canonical, see words.ts) that count people: "people" may stand for any of them. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'employee journey doctor student child nurse teacher patient visitor member voter user customer tourist adult fan official officer ' +
    'soldier farmer driver owner holder subscriber participant respondent applicant graduate migrant refugee retiree pensioner household ' +
    'volunteer trainee tenant player'
  ).split(' '),
);

/**
 * True when two quantities fall in buckets that are compared: the same
 * bucket, a bare count against any count when both are distinctive ("a
 * population of 238,500" and "238,500 people"), a count of people against a
 * count of a kind of people ("employs 7,400 people" and "7,400 staff"), or a
 * bare standing against a superlative ("ranks third" and "second-largest").
 */
export function bucketsMeet(a: Quantity, b: Quantity): boolean {
  if (bucketKey(a) === bucketKey(b)) return true;
  // A bare standing ("ranks third among the ports") is a place in some ranking: any superlative may name it.
  if (a.unitClass === 'rank' && b.unitClass === 'rank') return a.unit === '' || b.unit === '';
  if (a.unitClass !== 'count' || b.unitClass !== 'count') return false;
  // An age ("aged 71", "turns 125") is no count of things: it meets another count only to agree with it.
  if (a.unit === AGE || b.unit === AGE) return agree(a, b);
  // A bare count ("grew from 212,000 to 238,500") says nothing about what it counts: any noun may be meant, when both
  // numbers are too distinctive to meet by chance ("12 wins" and "a membership of 12,400" are not compared).
  // A distinctive bare count that the other agrees with ("called out 187 times" and "about 190 callouts") may back it.
  if (a.unit === '' || b.unit === '') return (distinctive(a) && distinctive(b)) || ((a.unit === '' ? distinctive(a) : distinctive(b)) && agree(a, b));
  const x = canonicalNoun(a.unit);
  const y = canonicalNoun(b.unit);
  if ((x === PERSON && PEOPLE_NOUNS.has(y)) || (y === PERSON && PEOPLE_NOUNS.has(x))) return true;
  // Two kinds of people may be the same people ("38 of them operational" members and "38 operational volunteers"): when
  // the counts agree, they can back each other; they never contradict ("500 doctors" and "520 nurses").
  if (PEOPLE_NOUNS.has(x) && PEOPLE_NOUNS.has(y)) return agree(a, b);
  // Writers name what they count in other words ("148,630 parking tickets" for "148,630 penalty charge notices"): counts
  // of two nouns meet when both are too distinctive to agree by chance and they do agree. They can only back each other.
  return distinctive(a) && distinctive(b) && agree(a, b);
}

/** The length of the part of a year a period names: its month, quarter or half. */
function granularity(p: Period): 'month' | 'quarter' | 'half' | 'year' {
  return p.month !== undefined ? 'month' : p.quarter !== undefined ? 'quarter' : p.half !== undefined ? 'half' : 'year';
}

/** True when two periods cannot describe the same time. Missing information never conflicts. */
export function periodsConflict(a: Period | undefined, b: Period | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  // A time since a year ("has nearly tripled since 2021-22, to £9,640") runs on to the other's ("£9,640 in 2025-26").
  if (a.since !== b.since) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return true;
  if (a.half !== undefined && b.half !== undefined && a.half !== b.half) return true;
  if (a.quarter !== undefined && b.quarter !== undefined && a.quarter !== b.quarter) return true;
  if (a.half !== undefined && b.quarter !== undefined && Math.ceil(b.quarter / 2) !== a.half) return true;
  if (b.half !== undefined && a.quarter !== undefined && Math.ceil(a.quarter / 2) !== b.half) return true;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return true;
  // A whole year against a part of a year ("in 2024" vs "in the first quarter") are different totals,
  // and so are parts of different lengths ("in the first half" vs "in the first quarter").
  const part = (p: Period): boolean => p.half !== undefined || p.quarter !== undefined || p.month !== undefined;
  if ((a.year !== undefined && !part(a) && part(b)) || (b.year !== undefined && !part(b) && part(a))) return true;
  return part(a) && part(b) && granularity(a) !== granularity(b);
}

/** True when both periods are known and the same: 1; when they conflict: −1; otherwise 0. */
export function periodRelation(a: Period | undefined, b: Period | undefined): -1 | 0 | 1 {
  if (a === undefined || b === undefined || a.since !== b.since) return 0;
  if (periodsConflict(a, b)) return -1;
  const samePart = a.half === b.half && a.quarter === b.quarter && a.month === b.month;
  // The same quarter, half or month where one side leaves its year to the context ("January to March" and "Jan–Mar 2026").
  const namedPart = a.half !== undefined || a.quarter !== undefined || a.month !== undefined;
  return samePart && (a.year === b.year || (namedPart && (a.year === undefined || b.year === undefined))) ? 1 : 0;
}

/** True when a draft quantity and a source quantity talk about the same kind of thing and can be compared. */
export function comparable(draft: Quantity, source: Quantity): boolean {
  return bucketsMeet(draft, source) && draft.role === source.role;
}

function bounded(q: Quantity): readonly [number, number] {
  const low = Number.isFinite(q.low) ? q.low : q.high >= 0 ? q.high / OPEN_BOUND_FACTOR : q.high * OPEN_BOUND_FACTOR;
  const high = Number.isFinite(q.high) ? q.high : q.low >= 0 ? q.low * OPEN_BOUND_FACTOR : q.low / OPEN_BOUND_FACTOR;
  const floor = q.hedge === 'lessThan' || q.hedge === 'atMost' ? Math.max(low, Math.abs(q.high) / OPEN_BOUND_FACTOR) : low;
  return [Math.min(floor, high), high];
}

/** Which way an open-ended hedge points: "over 100" is a floor, "up to 30%" a ceiling; other hedges are neither. */
export function openSide(q: Quantity): 'floor' | 'ceiling' | undefined {
  if (q.hedge === 'moreThan' || q.hedge === 'atLeast') return 'floor';
  if (q.hedge === 'lessThan' || q.hedge === 'atMost') return 'ceiling';
  return undefined;
}

/** How far two values as large as `values` may differ by a float's rounding alone (relative, at least absolute for small ones). */
function floatSlack(...values: readonly number[]): number {
  return 1e-9 * Math.max(...values.map(Math.abs), 1);
}

/** True when the two intervals overlap; intervals that only touch do not: 56 [55.5, 56.5] and 57 [56.5, 57.5] are different numbers. */
function overlap([al, ah]: readonly [number, number], [bl, bh]: readonly [number, number]): boolean {
  const slack = floatSlack(ah, bh);
  return al < bh - slack && bl < ah - slack;
}

/** The interval the written bound's figure stands for, read as "about" that figure, since bounds are round numbers: "over 6,000" → [5,700, 6,300]. */
function boundFigure(q: Quantity): readonly [number, number] {
  return hedgeInterval(q.value, q.precision, 'approx');
}

/**
 * True when the two quantities agree within the precision and hedges their writers used. Two bounds on the
 * same side ("over 80" and "over 100", "up to 10%" and "up to 30%") agree only when they give the same figure:
 * the source's figure is the bound, and a writer who moves it has changed the figure, though one bound may
 * imply the other. Two ranges agree end by end, not by overlapping.
 */
export function agree(draft: Quantity, source: Quantity): boolean {
  if (draft.direction !== undefined && source.direction !== undefined && draft.direction !== source.direction) return false;
  // Two ranges agree end by end: "between 40% and 90%" is not "between 40% and 60%", though they overlap.
  if (draft.hedge === 'range' && source.hedge === 'range') {
    const slack = draft.precision + source.precision + Number.EPSILON * Math.abs(source.high);
    return Math.abs(draft.low - source.low) <= slack && Math.abs(draft.high - source.high) <= slack;
  }
  const side = openSide(draft);
  if (side !== undefined && side === openSide(source)) return overlap(boundFigure(draft), boundFigure(source));
  // Two approximate figures agree only when the draft's figure, rounded as written, holds the source's: "approximately
  // $7.60" is not "approximately $7.50", though each is about the other; "about 40%" may round "about 38%".
  if (draft.hedge === 'approx' && source.hedge === 'approx') return overlap(roundedFigure(draft), [source.value - source.precision, source.value + source.precision]);
  if (finerExact(draft, source)) return roundsTo(draft, source);
  return overlap(bounded(draft), bounded(source)) || roundedToThousands(source, draft);
}

/** True when both figures are stated exactly and the draft gives more digits than the source. */
function finerExact(draft: Quantity, source: Quantity): boolean {
  return draft.hedge === 'exact' && source.hedge === 'exact' && draft.precision < source.precision;
}

/**
 * True when the `fine` figure, rounded half up to the precision of the `coarse` one, gives it: "$1.4 billion" rounds
 * to "$1 billion", "$1.5 billion" does not (it rounds to $2 billion), though the two intervals touch.
 */
function roundsTo(fine: Quantity, coarse: Quantity): boolean {
  const slack = floatSlack(coarse.value);
  const gap = Math.abs(fine.value) - Math.abs(coarse.value);
  return Math.sign(fine.value) * Math.sign(coarse.value) >= 0 && gap >= -coarse.precision - slack && gap < coarse.precision - slack;
}

/** Fewest trailing zeros, and significant digits, of a round figure read as a rounding of a precise one. */
const ROUNDED_ZEROS = 3;
const ROUNDED_DIGITS = 2;

/**
 * True when the draft's `round` figure gives the source's `exact` one rounded to the thousands or coarser, to two
 * significant digits or more ("carries 118,000" for 118,460 journeys): a headline's way to write it, not another
 * figure. Smaller round figures ("40 schools" for 38) are as likely a wrong count.
 */
function roundedToThousands(exact: Quantity, round: Quantity): boolean {
  const digits = round.text.replace(/\D+$/u, '').replace(/\D/gu, '');
  return digits.endsWith('0'.repeat(ROUNDED_ZEROS)) && digits.replace(/0+$/u, '').length >= ROUNDED_DIGITS && roundsOff(exact, round);
}

/** True when the writer marked the figure as rounded ("about £5m", "almost 10%", "around 60%"). */
export function markedAsRounded(q: Quantity): boolean {
  return q.hedge === 'approx' || q.hedge === 'nearly';
}

/** True for a figure marked as rounded or as an open bound ("about 2,400", "nearly 5%", "more than 9,000"); not a range. */
export function looseFigure(q: Quantity): boolean {
  return markedAsRounded(q) || openSide(q) !== undefined;
}

/** The interval a figure stands for at its last significant digit: "40" for 35–45, "7.60" for 7.595–7.605. */
export function roundedFigure(q: Quantity): readonly [number, number] {
  const digits = significantDigits(q);
  if (digits === 0 || q.value === 0) return [q.value - q.precision, q.value + q.precision];
  const half = Math.max(q.precision, 10 ** (Math.floor(Math.log10(Math.abs(q.value))) - digits + 1) / 2);
  return [q.value - half, q.value + half];
}
