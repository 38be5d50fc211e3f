/**
 * The quantity extractor: finds every number in English prose and normalises
 * it into a {@link Quantity} (value, unit class, unit, scale, precision, hedge
 * interval, role, period and span).
 *
 * Why our own: `@microsoft/recognizers-text` misses "65bn" and costs about
 * 4 ms per sentence and 320 KB gzipped; compromise misreads "US$19.9
 * million". No library read all the formats the fact checker needs, so this is
 * a small token scanner over one regular expression compiled at load time
 * (see lexer.ts) with word tables for hedges, currencies, scales and units.
 * It never throws, always advances, and every span lies inside the input.
 *
 * A mention is read left to right as
 *   [hedge] [currency prefix] core [scale] [range] [unit | counted noun]
 * where the core is a digit run, written cardinal, fraction or ordinal
 * (core.ts). A four-digit 1800–2199 integer with nothing around it is a year.
 * Period phrases (periods.ts) attach to the other quantities of the same
 * sentence, nearest first (a phrase after a number only when no other number
 * sits in between); a bare count inherits the counted noun of the
 * previous count in its sentence ("Jiangsu has 13 clusters, Zhejiang has seven"),
 * and a number after a possessive with its noun left out is a change when
 * the previous one of its kind was ("growth of 1.5 percent; Jiading's was 7 percent").
 */
import type { Hedge, Period, Quantity, Span, UnitClass } from '../model';
import { findCalendarQuantities } from './calendar';
import { cardinalAt, type Core, ELIDED_RANK, readCore } from './core';
import { hedgeInterval, HEDGES, HEDGES_AFTER } from './hedges';
import { isAcronym, isWord, type QToken, lex, matchPhrase } from './lexer';
import { looksPlural } from './lemma';
import { countedNoun } from './nouns';
import { readWordNumber } from './numberWords';
import { findPeriods, type PeriodMention } from './periods';
import { isChangeWord, readRole } from './roles';
import { lowerBound } from '../sorted';
import { STOPWORDS } from '../text/tokens';
import { joinCompoundDurations } from './compoundDurations';
import { CURRENCY_PREFIXES, GLUE_ONLY_UNITS, GLUED_SCALES, inUnit, SCALES, type UnitInfo, UNITS, writtenUnitFactor } from './units';

/**
 * Precision given to fractions written in words: "three-fifths" stands for 57.5–62.5 percent; a small one no more than
 * a tenth of itself ("one in 40" for 2.25–2.75 percent, never "one in 14").
 */
const FRACTION_PRECISION = 2.5;
const FRACTION_RELATIVE_PRECISION = 0.1;
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
const RANGE_WORDS: ReadonlySet<string> = new Set([...DASHES, 'to']);
const SENTENCE_END_RE = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\d])|\n\s*\n/gu;
/** Sentence ends plus semicolons and colons: a period phrase in the same clause wins over a nearer one across a semicolon. */
const CLAUSE_END_RE = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\d])|\n\s*\n|[;:]\s+/gu;

/**
 * Most characters between a number and a period phrase after it that dates it ("65 billion yuan in the first half
 * of 2025"): one further off dates something else the sentence goes on to say ("a £12.4m centre, finished in May,
 * is due to open in December 2026").
 */
const AFTER_PERIOD_REACH = 40;

/** What a mention was measured in: a bare number compared with it inherits this. */
interface Measure {
  readonly currency: string | undefined;
  readonly info: UnitInfo | undefined;
  readonly scale: number;
}

interface Parsed {
  readonly quantity?: Quantity;
  readonly next: number;
  readonly measure?: Measure;
}

/** The previous mention of the text, with its first token and the token after it. */
interface Previous {
  readonly quantity: Quantity;
  readonly measure: Measure;
  readonly first: number;
  readonly next: number;
  /** The mention before it, for a change in percent that may follow the level it changes ("41,000 m³, down 29.9%"). */
  readonly before?: Previous;
}

/** Words that compare a bare number with the mention just before it ("fell to 12 days from 19", "$2.9 million, up from 2.6"). */
const COMPARE_WORDS: ReadonlySet<string> = new Set(['from', 'to', 'than', 'versus', 'vs', 'against']);
const COMPARE_FILLERS: ReadonlySet<string> = new Set([',', 'up', 'down', 'and']);
/** Most tokens between the two: the comparison word and a few fillers ("…, up from"). */
const MAX_COMPARE_TOKENS = 3;
/** Most tokens between a level and the alternative it replaces: "23 days in dry dock this autumn instead of the nine we planned". */
const MAX_ALTERNATIVE_TOKENS = 10;
/** Words of a rate that a writer repeats before a bare number: "from every 10 minutes to every 12". */
export const RATE_WORDS: ReadonlySet<string> = new Set(['every', 'each']);
/** Most words between "instead of" or "rather than" and the bare number: "rather than the planned nine". */
const MAX_ALTERNATIVE_WORDS = 2;

/**
 * The measure a bare number whose mention (with its hedge) starts at token `i` takes from the level just before it
 * when only a comparison stands between them: "12 days from 19" means 19 days, "141 days, against roughly 110"
 * and "1.8 km, compared with 1.2" too; so does "every 10 minutes to every 12". An alternative it replaces may stand a
 * short phrase further on: "every 15 minutes in the daytime instead of every 10", "23 days in dry dock this autumn rather
 * than the planned nine".
 */
function comparedMeasure(tokens: readonly QToken[], i: number, last: Previous | undefined): Measure | undefined {
  const previous = changedLevel(tokens, last);
  if (previous === undefined || last === undefined || previous.quantity.role !== 'level' || previous.quantity.unitClass === 'year' || last.next > i || i - last.next > MAX_ALTERNATIVE_TOKENS) return undefined;
  // A span of time that dates the sentence's figures ("388 in the last six months against 655") is no measure of them.
  if (previous.quantity.unitClass === 'duration' && PERIOD_SPAN_BEFORE.has(tokens[previous.first - 1]?.lower ?? '')) return undefined;
  const written = tokens.slice(last.next, i).map((t) => t.lower);
  // "instead of every 10", "rather than the planned nine": a replaced alternative, with at most two words of its own.
  const replaced = written.findIndex((w, k) => (w === 'instead' && written[k + 1] === 'of') || (w === 'rather' && written[k + 1] === 'than'));
  if (replaced >= 0) return written.length - replaced - 2 <= MAX_ALTERNATIVE_WORDS && written.every((w) => /^[\p{L},]/u.test(w)) ? previous.measure : undefined;
  const between = RATE_WORDS.has(written[written.length - 1] ?? '') ? written.slice(0, -1) : written;
  const word = between[between.length - 1] ?? '';
  if (between.length > MAX_COMPARE_TOKENS) return undefined;
  // "compared with" compares; "with" alone does not ("$5m with 4 staff").
  const compares = COMPARE_WORDS.has(word) || (word === 'with' && between[between.length - 2] === 'compared');
  const fillers = between.slice(0, word === 'with' ? -2 : -1);
  if (!compares || !fillers.every((w) => COMPARE_FILLERS.has(w))) return undefined;
  return previous.measure;
}

/** Words right before a span of time that make it the period a figure is counted over: "in the last six months", "over the past year". */
const PERIOD_SPAN_BEFORE: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'first', 'next', 'latest']);

/** Words that may stand between a comma after a level and its change in percent: "41,000 cubic metres, down 29.9%", "$5m, up by 8%". */
const CHANGE_AFTER_LEVEL: ReadonlySet<string> = new Set(['up', 'down', 'by']);
/** Most words of the level's own phrase before that comma: "41,000 cubic metres | of water |, down 29.9%". */
const MAX_LEVEL_TAIL = 3;

/**
 * The level a comparison after `last` compares with: `last` itself, or, when `last` is a change in percent right after
 * a level ("41,000 cubic metres, down 29.9% | from 58,500"), that level, whose earlier value the bare number is.
 */
function changedLevel(tokens: readonly QToken[], last: Previous | undefined): Previous | undefined {
  const level = last?.before;
  if (last === undefined || last.quantity.role !== 'change' || last.quantity.unitClass !== 'percent' || level === undefined) return last;
  const joint = tokens.slice(level.next, last.first).map((t) => t.lower);
  const comma = joint.lastIndexOf(',');
  const tail = joint.slice(0, Math.max(comma, 0));
  const joined = comma >= 0 && tail.length <= MAX_LEVEL_TAIL && tail.every((w) => /^\p{L}/u.test(w)) && joint.slice(comma + 1).every((w) => CHANGE_AFTER_LEVEL.has(w));
  return joined ? level : last;
}

function currencyPrefixAt(tokens: readonly QToken[], i: number): { code: string; length: number } | undefined {
  const m = matchPhrase(tokens, i, CURRENCY_PREFIXES);
  if (m === undefined) return undefined;
  for (let k = 1; k < m.length; k++) if (tokens[i + k]?.glued !== true) return undefined;
  const first = tokens[i];
  // Codes written as words ("RMB 5 billion") must be followed by a number.
  if (first?.kind === 'word' && m.length === 1 && tokens[i + 1]?.kind !== 'num') return undefined;
  return { code: m.value, length: m.length };
}

function scaleAt(tokens: readonly QToken[], k: number, hasCurrency: boolean): { scale: number; next: number } {
  const word = matchPhrase(tokens, k, SCALES);
  if (word !== undefined) return { scale: word.value, next: k + word.length };
  const t = tokens[k];
  // A scale letter stands apart after a currency too: "£3.8 m" is £3.8 million.
  if (t?.kind === 'word' && (t.glued || hasCurrency)) {
    const s = GLUED_SCALES.get(t.lower);
    // "30m" is a length, but "5m tonnes", "€3bn euros" and "1.12m visits" are millions and billions of what follows.
    const next = tokens[k + 1];
    const measuredAfter = matchPhrase(tokens, k + 1, UNITS) !== undefined || (next?.kind === 'word' && !next.glued && looksPlural(next.lower));
    if (s !== undefined && (t.lower === 'k' || hasCurrency || measuredAfter)) return { scale: s, next: k + 1 };
  }
  return { scale: 1, next: k };
}

/** Unit symbols that stand apart from the number in the SI way ("3.8 m (2.6 m)"), when no word follows them. */
const SPACED_SYMBOLS: ReadonlySet<string> = new Set(['m']);

/** True when tokens[at] is a unit symbol written apart from its number, the SI way, with no word after it ("3.8 m", not "3.8 m visitors"). */
function spacedSymbol(tokens: readonly QToken[], at: number): boolean {
  return SPACED_SYMBOLS.has(tokens[at]?.lower ?? '') && tokens[at]?.text === tokens[at]?.lower && tokens[at + 1]?.kind !== 'word';
}

/** Units of time in the singular: glued or hyphenated after most numbers ("5-year"), but a unit of their own after one ("for one week", "1 day"). */
const SINGULAR_TIME_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'hour', 'minute', 'year']);

/** The unit at tokens[k], if any; `one` says the number before it is one or a part of one, which takes a unit of time in the singular. */
function unitAt(tokens: readonly QToken[], k: number, one = false): { info: UnitInfo; next: number } | undefined {
  const hyphen = tokens[k]?.text === '-' && tokens[k]?.glued === true && tokens[k + 1]?.glued === true;
  const at = hyphen ? k + 1 : k;
  const m = matchPhrase(tokens, at, UNITS);
  if (m === undefined) return undefined;
  const t = tokens[at];
  if (t !== undefined && GLUE_ONLY_UNITS.has(t.lower) && !t.glued && !(one && SINGULAR_TIME_UNITS.has(t.lower)) && !spacedSymbol(tokens, at)) return undefined;
  const afterUnit = tokens[at + m.length];
  // "30 m" is a length but "3 Mw" glued to a following word is not a unit ("5 kms" fine, "5 mph" not).
  if (afterUnit?.kind === 'word' && afterUnit.glued) return undefined;
  return { info: m.value, next: at + m.length };
}

/** True for "One day" opening a sentence or clause: a time in a story ("One day, the river rose"), not a day's length. */
function openingIdiom(tokens: readonly QToken[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i]?.lower === 'one' && tokens[i + 1]?.lower === 'day' && (before === undefined || /^[.!?;:,"“]$/u.test(before.text));
}

/** Words before a written "one" that make it a pronoun ("no one", "the one", "each one"). */
const PRONOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'a', 'another', 'someone', 'anyone']);
const ITEM_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', 'and']);

/** True when a bare number at tokens [first, next) ends a list item: punctuation or "and" follows, and no determiner precedes. */
function closesListItem(tokens: readonly QToken[], first: number, next: number): boolean {
  const after = tokens[next];
  return (after === undefined || ITEM_ENDS.has(after.lower)) && !PRONOUN_DETERMINERS.has(tokens[first - 1]?.lower ?? '');
}

function isYear(core: Core, tokens: readonly QToken[], at: number): boolean {
  return core.kind === 'cardinal' && !core.written && core.decimals === 0 && /^\d{4}$/.test(tokens[at]?.text ?? '') && core.value >= 1800 && core.value < 2200;
}

/** Reads the second number of a range ("40 to 45", "$3-4 billion", "between 40 and 45"). */
function rangeEndAt(tokens: readonly QToken[], k: number, between: boolean, first: number, currency?: string): { value: number; decimals: number; next: number } | undefined {
  const w = tokens[k];
  if (w === undefined || !(RANGE_WORDS.has(w.lower) || (between && w.lower === 'and'))) return undefined;
  if (tokens[first - 1]?.lower === 'from') return undefined;
  // The far end may repeat the near end's currency ("between $3.515 billion and $3.575 billion", "£95m-£120m"), except
  // where "to" joins a change and the level it reached ("fell by £0.4m to £6.8m", "rose £2m to £9m").
  const change = w.lower === 'to' && [tokens[first - 1], tokens[first - 2]].some((t) => t !== undefined && (t.lower === 'by' || isChangeWord(t.lower)));
  const repeated = currency === undefined || change ? undefined : currencyPrefixAt(tokens, k + 1);
  const c = readCore(tokens, k + 1 + (repeated?.code === currency ? (repeated?.length ?? 0) : 0));
  if (c?.kind !== 'cardinal') return undefined;
  return { value: c.value, decimals: c.decimals, next: c.next };
}

/**
 * The end of a range whose two numbers both carry the unit ("between 5% and 8%", "10 km – 12 km"): the range end
 * with `next` at the second unit, which is then read as the mention's unit. "To" does not join two such numbers:
 * "rose 6% to 38%" is a change and the level it reached.
 */
function rangeWithRepeatedUnit(tokens: readonly QToken[], k: number, between: boolean, first: number): { value: number; decimals: number; next: number } | undefined {
  const unit = unitAt(tokens, k);
  if (unit === undefined || !(between || DASHES.has(tokens[unit.next]?.text ?? ''))) return undefined;
  const end = rangeEndAt(tokens, unit.next, between, first);
  const again = end === undefined ? undefined : unitAt(tokens, end.next);
  return again !== undefined && again.info.unitClass === unit.info.unitClass && again.info.unit === unit.info.unit ? end : undefined;
}

/** What a parser knows of a mention before its role and span. */
type MentionFields = Pick<Quantity, 'value' | 'low' | 'high' | 'unitClass' | 'unit' | 'scale' | 'precision' | 'hedge' | 'written'>;

function build(
  text: string,
  tokens: readonly QToken[],
  first: number,
  next: number,
  fields: MentionFields,
  withRole: boolean,
): Quantity {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[next - 1]?.end ?? start;
  const role = withRole ? readRole(tokens, first, next, fields.unitClass) : { role: 'level' as const };
  return { ...fields, ...role, span: { start, end }, text: text.slice(start, end) };
}

/** The counted noun of an age: "aged 71", "the Press turns 125". */
export const AGE = 'age';
/** Words right before a number that make it an age. */
const AGE_BEFORE: ReadonlySet<string> = new Set(['aged', 'age', 'turns', 'turned', 'turning', 'turn']);

/** Words that open a span of ages after "aged" ("aged from 12 to 81", "aged between 16 and 24"). */
const AGE_SPAN_OPENERS: ReadonlySet<string> = new Set(['from', 'between']);
/** Words that join the two ends of a span of ages. */
const AGE_SPAN_JOINTS: ReadonlySet<string> = new Set(['to', 'and']);

/**
 * True when the bare number at tokens [i, k) is an age, with no noun of its own after it: "aged 71", "turns 125", and
 * either end of a span of ages ("aged from 12 to 81", "aged 16 to 24").
 */
function isAge(tokens: readonly QToken[], i: number, k: number): boolean {
  if (countedNoun(tokens, k, 0) !== '') return false;
  const word = (at: number): string => tokens[at]?.lower ?? '';
  // The near end: "aged 12", "aged from 12"; the far end: "aged 16 to 24", "aged from 12 to 81".
  const nearEndAt = (at: number): boolean => AGE_BEFORE.has(word(at - 1)) || (AGE_SPAN_OPENERS.has(word(at - 1)) && AGE_BEFORE.has(word(at - 2)));
  return nearEndAt(i) || (AGE_SPAN_JOINTS.has(word(i - 1)) && tokens[i - 2]?.kind === 'num' && nearEndAt(i - 2)) || ageBound(tokens, i);
}

/** Nouns of people right before "under" or "over" and a bare whole number, which make it their age ("children under 5"). */
const AGE_HOLDERS: ReadonlySet<string> = new Set('children people players pupils members adults residents visitors women men girls boys kids patients'.split(' '));
/** Words that say who are under or over an age before "are"/"were": a pronoun for people, or a count of them ("131 are under 16"). */
const AGE_SUBJECTS: ReadonlySet<string> = new Set(['them', 'they', 'who', 'those', 'whom']);
/** The oldest a bare number after "under" or "over" is read as an age. */
const OLDEST_AGE = 120;

/**
 * True when the bare whole number at token `i` is an age given as a bound: "children under 5", "people over 65", "131 of
 * them are under 16", "Of those, 131 are under 16" (the hedge word may open the quantity or stand before it). Not
 * "the waiting list is under 20", where nothing says it is about people.
 */
function ageBound(tokens: readonly QToken[], i: number): boolean {
  const word = (at: number): string => tokens[at]?.lower ?? '';
  const hedgeAt = word(i) === 'under' || word(i) === 'over' ? i : word(i - 1) === 'under' || word(i - 1) === 'over' ? i - 1 : -1;
  const number = tokens[hedgeAt + 1];
  if (hedgeAt < 1 || number?.kind !== 'num' || !/^\d{1,3}$/u.test(number.text) || Number(number.text) > OLDEST_AGE) return false;
  const before = word(hedgeAt - 1);
  const subject = tokens[hedgeAt - 2];
  return AGE_HOLDERS.has(before) || ((before === 'are' || before === 'were') && (AGE_SUBJECTS.has(subject?.lower ?? '') || subject?.kind === 'num'));
}

/** The counted noun of either side of a score ("won 27–24", "a 2-2 draw"). */
export const SCORE = 'score';
/** The most a side of a score is: a bigger number joined by a dash is no score. */
const MAX_SCORE = 200;

/**
 * True when the whole number at token `at` is one side of a score: two numbers joined by a dash that does not rise
 * ("Ferncliffe 27–24 Dunmore", "led 17–6", "a 2-2 draw"); a rising pair is a range ("3-5 days").
 */
function isScoreSide(tokens: readonly QToken[], at: number): boolean {
  const sideAt = (i: number): number | undefined => {
    const t = tokens[i];
    return t?.kind === 'num' && /^\d{1,3}$/u.test(t.text) && Number(t.text) <= MAX_SCORE ? Number(t.text) : undefined;
  };
  const joins = (dash: number): boolean => DASHES.has(tokens[dash]?.text ?? '') && tokens[dash - 1]?.kind === 'num' && tokens[dash + 1]?.kind === 'num';
  const here = sideAt(at);
  if (here === undefined) return false;
  const after = joins(at + 1) ? sideAt(at + 2) : undefined;
  if (after !== undefined) return here >= after;
  const before = joins(at - 1) ? sideAt(at - 2) : undefined;
  return before !== undefined && before >= here;
}

/** Words before "over" that make it "more than" even before a duration ("for over ten years", "in over a decade"). */
const DURATION_HEDGE_CUES: ReadonlySet<string> = new Set(['for', 'of', 'in', 'than', 'took', 'lasted', 'spent', 'after']);

/** The articles a hedge may read across ("up to a 30% increase"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** One-word hedges that are no preposition ("nearly a 40% rise"). */
const ADVERB_HEDGES: ReadonlySet<string> = new Set(['about', 'approximately', 'roughly', 'nearly', 'almost']);

/** Words that deny what follows them ("not", "won't", "never"). */
const NEGATION = /^(?:not|never|cannot|\p{L}+n['’]t)$/u;
/** Words that end a clause's reach: a negation before them denies something else ("not because more than 50 came"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'because', 'since', 'if', 'when', 'as', 'that', 'which', 'who', 'while', 'although', 'though', 'so']);
/** How many words may stand between a negation and the bound it denies ("won't | be | much | more than"). */
const NEGATION_REACH = 2;

/** True when a negation in the same clause, at most two words back, denies the bound that starts at token `i`. */
function negatedBefore(tokens: readonly QToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - NEGATION_REACH); k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || CLAUSE_LINKS.has(t.lower)) return false;
    if (NEGATION.test(t.lower)) return true;
  }
  return false;
}

/** The bound a denied bound leaves: "won't be more than 12.50" is at most 12.50, "isn't less than 5" at least 5. */
function negatedBound(hedge: Hedge): Hedge {
  switch (hedge) {
    case 'moreThan':
      return 'atMost';
    case 'atLeast':
      return 'lessThan';
    case 'lessThan':
      return 'atLeast';
    case 'atMost':
      return 'moreThan';
    default:
      return hedge;
  }
}

/** Verbs of movement that make "up to" a rise's end, not a bound: "went up to 24.3%", "has crept up to 11". */
const RISING_VERBS: ReadonlySet<string> = new Set(
  'go goes went gone going move moves moved moving climb climbs climbed climbing creep creeps crept creeping edge edges edged edging shoot shoots shot shooting jump jumps jumped jumping rise rises rose risen rising'.split(' '),
);

/** True when the "up to" at token `i` ends a rise ("went up to 24.3%"): a verb of movement before it. */
function risesTo(tokens: readonly QToken[], i: number): boolean {
  return tokens[i]?.lower === 'up' && tokens[i + 1]?.lower === 'to' && RISING_VERBS.has(tokens[i - 1]?.lower ?? '');
}

/** Verbs before "past" that make it a bound: "has gone past 200", "got past 1,000" (not "the past 12 months"). */
const PAST_VERBS: ReadonlySet<string> = new Set([...RISING_VERBS, 'get', 'gets', 'got', 'getting']);

/** True when the "past" at token `i` bounds the figure after it ("the Press has gone past 200"): a verb of movement before it. */
function goesPast(tokens: readonly QToken[], i: number): boolean {
  return tokens[i]?.lower === 'past' && PAST_VERBS.has(tokens[i - 1]?.lower ?? '');
}

/**
 * Forms of "pass" that bound a figure ("passed 400", "vets pass 48,000 patients") unless they govern what they count
 * ("passed 12 resolutions").
 */
const PASSING: ReadonlySet<string> = new Set(['pass', 'passes', 'passed']);

/** Nouns after a passed figure that name it as a threshold ("passed the 400 mark"), not what it counts. */
const THRESHOLD_NOUNS: ReadonlySet<string> = new Set(['mark', 'milestone', 'barrier', 'threshold', 'level']);

/** True when the token at `k` opens a noun phrase that is no unit ("12 resolutions", "28 music points"): what a number before it counts. */
function countedNounAfter(tokens: readonly QToken[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && !t.glued && !STOPWORDS.has(t.lower) && !THRESHOLD_NOUNS.has(t.lower) && matchPhrase(tokens, k, UNITS) === undefined;
}

/** Least round figure a passing verb reaches as a milestone with what it counts ("vets pass 48,000 patients"). */
const MILESTONE = 100;

/**
 * True when a passing verb governs the `value` things the noun at `k` counts ("passed 12 resolutions", "passed 28 music
 * points"); a round figure of a hundred or more is a milestone passed ("vets pass 48,000 patients").
 */
function passesThings(tokens: readonly QToken[], k: number, value: number): boolean {
  return countedNounAfter(tokens, k) && !(value >= MILESTONE && value % MILESTONE === 0);
}

/**
 * What joins the two years of a financial year or a season ("2024–25", "2024-25"). The slash form ("2024/25") is still
 * skipped as a reference number (core.ts): read as a year, it dated figures the checker then compared across periods,
 * and measured over the evaluation sets it added more false alarms than it caught errors.
 */
const YEAR_SPAN_JOINTS: ReadonlySet<string> = new Set(['-', '–']);

/**
 * The token after a financial year or season written as a year and the last two digits of the next ("2025–26"), or
 * undefined. It is one period, named by its first year; read apart, it was a year and a count of 25.
 */
function yearSpanEnd(tokens: readonly QToken[], i: number): number | undefined {
  const [first, joint, second] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (first?.kind !== 'num' || !/^\d{4}$/u.test(first.text) || joint?.glued !== true || !YEAR_SPAN_JOINTS.has(joint.text)) return undefined;
  if (second?.kind !== 'num' || second.glued !== true || !/^\d{2}$/u.test(second.text)) return undefined;
  const year = Number(first.text);
  return year >= 1800 && year < 2200 && Number(second.text) === (year + 1) % 100 && tokens[i + 3]?.kind !== 'num' ? i + 3 : undefined;
}

/** A season's or financial year's text, as {@link yearSpanEnd} reads it ("2025–26"). */
const SEASON_TEXT = /^\d{4}[-–]\d{2}$/u;

/** The fields of a year's mention: the year itself, to the nearest whole year. */
function yearFields(year: number): MentionFields {
  return { value: year, low: year - 0.5, high: year + 0.5, unitClass: 'year', unit: 'year', scale: 1, precision: 0.5, hedge: 'exact', written: false };
}

/** The century a year spoken as two numbers opens on: "twenty twenty-four" is 2024, "nineteen ninety-eight" 1998. */
const SPOKEN_CENTURIES: ReadonlyMap<string, number> = new Map([
  ['nineteen', 1900],
  ['twenty', 2000],
]);

/** Words after two spoken numbers that make the second an amount ("twenty twenty-five pence"), not a year's end. */
const NOT_AFTER_SPOKEN_YEAR: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'pence', 'p', 'pounds', 'euros', 'dollars', 'points', 'times']);

/**
 * A year spoken as two numbers, as scripts for reading aloud write it ("the same as in twenty twenty-four", "the twenty
 * twenty-seven season"): the year and the token after it, or undefined. Read apart, it was two counts, 20 and 24.
 */
function spokenYearAt(tokens: readonly QToken[], i: number): { year: number; next: number } | undefined {
  const first = tokens[i];
  const century = first?.kind === 'word' ? SPOKEN_CENTURIES.get(first.lower) : undefined;
  if (century === undefined || tokens[i + 1]?.glued === true) return undefined;
  const rest = readWordNumber(tokens, i + 1);
  if (rest === undefined || rest.value < 10 || rest.value > 99 || NOT_AFTER_SPOKEN_YEAR.has(tokens[rest.next]?.lower ?? '')) return undefined;
  return { year: century + rest.value, next: rest.next };
}

/** Parses one mention starting at token `i`. */
function parseAt(text: string, tokens: readonly QToken[], i: number, previous?: Previous): Parsed | undefined {
  const spanEnd = yearSpanEnd(tokens, i);
  if (spanEnd !== undefined) return { quantity: build(text, tokens, i, spanEnd, yearFields(Number(tokens[i]?.text)), false), next: spanEnd };
  const spoken = spokenYearAt(tokens, i);
  if (spoken !== undefined) return { quantity: build(text, tokens, i, spoken.next, yearFields(spoken.year), false), next: spoken.next };
  let j = i;
  const hedgeMatch = risesTo(tokens, i) ? undefined : goesPast(tokens, i) ? { value: 'moreThan' as const, length: 1 } : matchPhrase(tokens, j, HEDGES);
  let hedge: Hedge = hedgeMatch === undefined ? 'exact' : negatedBefore(tokens, i) ? negatedBound(hedgeMatch.value) : hedgeMatch.value;
  if (hedgeMatch !== undefined) j += hedgeMatch.length;
  // "up to a 30% increase", "more than an 8% rise": the article belongs to the noun the hedged figure qualifies. A
  // one-word hedge that is also a preposition keeps its own sense before an article ("over a 37.5-hour week").
  if (hedgeMatch !== undefined && (hedgeMatch.length > 1 || isWord(tokens, i, ADVERB_HEDGES)) && isWord(tokens, j, ARTICLES) && tokens[j + 1]?.kind === 'num') j += 1;
  const prefix = currencyPrefixAt(tokens, j);
  if (prefix !== undefined) j += prefix.length;
  const coreAt = j;
  const core = readCore(tokens, j);
  if (core === undefined) return undefined;
  if (core.kind === 'skip') return { next: core.next };
  if (hedge === 'range' && core.kind !== 'cardinal') hedge = 'exact';
  // "membership passed 400" is more than 400, but "the council passed 12 resolutions" adopted them.
  if (hedgeMatch !== undefined && PASSING.has(tokens[i]?.lower ?? '')) {
    const scaled = scaleAt(tokens, core.next, prefix !== undefined);
    if (passesThings(tokens, scaled.next, core.kind === 'cardinal' ? core.value * scaled.scale : 0)) return parseAt(text, tokens, i + hedgeMatch.length, previous);
  }

  if (core.kind === 'fraction') {
    const precision = Math.min(FRACTION_PRECISION, FRACTION_RELATIVE_PRECISION * core.percent);
    const [low, high] = hedgeInterval(core.percent, precision, hedge);
    const fields = { value: core.percent, low, high, unitClass: 'percent' as const, unit: '%', scale: 1, precision, hedge, written: core.written };
    return { quantity: build(text, tokens, i, core.next, fields, true), next: core.next };
  }
  if (core.kind === 'ordinal') {
    // "about 150th", "around 40th" are approximate places; a bound or a range before a place reads as none ("over the 3rd").
    const approximate = hedge === 'approx' || hedge === 'nearly';
    const [low, high] = hedgeInterval(core.value, 0.5, approximate ? hedge : 'exact');
    const fields = { value: core.value, low, high, unitClass: 'rank' as const, unit: core.superlative, scale: 1, precision: 0.5, hedge: approximate ? hedge : ('exact' as const), written: core.written };
    return { quantity: build(text, tokens, hedgeMatch !== undefined && !approximate ? j : i, core.next, fields, false), next: core.next };
  }

  let k = core.next;
  const firstScale = scaleAt(tokens, k, prefix !== undefined);
  k = firstScale.next;
  let scale = firstScale.scale;
  let highValue = core.value;
  let highDecimals = core.decimals;
  const range = rangeEndAt(tokens, k, hedge === 'range', i, prefix?.code) ?? rangeWithRepeatedUnit(tokens, k, hedge === 'range', i);
  const yearLike = isYear(core, tokens, coreAt);
  const secondScale = range === undefined ? undefined : scaleAt(tokens, range.next, prefix !== undefined);
  const rangeScale = scale === 1 ? (secondScale?.scale ?? 1) : scale;
  // A range must rise ("9-0" is a score) and two years are two years ("2024-2025").
  if (range !== undefined && secondScale !== undefined && !(yearLike && range.value >= 1800) && range.value * secondScale.scale > core.value * rangeScale) {
    scale = rangeScale;
    highValue = (range.value * secondScale.scale) / scale;
    highDecimals = range.decimals;
    k = secondScale.next;
    hedge = 'range';
  } else if (hedge === 'range') {
    hedge = 'exact';
  }
  // A bound written after the figure, before its unit or after it: "four or more bedrooms", "10% or more".
  const boundAfter = (): void => {
    const after = hedge === 'exact' && !yearLike ? matchPhrase(tokens, k, HEDGES_AFTER) : undefined;
    if (after === undefined) return;
    hedge = after.value;
    k += after.length;
  };
  boundAfter();
  const unit = unitAt(tokens, k, core.value > 0 && core.value <= 1 && hedge !== 'range' && scale === 1 && !openingIdiom(tokens, i));
  let currency = prefix?.code;
  let info: UnitInfo | undefined;
  if (unit !== undefined && (currency === undefined || unit.info.unitClass === 'currency')) {
    info = unit.info;
    k = unit.next;
    currency ??= unit.info.unitClass === 'currency' ? unit.info.unit : undefined;
    boundAfter();
  }
  // "over five years" after a verb spans a period ("worth $4.5 billion over five years"); "for over five years" is more than five.
  if (hedge === 'moreThan' && info?.unitClass === 'duration' && tokens[i]?.lower === 'over' && !DURATION_HEDGE_CUES.has(tokens[i - 1]?.lower ?? '')) hedge = 'exact';
  // A number glued to unknown letters ("5G", "3D") is a name, not a quantity.
  if (info === undefined && tokens[k]?.kind === 'word' && tokens[k]?.glued === true) return { next: k + 1 };

  const decimalsShown = hedge === 'range' ? Math.max(core.decimals, highDecimals) : core.decimals;
  if (currency === undefined && info === undefined && scale === 1 && yearLike && hedge === 'exact') return { quantity: build(text, tokens, i, k, yearFields(core.value), false), next: k };
  // A bare number beside a word in capitals is part of a name: "737 MAX 9", "COVID 19", "PM 2.5"; not one before an
  // acronym that qualifies a common noun: "40 NHS trusts", "134 UCAS points".
  // An acronym's own number glued to it by a hyphen is part of it: "96,340 COVID-19 vaccinations".
  const acronymNumber = tokens[k + 1]?.text === '-' && tokens[k + 1]?.glued === true && tokens[k + 2]?.kind === 'num' && tokens[k + 2]?.glued === true;
  const afterAcronym = tokens[acronymNumber ? k + 3 : k + 1];
  const qualifies = isAcronym(tokens[k]) && afterAcronym?.kind === 'word' && /^\p{Ll}/u.test(afterAcronym.text);
  if (currency === undefined && info === undefined && scale === 1 && (isAcronym(tokens[coreAt - 1]) || (isAcronym(tokens[k]) && !qualifies))) return { next: k };
  // A number that names what it counts ("up from 174 volunteers") takes no measure from the one before it, nor does one
  // with a scale word of its own compared with a measure that has none ("over 11 weeks, up from 5.41 million").
  const measured = currency === undefined && info === undefined && countedNoun(tokens, k, core.value * scale) === '' ? comparedMeasure(tokens, i, previous) : undefined;
  const compared = measured !== undefined && scale !== 1 && measured.scale === 1 && measured.currency === undefined ? undefined : measured;
  if (compared !== undefined) {
    currency = compared.currency;
    info = compared.info;
    if (scale === 1) scale = compared.scale;
  }
  let unitClass: UnitClass;
  let unitName: string;
  let factor = 1;
  if (currency !== undefined) {
    unitClass = 'currency';
    unitName = currency;
    // A unit of hundredths ("27.53p", "39 cents") converts to the currency's whole units.
    if (info?.unitClass === 'currency') factor = info.factor;
  } else if (info !== undefined) {
    unitClass = info.unitClass;
    unitName = info.unit;
    factor = info.factor;
  } else {
    unitClass = 'count';
    unitName = scale === 1 && core.decimals === 0 && !core.written && isScoreSide(tokens, coreAt) ? SCORE : isAge(tokens, i, k) ? AGE : countedNoun(tokens, k, core.value * scale);
    // "one" and "zero" with nothing counted are pronouns or idioms ("one of", "the one"), unless they close an item of a list
    // ("Zhejiang has seven, and Anhui has one,"): then they count what the list counts (see resolveSentenceContext).
    if (core.written && core.decimals === 0 && core.value <= 1 && scale === 1 && unitName === '' && !closesListItem(tokens, i, k)) return undefined;
  }
  // "twelve Euros and fifty centimes", "five dollars and 50 cents": the hundredths after a whole amount of money.
  const hundredths = currency !== undefined && info !== undefined && scale === 1 && hedge !== 'range' ? hundredthsAt(tokens, k) : undefined;
  if (hundredths !== undefined) k = hundredths.next;
  const step = hundredths !== undefined ? 0.01 : 10 ** -decimalsShown;
  const precision = 0.5 * step * scale * factor;
  const value = (core.value + (hundredths?.value ?? 0) / 100) * scale * factor;
  const high = highValue * scale * factor;
  const [low, top] = hedgeInterval(value, precision, hedge, high);
  const fields = {
    value: hedge === 'range' ? (value + high) / 2 : value,
    low,
    high: top,
    unitClass,
    unit: unitName,
    scale,
    precision,
    hedge,
    written: core.written,
  };
  return { quantity: build(text, tokens, i, k, fields, true), next: k, measure: { currency, info, scale } };
}

/** Words for a hundredth of a currency unit. */
const HUNDREDTHS: ReadonlySet<string> = new Set(['cent', 'cents', 'centime', 'centimes', 'pence', 'penny', 'kopecks', 'fen']);

/** Whole units of money named by a word after the number, which speech follows with the hundredths alone ("twelve pounds ninety"). */
const SPOKEN_UNITS: ReadonlySet<string> = new Set(['pound', 'pounds', 'euro', 'euros', 'dollar', 'dollars', 'quid']);
/** What may follow the hundredths spoken alone: the end of the clause, or a word that begins a rate or a phrase ("an hour"). */
const AFTER_SPOKEN_HUNDREDTHS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'for', 'to', 'in', 'on', 'at', 'the', 'and', 'or', 'from', 'with', 'up', 'down']);

/**
 * The hundredths after a whole amount of money, and the index after them: "and fifty centimes", "and 50 cents", or, in
 * speech, the number alone after the unit's word ("twelve pounds ninety an hour", "4 pounds 50").
 */
function hundredthsAt(tokens: readonly QToken[], k: number): { value: number; next: number } | undefined {
  if (tokens[k]?.lower !== 'and') return spokenHundredthsAt(tokens, k);
  const number = cardinalAt(tokens, k + 1);
  if (number === undefined || number.decimals > 0 || number.value <= 0 || number.value >= 100 || !HUNDREDTHS.has(tokens[number.next]?.lower ?? '')) return undefined;
  return { value: number.value, next: number.next + 1 };
}

/** "ninety" right after "twelve pounds": the hundredths, when nothing after them makes them a count of their own. */
function spokenHundredthsAt(tokens: readonly QToken[], k: number): { value: number; next: number } | undefined {
  if (!SPOKEN_UNITS.has(tokens[k - 1]?.lower ?? '')) return undefined;
  const number = cardinalAt(tokens, k);
  if (number === undefined || number.decimals > 0 || number.value <= 0 || number.value >= 100 || tokens[k]?.glued === true) return undefined;
  const after = tokens[number.next];
  return after === undefined || after.kind !== 'word' || AFTER_SPOKEN_HUNDREDTHS.has(after.lower) ? { value: number.value, next: number.next } : undefined;
}

function boundaryStarts(text: string, re: RegExp): number[] {
  const starts = [0];
  for (const m of text.matchAll(re)) starts.push(m.index + m[0].length);
  return starts;
}

/** Index of the sentence (or clause) holding `offset`, given the ascending starts (the first is 0). */
function sentenceIndex(starts: readonly number[], offset: number): number {
  return Math.max(0, lowerBound(starts, offset, true) - 1);
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** A possessive name with its noun left out just before a number ("Jiading's was 7 percent", "Taicang's 3.7 percent"). */
const ELIDED_NOUN = /\p{Lu}[\p{L}\p{M}-]*['’]s\s+(?:(?:was|is|were|are|at|of)\s+)*$/u;
/** How far before a number {@link ELIDED_NOUN} looks: a name and a few short words (a bounded window keeps the test linear). */
const ELIDED_WINDOW = 64;

/** What stands between a change and a percentage that restates it: ", or", with at most a hedge ("rose by 8,200, or 28.7%"). */
const RESTATING_OR = /^\s*,?\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$/iu;

/** Nouns of a rate, whose "points" are percentage points: "the rate is up 1.1 points", "its share fell 2 points". */
const RATE_NOUN = /\b(?:rates?|shares?|percentages?|proportions?|margins?|yields?|turnout)\b/iu;

/** What stands right before the earlier value of a comparison: "down from", "up from", "compared with", "against". */
const EARLIER_VALUE_BEFORE = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+$/iu;

/**
 * A percentage right after ", or" that follows a change restates that change in percent: it is a change, in its
 * direction. One set against a percentage change as its earlier value ("growth … was 5.1%, down from 5.5%", "rise by
 * 3.1%, against 6.5% last year") is the earlier change: a change too, with no direction of its own. `previous` is the
 * sentence's amount before `q` ({@link lastOfSentence}).
 */
function restatedChange(text: string, q: Quantity, previous: Quantity | undefined): Quantity {
  if (previous?.role !== 'change') return q;
  if (RESTATING_OR.test(text.slice(previous.span.end, q.span.start))) return changeLike(q, previous);
  return previous.unitClass === 'percent' && EARLIER_VALUE_BEFORE.test(text.slice(Math.max(previous.span.end, q.span.start - ELIDED_WINDOW), q.span.start)) ? { ...q, role: 'change' } : q;
}

/** The last amount of `earlier` (in text order) that is no year and starts at or after `sentenceStart`: a walk back from the end, so a long text stays linear. */
function lastOfSentence(earlier: readonly Quantity[], sentenceStart: number): Quantity | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const o = earlier[i] as Quantity;
    if (o.span.start < sentenceStart) return undefined;
    if (o.unitClass !== 'year') return o;
  }
  return undefined;
}

/**
 * What stands between two amounts of a list that share the first one's verb, with only the next item's name before the
 * second: ", Jiading" in "Kunshan grew 1.5%, Jiading 7%", "and Riverside" in "Southmoor grew 28% and Riverside 22%".
 */
const GAPPED_VERB = /^\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}(?:by\s+)?$/u;

/** What stands between two amounts coordinated with nothing else between them: "19% and 38%", "5%, 6%". */
const BARE_COORDINATION = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/**
 * What follows an amount of such a coordination: the next amount of it ("5%, 6% and 7%"), or its end ("19% and 38%
 * respectively", "rose 5% and 7%."), so that it is no share of something ("and 12% of customers").
 */
const COORDINATION_END = /^\s*(?:respectively\b|[.;:)]|,(?!\s*and\s+\p{L})|$|(?:,\s*)?and\s+\p{Sc}?\d)/iu;

/**
 * A level that shares the verb of a change of its kind just before it is a change in the same direction: one with the
 * next item's name before it ({@link GAPPED_VERB}), or one coordinated with it alone ("revenues and earnings rose 19%
 * and 38% respectively").
 */
function gappedChange(text: string, q: Quantity, previous: Quantity | undefined): Quantity {
  if (previous?.role !== 'change' || previous.unitClass !== q.unitClass || previous.unit !== q.unit) return q;
  const between = text.slice(previous.span.end, q.span.start);
  const coordinated = BARE_COORDINATION.test(between) && COORDINATION_END.test(text.slice(q.span.end));
  return coordinated || GAPPED_VERB.test(between) ? changeLike(q, previous) : q;
}

/** `q` as a change in the direction of the change `previous`, when it has one. */
function changeLike(q: Quantity, previous: Quantity): Quantity {
  return previous.direction !== undefined ? { ...q, role: 'change', direction: previous.direction } : { ...q, role: 'change' };
}

/** A number whose noun is left out is what the previous number of its kind in the sentence was: a change, in that direction. */
function inheritChange(q: Quantity, earlier: readonly Quantity[], sentenceStart: number): Quantity {
  const previous = earlier.filter((o) => o.unitClass === q.unitClass && o.span.start >= sentenceStart).pop();
  return previous?.role === 'change' ? changeLike(q, previous) : q;
}

/** A time phrase relative to when the text was written, right after a number. */
const RELATIVE_TIME = /^\s*(?:(?:in|during|over)\s+)?(?:last|this|next|the\s+(?:previous|past|prior|following)|a)\s+(?:year|quarter|month|half)(?:\s+(?:earlier|before|ago))?\b/iu;
/** How far after a number {@link RELATIVE_TIME} is looked for. */
const RELATIVE_WINDOW = 40;

/** True when some span of an ascending, non-overlapping list touches or overlaps `span` (distance 0). */
function touchesAny(spans: readonly Span[], starts: readonly number[], span: Span): boolean {
  const last = spans[lowerBound(starts, span.end, true) - 1];
  return last !== undefined && last.end >= span.start;
}

/** The number that ends right before `at`, with at most a space or two between ("89.1 percent| in 2019"), if any. */
function numberJustBefore(text: string, numbers: readonly Quantity[], ends: readonly number[], at: number): Quantity | undefined {
  const q = numbers[lowerBound(ends, at, true) - 1];
  return q !== undefined && /^\s{0,2}$/u.test(text.slice(q.span.end, at)) ? q : undefined;
}

/** The period phrases of a text, in order, with their sentence and clause, for {@link periodOf}. */
interface PeriodPlaces {
  readonly periods: readonly PeriodMention[];
  readonly starts: readonly number[];
  readonly sentences: readonly number[];
  readonly clauses: readonly number[];
  /** The numbers that are not years, in order: a period after a mention belongs to a nearer one in between. */
  readonly numbers: readonly Quantity[];
  readonly numberStarts: readonly number[];
  /** For each period, the number it directly follows ("89.1 percent in 2019"), which it dates alone. */
  readonly owners: readonly (Quantity | undefined)[];
  readonly textLength: number;
  readonly text: string;
  /** Where each sentence of the text starts. */
  readonly sentenceStarts: readonly number[];
}

/**
 * True when the period phrase `period`, before `q`, ends the item of a list before `q`'s: another number stands before
 * it with no comma between ("£7m seed round in 2021"), and a comma stands between it and `q` (", an £11m …").
 */
function endsEarlierItem(places: PeriodPlaces, period: PeriodMention, q: Quantity): boolean {
  const other = places.numbers[lowerBound(places.numberStarts, period.span.start) - 1];
  if (other === undefined || other === q || other.span.end > period.span.start) return false;
  return !/[,;:]/u.test(places.text.slice(other.span.end, period.span.start)) && /,/u.test(places.text.slice(period.span.end, q.span.start));
}

/**
 * An aside set off by commas, brackets or dashes that opens on a participle or a relative word, or holds a clause of
 * time, and closes before the rest of its sentence: ", reopened by volunteers in 1979,", "(founded in 1905)", ", the
 * most since volunteers reopened the line in 1991,". A period phrase inside it dates what
 * the aside tells, not the numbers after it ("The line, reopened in 1979, ran on 142 days between 4 April and 1
 * November").
 */
const ASIDE_OPENING = /[,(–—]\s*(?:(?:which|who|whose|where|once|first|\p{L}+(?:ed|en|ing|lt|ght))\b|[^,;:()–—]*?\b(?:since|when|after|until)\s)[^,;:()–—]*$/iu;
/** What closes an aside between its period phrase and a later number. */
const ASIDE_CLOSING = /^[^,;:()–—]*[,)–—]/u;

/** True when `period`, before `q`, sits in an aside that closes before `q` (see {@link ASIDE_OPENING}). */
function inClosedAside(text: string, period: PeriodMention, q: Quantity): boolean {
  return period.span.end <= q.span.start && ASIDE_CLOSING.test(text.slice(period.span.end, q.span.start)) && ASIDE_OPENING.test(text.slice(Math.max(0, period.span.start - ASIDE_REACH), period.span.start));
}

/** How far before its period phrase an aside's opening is looked for. */
const ASIDE_REACH = 60;

/** What ends one item of a list before the next begins: a comma, "and", "or", "while". */
const ITEM_JOINT = /^\s*(?:,\s*)?(?:and|or|but|while|whereas)\s+(?:in\s+|for\s+|during\s+)?$/iu;
/** How far after a period phrase the next item's number may start to be that item's ("January to March | 18.6 GWh"). */
const NEXT_ITEM_REACH = 12;

/**
 * The period phrase a mention takes: the nearest one in its sentence, one in
 * its own clause before one in an earlier clause, and one after it only when
 * it is in the same clause, within {@link AFTER_PERIOD_REACH} characters, and no other number sits in between ("31 percent,
 * up from 27 percent, … 40 percent by 2030"). A phrase right after another
 * number dates that number alone ("from 89.1 percent in 2019 to 84.3
 * percent", "5 million in 2024 and 2 million"): the later number's period
 * stays unknown, which is no evidence either way. Periods never overlap, so only
 * the last one starting before the mention ends and the first one after it
 * can be nearest: the choice takes two binary searches, not a scan.
 */
function periodOf(q: Quantity, sentence: number, clause: number, places: PeriodPlaces): { period: Period; d: number } | undefined {
  const k = lowerBound(places.starts, q.span.end);
  let best: { period: Period; d: number } | undefined;
  const before = places.periods[k - 1];
  const owner = places.owners[k - 1];
  const sameClause = places.clauses[k - 1] === clause;
  // The earlier end of a comparison ("38,500 days for 2026–27, up 9.4% from 35,200") is of another period than the
  // one named before the numbers it is compared with.
  const earlierEnd = before !== undefined && FROM_BEFORE.test(places.text.slice(Math.max(0, q.span.start - FROM_REACH), q.span.start));
  // So is one whose later end stands before the period phrase ("214 new titles in 2025-26, up from 198").
  const laterEndBefore = (period: PeriodMention): boolean => {
    const previous = places.numbers[lowerBound(places.numberStarts, period.span.start) - 1];
    return previous !== undefined && previous.unitClass !== 'date' && previous.unitClass !== 'time' && sentenceIndex(places.sentenceStarts, previous.span.start) === sentence;
  };
  const comparedAcross =
    earlierEnd && before.span.end <= q.span.start && q.unitClass !== 'date' && q.unitClass !== 'time' && (places.numbers[lowerBound(places.numberStarts, before.span.end)] !== q || laterEndBefore(before));
  if (before !== undefined && places.sentences[k - 1] === sentence && (owner === undefined || owner === q) && !comparedAcross && !inClosedAside(places.text, before, q)) {
    // A period that ends the item of a list before this one ("a £7m seed round in 2021, an £11m Series A in September
    // 2024") is that item's: a period after the number, if any, comes first.
    const othersItem = endsEarlierItem(places, before, q);
    best = { period: before.period, d: distance(q.span, before.span) + (sameClause && !othersItem ? 0 : places.textLength) };
  }
  const after = places.periods[k];
  if (after !== undefined && places.sentences[k] === sentence && places.clauses[k] === clause && !comparedWith(places.text, after)) {
    const next = places.numbers[lowerBound(places.numberStarts, q.span.end)];
    const d = distance(q.span, after.span);
    // A number that starts before the phrase is nearer, and owns it, even one the phrase overlaps ("on 4 February 2027").
    // A period after a joint that the next number follows opens that item ("October to December lost 13.2 GWh and
    // January to March 18.6 GWh").
    const opensNextItem = next !== undefined && ITEM_JOINT.test(places.text.slice(q.span.end, after.span.start)) && next.span.start - after.span.end <= NEXT_ITEM_REACH;
    if (d <= AFTER_PERIOD_REACH && !opensNextItem && (next === undefined || next.span.start >= after.span.start) && (best === undefined || d < best.d)) best = { period: after.period, d };
  }
  return best;
}

/**
 * A date's period is its year alone: its month and day are its value, so it is never dated by another period phrase's
 * month ("14 February" after "16 January 2027"), nor is it a month's total that a year's figure cannot meet.
 */
function yearOnly(date: Quantity): Period | undefined {
  const year = date.period?.year;
  return year === undefined ? undefined : { year, label: String(year) };
}

/** What joins the two ends of a span of time ("June 2025 to 11 | January 2026", "2024-2025"), a day of the far end included. */
const SPAN_JOINT = /^\s*(to|and|until|till|through|[-–—])\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/iu;
/** What opens a span whose ends "and" joins ("between June 2025 and January 2026"), a day of the near end included. */
const SPAN_OPENING = /\bbetween\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/iu;

/**
 * The period phrases that date a number on their own: not the two ends of a span ("drew 268,000 people between June
 * 2025 and January 2026", "ran from 14 June 2025 to 11 January 2026"), which would give the number one month of it.
 */
function withoutSpanEnds(text: string, periods: readonly PeriodMention[]): PeriodMention[] {
  const ends = new Set<PeriodMention>();
  for (let i = 0; i + 1 < periods.length; i++) {
    const [near, far] = [periods[i] as PeriodMention, periods[i + 1] as PeriodMention];
    const joint = SPAN_JOINT.exec(text.slice(near.span.end, far.span.start))?.[1]?.toLowerCase();
    if (joint === undefined || (joint === 'and' && !SPAN_OPENING.test(text.slice(Math.max(0, near.span.start - 16), near.span.start)))) continue;
    ends.add(near);
    ends.add(far);
  }
  return periods.filter((p) => !ends.has(p));
}

/** What stands before the period a comparison is made with ("a week earlier than in 2025", "higher than 2024"). */
const THAN_BEFORE = /\bthan\s+(?:(?:in|during|for|over|by|at)\s+)?$/iu;
/** How far before a period phrase {@link THAN_BEFORE} is looked for. */
const THAN_REACH = 16;

/**
 * True when `period` is the period a comparison is made with ("picking began on 1 September, a week earlier than in
 * 2025"): it dates none of the numbers before it, which are the other end's, only those after it ("smaller than in
 * 2019, when it covered 44.2 sq km").
 */
function comparedWith(text: string, period: PeriodMention): boolean {
  return THAN_BEFORE.test(text.slice(Math.max(0, period.span.start - THAN_REACH), period.span.start));
}

/**
 * Nouns before "of" that say how much of something, or how much is aimed at, not what: "a total of 84", "a target of
 * 7,200" (of the sentence's counted noun).
 */
const AMOUNT_NOUNS: ReadonlySet<string> = new Set(
  (
    'total average sum tally number figure maximum minimum peak haul count score record best high low margin lead deficit gap ' +
    'target goal aim forecast estimate projection expectation plan limit cap quota capacity threshold ceiling floor benchmark'
  ).split(' '),
);
/** A noun and "of" right before a bare number, with at most a hedge between ("a crowd of about 8,900"). */
const NOUN_OF_BEFORE = /\b(\p{L}+)\s+of\s+(?:(?:about|around|roughly|almost|nearly|some|over|under|just|approximately|more\s+than|fewer\s+than|less\s+than|up\s+to|at\s+least)\s+)?$/iu;

/**
 * True when a noun and "of" before a bare number name what it counts ("an average home crowd of 8,920" after "84
 * points"), so it inherits no counted noun from the sentence's earlier count; not an amount noun ("a total of 84").
 */
function namedByOf(text: string, sentenceStart: number, at: number): boolean {
  const noun = NOUN_OF_BEFORE.exec(text.slice(Math.max(sentenceStart, at - 40), at))?.[1]?.toLowerCase();
  return noun !== undefined && !AMOUNT_NOUNS.has(noun);
}

/** A hyphen and a letter right after a number: it is glued to a noun it qualifies another with ("a two-bedroom home"). */
const COMPOUND_AFTER = /^-\p{L}/u;

/** How many times larger one count of a list may be than another of the same things ("13 clusters, … seven"). */
const LIST_COUNT_RATIO = 1000;

/**
 * A rate's "per one thing" right after a bare count, ending its clause: "about 340 a concert,", "12 per session." (not
 * "in 58 a prosecution witness did not turn up").
 */
const RATE_PER_ONE_AFTER = /^\s+(?:a|an|per|each|every)\s+\p{L}+\s*(?:[,.;:)!?]|$)/iu;
/** Characters after a count searched for {@link RATE_PER_ONE_AFTER}. */
const RATE_PER_ONE_REACH = 24;

/** True when two counts are of a size to count the same things in one list: not "171,900" beside "96 calls". */
function likeCount(a: number, b: number): boolean {
  const [low, high] = [Math.min(Math.abs(a), Math.abs(b)), Math.max(Math.abs(a), Math.abs(b))];
  return low === 0 || high / low <= LIST_COUNT_RATIO;
}

/** Attaches periods, inherited counted nouns and the change a possessive's left-out noun stands for, within each sentence. */
function resolveSentenceContext(text: string, found: Quantity[]): Quantity[] {
  const starts = boundaryStarts(text, SENTENCE_END_RE);
  const clauses = boundaryStarts(text, CLAUSE_END_RE);
  const years = found.filter((q) => q.unitClass === 'year').map((q) => q.span);
  const yearStarts = years.map((y) => y.start);
  // A bare year only counts as a period when the extractor read it as a year.
  const allPeriods: PeriodMention[] = findPeriods(text).filter(
    (p) => p.period.half !== undefined || p.period.quarter !== undefined || p.period.month !== undefined || touchesAny(years, yearStarts, p.span),
  );
  const numbers = found.filter((q) => q.unitClass !== 'year');
  const numberEnds = numbers.map((q) => q.span.end);
  const numberStarts = numbers.map((q) => q.span.start);
  const placesOf = (periods: readonly PeriodMention[]): PeriodPlaces => ({
    periods,
    starts: periods.map((p) => p.span.start),
    sentences: periods.map((p) => sentenceIndex(starts, p.span.start)),
    clauses: periods.map((p) => sentenceIndex(clauses, p.span.start)),
    numbers,
    numberStarts,
    owners: periods.map((p) => numberJustBefore(text, numbers, numberEnds, p.span.start)),
    textLength: text.length,
    text,
    sentenceStarts: starts,
  });
  // A date takes the year of the span end it is ("from 14 June 2025 to …"); any other number no end of a span. A season
  // or financial year ("2025-26") spans two years, so it gives a day of its sentence neither ("2025-26, … on 14 October").
  const seasons = found.filter((q) => q.unitClass === 'year' && SEASON_TEXT.test(q.text)).map((q) => q.span);
  const datePlaces = placesOf(allPeriods.filter((p) => !touchesAny(seasons, seasons.map((y) => y.start), p.span)));
  const places = placesOf(withoutSpanEnds(text, allPeriods));
  const out: Quantity[] = [];
  let lastCountUnit: { sentence: number; unit: string; value: number; end: number } | undefined;
  /** Bare numbers read in an earlier measure's unit, with that unit's factor. */
  const inheritedFactors = new Map<Quantity, number>();
  for (const q of found) {
    const sentence = sentenceIndex(starts, q.span.start);
    const best = periodOf(q, sentence, sentenceIndex(clauses, q.span.start), q.unitClass === 'date' ? datePlaces : places);
    // A number dated relative to the writer's time ("84.3 percent last year") takes no other number's period.
    const relative = RELATIVE_TIME.test(text.slice(q.span.end, q.span.end + RELATIVE_WINDOW));
    let result: Quantity = best !== undefined && !relative && (q.unitClass !== 'year' || best.d === 0) ? { ...q, period: best.period } : q;
    if (result.unitClass === 'year' && result.period === undefined) result = { ...result, period: { year: result.value, label: result.text } };
    if (result.unitClass === 'date') result = { ...result, period: yearOnly(result) };
    const sentenceStart = starts[sentence] ?? 0;
    if (result.role === 'level' && ELIDED_NOUN.test(text.slice(Math.max(sentenceStart, q.span.start - ELIDED_WINDOW), q.span.start))) result = inheritChange(result, out, sentenceStart);
    // The sentence's amount before this one, for a level that may restate or share its change.
    const previous = result.role === 'level' ? lastOfSentence(out, sentenceStart) : undefined;
    if (result.role === 'level' && result.unitClass === 'percent') result = restatedChange(text, result, previous);
    if (result.role === 'level') result = gappedChange(text, result, previous);
    if (result.unitClass === 'count' && result.unit === 'point' && RATE_NOUN.test(text.slice(sentenceStart, starts[sentence + 1] ?? text.length))) result = { ...result, unitClass: 'percentagePoints', unit: 'pp' };
    if (result.unitClass === 'rank' && result.unit === ELIDED_RANK) {
      // "in the 61st minute, and Rowell scored in the 76th": the rank the sentence named last, else the one it names next
      // ("in the 9th and 36th minutes"). Without one, a rank joined to the next ("the 9th and 36th") ranks nothing
      // named, and one that ends its clause ("paid on the 5th.") is no claim.
      const names = (o: Quantity): boolean => o.unitClass === 'rank' && o.unit !== '' && o.unit !== ELIDED_RANK && sentenceIndex(starts, o.span.start) === sentence;
      const named = out.filter(names).pop() ?? found.find((o) => o.span.start > q.span.start && names(o));
      if (named === undefined && !/^\s*(?:and|or)\b/u.test(text.slice(q.span.end))) continue;
      result = { ...result, unit: named?.unit ?? '' };
    }
    const measure = out[out.length - 1];
    if (result.unitClass === 'count' && result.unit === '' && measure !== undefined && sentenceIndex(starts, measure.span.start) === sentence) {
      const listed = listedMeasure(text, result, measure, inheritedFactors);
      if (listed.factor !== undefined) inheritedFactors.set(listed.quantity, listed.factor);
      result = listed.quantity;
    }
    if (result.unitClass === 'count') {
      // A bare count of a list takes the noun of the count before it when the two are of a size; the whole after "out of"
      // takes its part's noun whatever its size ("37 empty units out of 412"). A count before a colon is broken down after
      // it ("164 test purchases: 72 for vapes"), or labels a larger figure that counts something else ("4 shops: 2,290").
      const labels = lastCountUnit !== undefined && result.value > lastCountUnit.value && text.slice(lastCountUnit.end, q.span.start).includes(':');
      // A rate per one of the list's things counts something else: "3,710 people at 11 concerts, or about 340 a concert".
      const rate = RATE_PER_ONE_AFTER.test(text.slice(q.span.end, q.span.end + RATE_PER_ONE_REACH));
      const listed = lastCountUnit?.sentence === sentence && likeCount(result.value, lastCountUnit.value) && !namedByOf(text, sentenceStart, q.span.start) && !labels && !rate;
      const whole = lastCountUnit?.sentence === sentence && OUT_OF.test(text.slice(lastCountUnit.end, q.span.start));
      if (result.unit === '' && lastCountUnit !== undefined && (listed || whole)) result = { ...result, unit: lastCountUnit.unit };
      // A number glued to its noun qualifies another ("96 two-bedroom" homes): it lends that noun to no count of the list.
      else if (result.unit !== '' && result.unit !== SCORE && !COMPOUND_AFTER.test(text.slice(q.span.end, q.span.end + 2))) lastCountUnit = { sentence, unit: result.unit, value: result.value, end: q.span.end };
      // A list's "one" that found nothing to count was a pronoun after all.
      if (result.unit === '' && result.written && result.value <= 1 && Number.isInteger(result.value)) continue;
    }
    out.push(result);
  }
  return withSpanYears(text, out);
}

/** Units a bare number of a list takes from the item before it: measures of stuff, not money, time or counts. */
const LISTED_MEASURES: ReadonlySet<UnitClass> = new Set(['mass', 'volume', 'power', 'length', 'area']);
/** Units the far end of a change takes from its near end ("from 20 hours a week to 15"): any measure, time included. */
const CHANGED_MEASURES: ReadonlySet<UnitClass> = new Set([...LISTED_MEASURES, 'duration', 'speed', 'temperature']);
/** What joins two items of a list, with a few words of either item: "tonnes collected, | 10,360", "GWh and spring | 16.8". */
const LIST_JOINT = /^[\p{L}\s-]{0,24}(?:,|\band\b)[\p{L}\s-]{0,24}$/u;
/** What joins the two ends of a change after its near end's unit: "hours a week | to | 15". */
const CHANGE_JOINT = /^[\p{L}\s-]{0,24}\bto\s+$/u;
/** What sets one side's measure against another's, named in the possessive: "612 metres | to Dunmore's | 478". */
const VERSUS_JOINT = /^\s+(?:to|against|versus|vs\.?)\s+[\p{L}\s-]{0,24}['’]s\s+$/u;
/** What joins a part to its whole: "37 empty units | out of | 412". */
const OUT_OF = /^[\p{L}\s-]{0,30}\bout of\s+$/u;
/** "from" just before a change's near end. */
const FROM_BEFORE = /\bfrom\s+(?:an?\s+(?:average|total|peak|high|low)\s+of\s+)?$/iu;
/** Characters before a change's near end searched for {@link FROM_BEFORE}. */
const FROM_REACH = 32;

/**
 * A bare number that follows a measure as the next item of a list ("21,480 tonnes collected, 10,360 recycled"), as
 * another side's ("612 metres to Dunmore's 478"), or as
 * the far end of a change ("from an average of 20 hours a week to 15") is in the measure's unit, when the two are of
 * a size to measure the same stuff; with the factor of the unit it took, for the list's next item.
 */
function listedMeasure(text: string, bare: Quantity, measure: Quantity, inherited: ReadonlyMap<Quantity, number>): { readonly quantity: Quantity; readonly factor?: number } {
  // A measure that took its unit from the list's earlier item passes it on ("cod 1,460 tonnes, nephrops 8,940, plaice 4,690").
  const factor = writtenUnitFactor(measure) ?? inherited.get(measure);
  const between = text.slice(measure.span.end, bare.span.start);
  const listed = LISTED_MEASURES.has(measure.unitClass) && (LIST_JOINT.test(between) || VERSUS_JOINT.test(between));
  const changed = CHANGED_MEASURES.has(measure.unitClass) && CHANGE_JOINT.test(between) && FROM_BEFORE.test(text.slice(Math.max(0, measure.span.start - FROM_REACH), measure.span.start));
  if (factor === undefined || !(listed || changed) || !likeCount(bare.value, measure.value / factor)) return { quantity: bare };
  return { quantity: inUnit(bare, { unitClass: measure.unitClass, unit: measure.unit, factor }), factor };
}

/** True when the text between two days joins them as a span ("22 February to 2 May 2027", "3–7 June"): any span joint but "and". */
function joinsDays(text: string, near: Quantity, far: Quantity): boolean {
  const joint = SPAN_JOINT.exec(text.slice(near.span.end, far.span.start))?.[1]?.toLowerCase();
  return joint !== undefined && joint !== 'and';
}

/** The quantities with the near day of a span of days that gives no year taking the far day's ("from 22 February to 2 May 2027"). */
function withSpanYears(text: string, quantities: readonly Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    const far = quantities[i + 1];
    if (q.unitClass !== 'date' || q.period !== undefined || far?.unitClass !== 'date' || far.period === undefined || !joinsDays(text, q, far)) return q;
    return { ...q, period: far.period };
  });
}

/** Marks that may stand between a sentence's end and its first word: emphasis, quotation marks, brackets. */
const OPENING_MARKS = /[\s*_"'“‘([]/u;

/**
 * True for a number written in words and capitalised inside a sentence, before another capitalised word: part of a
 * title or a name ("Meyrick's *Three Figures, Blue*", "the Four Seasons hotel"), not a count.
 */
function inTitle(text: string, q: Quantity): boolean {
  if (!q.written || !/^\p{Lu}/u.test(q.text)) return false;
  let i = q.span.start - 1;
  while (i >= 0 && OPENING_MARKS.test(text[i] ?? '')) i--;
  if (i < 0 || /[.!?:;|\n\r#>-]/u.test(text[i] ?? '')) return false;
  return /^[\s*_]+\p{Lu}/u.test(text.slice(q.span.end, q.span.end + 4));
}

/** A part of a span of time ("104 of those days", "12 of the months"): the number of days, weeks … it names. */
const PART_OF_TIME = /^\s+of\s+(?:the|those|these|its|their|our|his|her)\s+(days|weeks|months|years|hours|minutes)\b/iu;

/** A count that is a part of a span of time, as the duration it is ("104 of those days" is 104 days); any other quantity as it is. */
function partOfTime(text: string, q: Quantity): Quantity {
  if (q.unitClass !== 'count' || q.scale !== 1) return q;
  const noun = PART_OF_TIME.exec(text.slice(q.span.end))?.[1];
  const unit = noun === undefined ? undefined : matchPhrase(lex(noun.toLowerCase()), 0, UNITS)?.value;
  return unit?.unitClass === 'duration' ? inUnit(q, unit) : q;
}

/** True for the "000" of a heading in thousands ("Gross (£000)", "£'000s"): it names a scale, not an amount of nothing. */
function thousandsMark(q: Quantity): boolean {
  return q.value === 0 && /^\D*['’]?000s?$/u.test(q.text);
}

/**
 * Finds the quantities in `text`, in order of appearance. Spans are offsets
 * into `text`. Never throws; on unexpected input it returns what it found.
 */
export function extractQuantities(text: string): Quantity[] {
  try {
    const tokens = lex(text);
    const calendar = findCalendarQuantities(text);
    const found: Quantity[] = [...calendar];
    let previous: Previous | undefined;
    let i = 0;
    let nextDate = 0;
    while (i < tokens.length) {
      // Dates and clock times are read on their own (calendar.ts): their numbers are no other quantity.
      const at = tokens[i]?.start ?? 0;
      while (nextDate < calendar.length && (calendar[nextDate]?.span.end ?? 0) <= at) nextDate++;
      const date = calendar[nextDate];
      if (date !== undefined && date.span.start <= at) {
        i++;
        continue;
      }
      const parsed = parseAt(text, tokens, i, previous);
      // A hedge before a date ("between 1 March 2025 and …") leads to the date's number, which is no count.
      if (parsed === undefined || (date !== undefined && parsed.quantity !== undefined && parsed.quantity.span.end > date.span.start)) {
        i += 1;
        continue;
      }
      if (parsed.quantity !== undefined && !inTitle(text, parsed.quantity) && !thousandsMark(parsed.quantity)) found.push(parsed.quantity);
      if (parsed.quantity !== undefined && parsed.measure !== undefined) previous = { quantity: parsed.quantity, measure: parsed.measure, first: i, next: parsed.next, ...(previous !== undefined ? { before: previous } : {}) };
      i = Math.max(i + 1, parsed.next);
    }
    return resolveSentenceContext(text, joinCompoundDurations(text, found.sort((a, b) => a.span.start - b.span.start).map((q) => partOfTime(text, q))));
  } catch {
    return [];
  }
}
