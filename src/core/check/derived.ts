/**
 * Figures a writer works out from the sources rather than copies: a change
 * in percent ("a fall of almost 10%" from 78,950 to 71,380), in points
 * between two shares or in the levels' own unit ("67 more than" 97), and, when the writer marks the figure as rounded, the
 * gap between two numbers ("£14.2m deficit, about £5m more than planned" for
 * a planned £9.5m) or the rest of a whole ("around 60% below normal" for
 * "40% of the normal amount"). Sums and plain gaps are left out: between
 * the small numbers of a list they match by chance. A draft may also show
 * its own working: a difference or sum of two of its figures, the share one
 * count of a sentence is of another ("187 of them, or 60%"), or, marked as
 * rounded, an average or a total of two ("nearly 2,000 tests a centre").
 * Such a figure is not what a nearby source number says, and it is not
 * wrong: the checker must not flag it.
 */
import type { Quantity } from '../model';
import { agree, looseFigure, markedAsRounded, openSide, significantDigits } from './agreement';

/** Most numbers a derivation draws on: pairs of them are tried, so this bounds the work. */
const MAX_INPUTS = 12;

/**
 * The values a writer may work out from two numbers `a` and `b` of one unit, in `target`'s unit: a change in
 * percent, in points or in their own unit between two levels, and, for a figure marked as rounded, the gap between them.
 */
function fromPair(a: Quantity, b: Quantity, target: Quantity): number[] {
  if (a.role !== 'level') return [];
  if (target.role === 'change') {
    if (target.unitClass === 'percent' && a.unitClass !== 'percent' && a.value > 0) return [(Math.abs(a.value - b.value) / a.value) * 100];
    // Points between two shares ("from 14.2% to 35.4%, a rise of more than 20 points").
    if (target.unitClass === 'percentagePoints' && a.unitClass === 'percent') return [Math.abs(a.value - b.value)];
    // A gap in the levels' own unit ("164 wildfires, 67 more than" the 97 of a year before).
    return sameKind(a, target) ? [Math.abs(a.value - b.value)] : [];
  }
  return markedAsRounded(target) && sameKind(a, target) ? [Math.abs(a.value - b.value)] : [];
}

/** The two-number derivations of {@link fromPair} over every ordered pair of `pool` whose numbers are of one kind and role. */
function fromPairs(pool: readonly Quantity[], target: Quantity, first: (q: Quantity) => boolean): number[] {
  const out: number[] = [];
  for (const a of pool) {
    if (!first(a)) continue;
    for (const b of pool) if (a !== b && sameKind(a, b) && a.role === b.role) out.push(...fromPair(a, b, target));
  }
  return out;
}

/** `target`'s value set to `value`, exactly, in no direction (a worked-out change may be read either way). */
function exactly(target: Quantity, value: number): Quantity {
  return { ...target, value, low: value, high: value, precision: 0, hedge: 'exact', direction: undefined };
}

/**
 * True when `mention` is a figure worked out from the source sentence of `rival` (its candidate and the numbers
 * beside it), within the precision the writer gave: a change in percent or in points between two of its levels
 * of one unit, or, for a figure marked as rounded, its gap from the rival or a percentage's rest of the whole
 * ("around 60% below normal" for 40% of it).
 */
export function derivable(mention: Quantity, rival: Quantity, besideRival: readonly Quantity[]): boolean {
  if (mention.unitClass === 'year' || mention.unitClass === 'rank') return false;
  // The rival's own value in another direction or role is that figure gone wrong, not one worked out ("fell 17%" for "up 17%").
  if (Math.abs(mention.value - rival.value) <= Math.max(mention.precision, rival.precision)) return false;
  const pool = [rival, ...besideRival].filter((q) => q.unitClass !== 'year' && q.unitClass !== 'rank').slice(0, MAX_INPUTS);
  const values =
    mention.role === 'change'
      ? fromPairs(pool, mention, () => true)
      : // A gap is between the rival and another number; a rest of the whole is the rival's.
        [...fromPairs(pool, mention, (a) => a === rival), ...(mention.unitClass === 'percent' && rival.unitClass === 'percent' && markedAsRounded(mention) ? [100 - rival.value] : [])];
  return values.some((v) => Number.isFinite(v) && v > 0 && agree(mention, exactly(mention, v)));
}

/**
 * True when `mention` is the total of a breakdown the draft's sentence restates: the rival's sentence lists two amounts
 * or more of the mention's unit, the draft's sentence (`draftSiblings`) states each of them, and they add up to the
 * mention ("raised £22m: a £7m seed round, an £11m Series A and a £4m extension" against a source that gives the three
 * rounds and its total in another sentence). A sum of numbers the draft itself lists cannot be one of them gone wrong.
 */
export function totalOfRestatedBreakdown(mention: Quantity, draftSiblings: readonly Quantity[], rival: Quantity, besideRival: readonly Quantity[]): boolean {
  const items = [rival, ...besideRival].filter((q) => q.unitClass === mention.unitClass && q.unit === mention.unit && q.role === 'level');
  // Bounds add up to nothing: "at least $6" and "approximately $7.50" hold of too many sums.
  if (mention.role !== 'level' || items.length < 2 || items.length > MAX_INPUTS || [mention, ...items].some((q) => openSide(q) !== undefined)) return false;
  if (!items.every((item) => draftSiblings.some((d) => d !== mention && agree(d, item)))) return false;
  return agree(mention, exactly(mention, items.reduce((sum, q) => sum + q.value, 0)));
}

/** How far a figure worked out to the mention's last digit may be from it: that digit's rounding, and the float's own. */
function lastDigitSlack(mention: Quantity): number {
  return mention.precision + Number.EPSILON * Math.abs(mention.value);
}

/** Classes of amounts that parts of a whole add up in: not places, years or dates. */
const AMOUNT_CLASSES: ReadonlySet<string> = new Set(['currency', 'count', 'percent', 'length', 'area', 'mass', 'volume', 'power', 'duration']);

/** Most amounts of the mention's kind a source sentence may give for the rest of a whole to be worked out from it. */
const MAX_SPLIT = 3;

/**
 * True when `mention` is the rest of a whole once a part is taken away, where the rival's sentence gives the whole and
 * the part and the draft's sentence states the whole too ("£1.34m to repair, of which £440,000 was not covered by
 * insurance" against "Repairs cost £1.34 million, of which insurance covered £900,000"; "8 of the 96 plots are empty"
 * against a row "| Larchway | 96 | 88 | 74 |" of plots, plots let and people waiting): the writer worked it out, to
 * the last digit of the mention.
 */
export function restOfRestatedWhole(mention: Quantity, draftSiblings: readonly Quantity[], rival: Quantity, besideRival: readonly Quantity[]): boolean {
  if (mention.role !== 'level' || openSide(mention) !== undefined || !AMOUNT_CLASSES.has(mention.unitClass)) return false;
  // A whole split in two or three ("£1.34 million, of which insurance covered £900,000"): in a longer list, the whole
  // less one item is as likely a chance match ("164 test purchases: 72 for vapes, 58 for alcohol, …").
  // A bound ("at least six") is no whole and no part: it holds of too many values.
  const amounts = [rival, ...besideRival].filter((q) => q.role === 'level' && openSide(q) === undefined && addUp(q, mention));
  if (amounts.length > MAX_SPLIT) return false;
  const slack = lastDigitSlack(mention);
  return amounts.some(
    (whole) =>
      draftSiblings.some((d) => d !== mention && agree(d, whole)) && amounts.some((part) => part !== whole && whole.value > part.value && Math.abs(whole.value - part.value - mention.value) <= slack),
  );
}

/** How far apart, relative to their size, two values may be and still be one number: a float's rounding. */
const FLOAT_SLACK = 1e-9;
/** True when `value`, worked out exactly, is `mention`'s value but for the float's rounding. */
function isExactly(mention: Quantity, value: number): boolean {
  return Math.abs(value - mention.value) <= FLOAT_SLACK * Math.abs(mention.value);
}
/** Fewest significant digits a figure needs for its match with the draft's own arithmetic to be no chance. */
const WORKED_OUT_DIGITS = 3;
/** The same, when the working draws only on the few numbers of the mention's own sentence. */
const SENTENCE_WORKED_OUT_DIGITS = 2;
/** Fewest numbers of a listed run whose sum is a worked-out total (two are the pairs above). */
const MIN_RUN = 3;
/** How many times the last digit's precision each number a working draws on must be. */
const MATERIAL = 10;

/**
 * True when `mention` is the exact difference or sum of two numbers of its kind that the draft itself states in its
 * sentence (`sentence`) or before it (`earlier`: its paragraph's earlier sentences and the paragraph before) ("rose to
 * 1,106 … just ten people … the other 1,096 complainants"), or the sum of a run of
 * three or more it lists in a row ("the railway's 438, the trail's 163 and the shop's 47 make 648"): the writer shows
 * the working, and the figure is as right as those it comes from. Figures of three significant digits or more, so that
 * a match is no coincidence; two will do for the gap or sum of two exact numbers of three digits or more of the
 * mention's own sentence, which are few ("£286 each against £312, a saving of £26"). When the sentence names the
 * working (`namesWorking`: "Sixty: 14 permanent staff plus the rink's 46"), any figure of it counts, rounded ones too.
 */
export function workedOutInDraft(mention: Quantity, earlier: readonly Quantity[], sentence: readonly Quantity[], namesWorking: boolean): boolean {
  if (namesWorking && namedWorkingOf(mention, sentence)) return true;
  const digits = significantDigits(mention);
  if (mention.role !== 'level' || mention.hedge !== 'exact' || digits < SENTENCE_WORKED_OUT_DIGITS) return false;
  const alike = (q: Quantity): boolean => q !== mention && q.unitClass === mention.unitClass && q.role === 'level' && (q.unitClass === 'count' || q.unit === mention.unit);
  // Two-digit results only from exact numbers of three digits or more: small ones ("60 came; 12 left and 48 stayed") meet by chance.
  const ownSentence = sentence.filter((q) => alike(q) && (digits >= WORKED_OUT_DIGITS || (q.hedge === 'exact' && significantDigits(q) >= WORKED_OUT_DIGITS)));
  const pool = digits >= WORKED_OUT_DIGITS ? [...earlier.filter(alike), ...ownSentence].slice(-MAX_INPUTS) : ownSentence.slice(-MAX_INPUTS);
  // The writer works with the figures as written, so the result must match to the mention's own last digit.
  const slack = lastDigitSlack(mention);
  for (const a of pool) {
    for (const b of pool) {
      if (a === b) continue;
      // A number too small to move the result past its last digit works out nothing ("£13.9m" less "£2,200").
      if (Math.min(Math.abs(a.value), Math.abs(b.value)) < MATERIAL * slack) continue;
      if (Math.abs(a.value - b.value - mention.value) <= slack || (a.value < b.value && Math.abs(a.value + b.value - mention.value) <= slack)) return true;
    }
  }
  return digits >= WORKED_OUT_DIGITS && sumsARun(pool, mention.value, slack);
}

/**
 * True when `mention` is, within the precision the writer gave, the sum or difference of two exact numbers of its kind in
 * its sentence, which names that working ("plus", "added together").
 */
function namedWorkingOf(mention: Quantity, sentence: readonly Quantity[]): boolean {
  if (mention.role !== 'level' || mention.hedge === 'range' || !AMOUNT_CLASSES.has(mention.unitClass)) return false;
  const inputs = sentence.filter((q) => q.span.start !== mention.span.start && q.hedge === 'exact' && q.role === 'level' && q.value > 0 && addUp(q, mention));
  return inputs.some((a) => inputs.some((b) => a !== b && [a.value + b.value, Math.abs(a.value - b.value)].some((v) => agree(mention, exactly(mention, v)) && (openSide(mention) === undefined || Math.abs(v - mention.value) <= OPEN_REACH * Math.abs(mention.value)))));
}

/** True when some run of {@link MIN_RUN} or more consecutive numbers of `pool` adds up to `total`, within `slack`. */
function sumsARun(pool: readonly Quantity[], total: number, slack: number): boolean {
  for (let first = 0; first + MIN_RUN <= pool.length; first++) {
    let sum = 0;
    for (let last = first; last < pool.length; last++) {
      sum += (pool[last] as Quantity).value;
      if (last - first + 1 >= MIN_RUN && Math.abs(sum - total) <= slack) return true;
    }
  }
  return false;
}

/** How many numbers of the paragraph's earlier sentences an average, a total or a share may draw on, latest last. */
const RATIO_INPUTS = 6;
/**
 * Fewest things an average is shared over, unless the figure is per the very thing counted ("£20,000 a year" of
 * "£60,000 over three years"). A few items of a list are named one by one: "£350,000 … six recommendations" gives
 * "about £59,000" by chance, where "about £59,000 each" is another figure.
 */
const MIN_SHARED_OVER = 10;
/** Least rounded count an average or total is read as: "about two" or "about three" is met by too many quotients. */
const MIN_WORKED_COUNT = 10;
/** Fewest significant digits of a part of a whole worked out from a percentage ("a quarter of the 7,000, 1,750"). */
const PART_DIGITS = 3;
/** How far above (or below) its figure a value worked out may lie and still be what a bound gives ("more than 60" for 63.8). */
const OPEN_REACH = 0.1;
/** Days in each period a rate may be per, to share a duration out over ("766 in twelve months, 60 a month"). */
const DAYS_PER: Readonly<Record<string, number>> = { day: 1, night: 1, week: 7, month: 365.25 / 12, year: 365.25 };

/** How many of `per` the number `n` counts: "112 sale days" are 112 days, "twelve months" 12 months; else undefined. */
function countOfPer(n: Quantity, per: string): number | undefined {
  const days = DAYS_PER[per];
  if (n.unitClass === 'duration' && days !== undefined) return n.value / days;
  return n.unitClass === 'count' && per !== '' && n.unit === per ? n.value : undefined;
}

/** True when `a` and `b` add up: amounts of one currency or measure, or counts, of things by any name. */
function addUp(a: Quantity, b: Quantity): boolean {
  return a.unitClass === b.unitClass && (a.unitClass === 'count' || a.unit === b.unit);
}

/** True when `a` and `b` are amounts of one kind: one currency or measure, or counts of one thing (or of things unnamed). */
function sameKind(a: Quantity, b: Quantity): boolean {
  return a.unitClass === b.unitClass && (a.unit === b.unit || (a.unitClass === 'count' && (a.unit === '' || b.unit === '')));
}

/**
 * True when `mention` is a ratio the draft works out from numbers it states around it: `sentence`, the numbers of its
 * own sentence, before and after it, and `earlier`, those of the paragraph's earlier sentences (the last
 * {@link RATIO_INPUTS}). The writer shows the working, and the figure is as right as the numbers it comes from:
 * - a share that an amount its sentence states before it is of another of its kind ("187 of 312 trees, or 60%", "22,300
 *   of the 31,640 lights, about seven in ten"), or, marked as rounded, the rest of a share of its sentence ("23.4%
 *   full: more than three seats in four are empty");
 * - a rate per the very thing a number counts ("£60,000 over three years, or £20,000 a year", "148,620 head over 112
 *   sale days, about 1,330 a sale day");
 * - marked as rounded, an amount shared out over a count of other things ("21,460 tests at 11 centres: nearly 2,000
 *   tests a centre"), at least {@link MIN_SHARED_OVER} of them, or an amount times a count ("1,290 candidates … at £62
 *   a test, about £80,000");
 * - a part of an amount its sentence gives as a percentage of it ("a quarter of the 7,000 standards, 1,750 trees"), or
 *   what a change in percent makes of it ("£9,640 … cut by about 60%, to roughly £3,860"), to three significant digits
 *   or more ({@link PART_DIGITS}): with two, "about 70%" of 121 makes "85" by chance.
 * `per` is what the mention is per ("year"), or '' (amountKind.ts). `before` are the numbers of the paragraph before: the
 * last {@link RATIO_INPUTS} of the mention's own kind among them may be worked with too ("48,620 patients" a paragraph
 * before "With 38 vets, that is about 1,280 patients per vet").
 */
export function ratioInDraft(mention: Quantity, per: string, sentence: readonly Quantity[], earlier: readonly Quantity[], before: readonly Quantity[] = []): boolean {
  if (mention.role !== 'level' || !AMOUNT_CLASSES.has(mention.unitClass)) return false;
  // A range holds too many values to be worked out; a bound is worked out only near its figure ("more than 60" for 63.8).
  if (mention.hedge === 'range') return false;
  const ownKindBefore = before.filter((q) => sameKind(q, mention)).slice(-RATIO_INPUTS);
  const inputs = [...ownKindBefore, ...earlier.slice(-RATIO_INPUTS), ...sentence].filter((q) => q.span.start !== mention.span.start && q.value > 0 && AMOUNT_CLASSES.has(q.unitClass));
  const fits = (value: number): boolean =>
    Number.isFinite(value) && agree(mention, exactly(mention, value)) && (openSide(mention) === undefined || Math.abs(value - mention.value) <= Math.max(mention.precision, OPEN_REACH * Math.abs(mention.value)));
  if (mention.unitClass === 'percent') {
    return (
      sentence.some((part) => part.span.start < mention.span.start && part.unitClass !== 'percent' && part.role === 'level' && inputs.some((whole) => whole.role === 'level' && part.value < whole.value && sameKind(part, whole) && fits((100 * part.value) / whole.value))) ||
      (looseFigure(mention) && sentence.some((q) => q.span.start !== mention.span.start && q.unitClass === 'percent' && q.role === 'level' && fits(100 - q.value)))
    );
  }
  const amounts = inputs.filter((a) => sameKind(a, mention) && (a.role === 'level' || a.role === 'change'));
  const counts = inputs.filter((n) => n.role === 'level' && n.unitClass === 'count' && Number.isInteger(n.value) && n.value >= 2);
  const perThing = amounts.some((a) =>
    inputs.some((n) => {
      const many = n === a ? undefined : countOfPer(n, per);
      return many !== undefined && many >= 2 && fits(a.value / many);
    }),
  );
  const shared =
    markedAsRounded(mention) &&
    !(mention.unitClass === 'count' && mention.value < MIN_WORKED_COUNT) &&
    amounts.some((a) => a.role === 'level' && counts.some((n) => n !== a && ((n.unit !== a.unit && n.value >= MIN_SHARED_OVER && fits(a.value / n.value)) || (mention.unitClass !== 'count' && fits(a.value * n.value)))));
  const percents = sentence.filter((p) => p.span.start !== mention.span.start && p.unitClass === 'percent' && p.value < 100 && (p.hedge === 'exact' || markedAsRounded(p)) && (p.role === 'level' || p.direction !== undefined));
  const part =
    significantDigits(mention) >= PART_DIGITS &&
    // Counts of anything: "a quarter of the 7,000 standards, 1,750 trees" counts the same things by two names.
    inputs.some((a) => a.role === 'level' && addUp(a, mention) && percents.some((p) => fits(a.value * (p.role === 'level' ? p.value / 100 : p.direction === 'down' ? 1 - p.value / 100 : 1 + p.value / 100))));
  return perThing || shared || part || billInDraft(mention, sentence, amounts);
}

/** Fewest significant digits of a bill worked out from two prices and two counts: more inputs meet more figures by chance. */
const TWO_LINE_BILL_DIGITS = 3;

/**
 * True when `mention`, an amount given exactly, is what a count of its sentence (`sentence`) comes to at a price the draft
 * states (`amounts`, the draft's exact numbers of the mention's kind), to the last digit: "£24 on the gate …, so two
 * adults will pay £48", "two more seasons at £1,500 a season, £3,000 in all", or, with two prices and two counts and a
 * figure of {@link TWO_LINE_BILL_DIGITS} significant digits or more, "£21.50 for adults and £14.25 for children. A
 * family of two adults and three children pays £85.75". A price from an earlier sentence needs a figure of two digits or
 * more: "£3" is a product of too much.
 */
function billInDraft(mention: Quantity, sentence: readonly Quantity[], amounts: readonly Quantity[]): boolean {
  if (mention.unitClass === 'count' || mention.hedge !== 'exact') return false;
  const counts = sentence.filter((n) => n.span.start !== mention.span.start && n.unitClass === 'count' && n.hedge === 'exact' && Number.isInteger(n.value) && n.value >= 2);
  const prices = amounts.filter((p) => p.hedge === 'exact');
  const near = (value: number): boolean => isExactly(mention, value);
  const digits = significantDigits(mention);
  const oneLine = counts.some((n) => prices.some((p) => n !== p && (digits >= 2 || sentence.includes(p)) && near(n.value * p.value)));
  if (oneLine || digits < TWO_LINE_BILL_DIGITS) return oneLine;
  return counts.some((n1) => counts.some((n2) => n1 !== n2 && prices.some((p1) => prices.some((p2) => p1 !== p2 && near(n1.value * p1.value + n2.value * p2.value)))));
}

/**
 * True when `mention` is a number of the rival's source sentence (`sourceNumbers`: the rival and those beside it)
 * combined with a number of the draft's own sentence (`draftSiblings`), exactly: their sum or gap
 * ("a surplus of £130,000, a turnaround of £215,000" on a deficit of £85,000; "two of the 6,185 visitors, with 6,183
 * other people"), or the source number times, or shared over, a count the draft gives ("two adult tickets cost
 * £29.50" at £14.75 each). The draft names what it works with, so few values are tried, and a figure of three
 * significant digits or more meets one of them seldom by chance: small ones do ("Jiangsu 13, Zhejiang 7, Shanghai 5"
 * makes "twelve" a sum).
 */
export function combinedWithDraft(mention: Quantity, sourceNumbers: readonly Quantity[], draftSiblings: readonly Quantity[]): boolean {
  if (mention.hedge !== 'exact' || significantDigits(mention) < WORKED_OUT_DIGITS || !AMOUNT_CLASSES.has(mention.unitClass) || mention.unitClass === 'percent') return false;
  // The working is exact: a sum rounded to the mention's last digit is as often a chance match ("$1.8 billion" less
  // "$127.1 million" is not "$1.7 billion").
  const near = (value: number): boolean => isExactly(mention, value);
  // Counts add up whatever they are called ("two of the visitors" and "6,183 other people").
  const addsUp = (q: Quantity): boolean => addUp(q, mention);
  const own = draftSiblings.filter((d) => d.span.start !== mention.span.start && d.hedge === 'exact' && d.value > 0);
  return sourceNumbers.some(
    (s) =>
      s.hedge === 'exact' &&
      addsUp(s) &&
      own.some(
        (d) =>
          // The draft restating the source number works nothing out: "38.2, from 41.6" makes "83.2" no double.
          !agree(d, s) &&
          ((addsUp(d) && (near(s.value + d.value) || near(Math.abs(s.value - d.value)))) ||
            (d.unitClass === 'count' && mention.unitClass !== 'count' && Number.isInteger(d.value) && d.value >= 2 && (near(s.value * d.value) || near(s.value / d.value)))),
      ),
  );
}

/**
 * True when `mention` is the gap between the two ends of the rival's comparison, the rival its earlier end, and the
 * draft's sentence (`draftSiblings`) states the later end: "Cash payers took a bigger hit: 20p, or 9.1%, to £2.40"
 * against "The cash toll went up from £2.20 to £2.40". The writer worked out the rise, to the mention's last digit.
 */
export function gapOfRestatedComparison(mention: Quantity, draftSiblings: readonly Quantity[], rival: Quantity, rivalIsEarlier: boolean, besideRival: readonly Quantity[]): boolean {
  if (!rivalIsEarlier || mention.role !== 'level' || rival.role !== 'level' || openSide(mention) !== undefined || mention.unitClass !== rival.unitClass || mention.unit !== rival.unit) return false;
  const slack = lastDigitSlack(mention);
  return besideRival.some(
    (later) =>
      later.role === 'level' && later.unitClass === rival.unitClass && later.unit === rival.unit && Math.abs(Math.abs(later.value - rival.value) - mention.value) <= slack && draftSiblings.some((d) => d !== mention && agree(d, later)),
  );
}
