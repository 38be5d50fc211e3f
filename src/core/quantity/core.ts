/**
 * The number at the heart of a mention: a digit run, a written cardinal, a
 * fraction ("three-fifths", "a quarter of", "one in five") or an ordinal
 * ("third-largest"). Hedges, currencies, scales and units around it are read
 * by the extractor.
 */
import { type QToken, decimals, digitValue, isWord, matchPhrase } from './lexer';
import { STOPWORDS } from '../text/tokens';
import { lemma, looksPlural } from './lemma';
import { denominator, readOrdinal, readWordNumber } from './numberWords';
import { HEDGES } from './hedges';
import { SCALES, UNITS } from './units';
import { isMonthName } from './calendar';

/** A number read at a token position. */
export type Core =
  | { readonly kind: 'cardinal'; readonly value: number; readonly decimals: number; readonly written: boolean; readonly next: number }
  | { readonly kind: 'fraction'; readonly percent: number; readonly written: boolean; readonly next: number }
  | { readonly kind: 'ordinal'; readonly value: number; readonly superlative: string; readonly written: boolean; readonly next: number }
  /** Tokens that look numeric but are not quantities (dates, times, identifiers, "first half"): skip them. */
  | { readonly kind: 'skip'; readonly next: number };

const A_OR_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);
const FRACTION_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all']);
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['half', 'quarter']);
/** Words ending in "-est" that are not superlatives. */
const NOT_SUPERLATIVE: ReadonlySet<string> = new Set(
  'interest west test request honest guest contest harvest protest suggest invest forest nest rest chest quest manifest digest arrest crest pest vest zest attest detest arrest modest southwest northwest midwest latest'.split(' '),
);
/** Prepositions that end the noun phrase an ordinal ranks ("the second increase since 2021"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'until', 'among', 'behind', 'during', 'across', 'through', 'toward', 'towards', 'within', 'without', 'against', 'between', 'beyond', 'despite', 'like', 'than', 'via', 'amid']);
const OUT_OF: ReadonlySet<string> = new Set(['in', 'out']);

/** A whole or decimal number written in digits or words at token `i` ("50", "fifty"), with the index after it. */
export function cardinalAt(tokens: readonly QToken[], i: number): { value: number; decimals: number; written: boolean; next: number } | undefined {
  const t = tokens[i];
  if (t?.kind === 'num') return { value: digitValue(t), decimals: decimals(t), written: false, next: i + 1 };
  const w = readWordNumber(tokens, i);
  if (w === undefined) return undefined;
  // "at one point two officers left" is the idiom "at one point", not 1.2.
  const fraction = tokens[i - 1]?.lower === 'at' ? undefined : spokenDecimalPart(tokens, w.next);
  return fraction === undefined
    ? { value: w.value, decimals: 0, written: true, next: w.next }
    : { value: w.value + Number(`0.${fraction.digits}`), decimals: fraction.digits.length, written: true, next: fraction.next };
}

const DECIMAL_POINT_WORDS: ReadonlySet<string> = new Set(['point', 'dot']);
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([['oh', '0'], ['o', '0'], ['nought', '0'], ...'zero one two three four five six seven eight nine'.split(' ').map((w, d): [string, string] => [w, String(d)])]);

/**
 * The digits after a spoken decimal point ("twelve | point five", "twelve | dot fifty", "three | point two five"):
 * either digit words one by one, or one number word below a hundred read as its digits.
 */
function spokenDecimalPart(tokens: readonly QToken[], at: number): { digits: string; next: number } | undefined {
  if (!isWord(tokens, at, DECIMAL_POINT_WORDS)) return undefined;
  let digits = '';
  let next = at + 1;
  while (tokens[next]?.kind === 'word' && DIGIT_WORDS.has(tokens[next]?.lower ?? '')) {
    digits += DIGIT_WORDS.get(tokens[next]?.lower ?? '') ?? '';
    next += 1;
  }
  if (digits === '') {
    const whole = readWordNumber(tokens, next);
    if (whole === undefined || whole.value < 10 || whole.value >= 100) return undefined;
    return { digits: String(whole.value), next: whole.next };
  }
  return { digits, next };
}

/** Reads a superlative after an ordinal ("-largest", " longest", " most populous"); returns it and the next index. */
function superlativeAt(tokens: readonly QToken[], i: number): { word: string; next: number } | undefined {
  const at = tokens[i]?.text === '-' ? i + 1 : i;
  const t = tokens[at];
  if (t?.kind !== 'word') return undefined;
  if ((t.lower === 'most' || t.lower === 'least') && tokens[at + 1]?.kind === 'word') {
    return { word: `${t.lower} ${tokens[at + 1]?.lower ?? ''}`, next: at + 2 };
  }
  return isSuperlativeWord(t.lower) ? { word: t.lower, next: at + 1 } : undefined;
}

/** True for a one-word superlative ("busiest", "best", "worst"; not "interest" or "latest"). */
export function isSuperlativeWord(lower: string): boolean {
  return (lower.length >= 5 && lower.endsWith('est') && !NOT_SUPERLATIVE.has(lower)) || lower === 'best' || lower === 'worst';
}

/** "N in M" as a fraction, when M is a whole number above N, at most 1000, and no number follows it. */
function ratio(tokens: readonly QToken[], numerator: { value: number; written: boolean }, den: { value: number; decimals: number; written: boolean; next: number } | undefined): Core | undefined {
  if (den === undefined || den.decimals !== 0 || den.value <= numerator.value || den.value > 1000 || tokens[den.next]?.kind === 'num') return undefined;
  return { kind: 'fraction', percent: (100 * numerator.value) / den.value, written: numerator.written || den.written, next: den.next };
}

/** Unit classes whose one unit a fraction may share out ("a quarter of an hour", "half a point"); not money ("half a pound"). */
const SHARED_UNIT_CLASSES: ReadonlySet<string> = new Set(['percentagePoints', 'percent', 'duration', 'length', 'area', 'mass', 'volume']);

/**
 * The start of a unit or scale after a fraction ("a quarter | of a percentage point", "half | an hour", "half | a
 * million pounds"): the fraction is then that share of one unit, or of the scale, not a share of something.
 */
function unitAfterFraction(tokens: readonly QToken[], at: number): number | undefined {
  const article = tokens[at]?.lower === 'of' ? at + 1 : at;
  if (!isWord(tokens, article, A_OR_ONE)) return undefined;
  if (matchPhrase(tokens, article + 1, SCALES) !== undefined) return article + 1;
  const unit = matchPhrase(tokens, article + 1, UNITS)?.value.unitClass;
  return unit !== undefined && SHARED_UNIT_CLASSES.has(unit) ? article + 1 : undefined;
}

/**
 * A fraction, or a fraction of one unit or scale read as that many units ("a quarter of a percentage point": 0.25;
 * "half an hour"; "a quarter of a million": 250,000).
 */
function readFraction(tokens: readonly QToken[], i: number): Core | undefined {
  const fraction = readShare(tokens, i);
  if (fraction?.kind !== 'fraction') return fraction;
  const unitAt = unitAfterFraction(tokens, fraction.next);
  if (unitAt === undefined) return fraction;
  // A share of a scale is as loose as one decimal of it: "half a million" is "0.5 million", not "0.50 million".
  const decimals = matchPhrase(tokens, unitAt, SCALES) === undefined ? 2 : 1;
  return { kind: 'cardinal', value: fraction.percent / 100, decimals, written: true, next: unitAt };
}

/** The place of a ratio's denominator at `i`, past an "every" ("one in every four"). */
function skipEvery(tokens: readonly QToken[], i: number): number {
  return tokens[i]?.lower === 'every' ? i + 1 : i;
}

function readShare(tokens: readonly QToken[], i: number): Core | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  // "half of the …" on its own, "half a point"
  if (t.lower === 'half' && (isWord(tokens, i + 1, FRACTION_FOLLOWERS) || unitAfterFraction(tokens, i + 1) !== undefined)) return { kind: 'fraction', percent: 50, written: true, next: i + 1 };
  const numerator = A_OR_ONE.has(t.lower) ? { value: 1, decimals: 0, written: true, next: i + 1 } : cardinalAt(tokens, i);
  if (numerator === undefined || numerator.decimals > 0) return undefined;
  let at = numerator.next;
  // "one vote in three", "two patients in five", "one new car in four": the counted noun (and a word describing it)
  // between, when no plural noun follows the denominator ("two goals in three games" is a rate, not a fraction).
  for (let words = 1; words <= 2; words++) {
    const between = tokens.slice(at, at + words);
    if (between.length < words || !between.every((w) => w.kind !== 'num' && /^\p{L}+$/u.test(w.text) && !STOPWORDS.has(w.lower)) || tokens[at + words]?.lower !== 'in') continue;
    const den = cardinalAt(tokens, skipEvery(tokens, at + words + 1));
    const following = den === undefined ? undefined : tokens[den.next];
    const rate = following !== undefined && following.kind !== 'num' && /^\p{L}+$/u.test(following.text) && looksPlural(following.lower);
    // "within two hours in 92% of cases": a percentage after "in" is a share of its own, not the ratio's denominator.
    const percent = den !== undefined && matchPhrase(tokens, den.next, UNITS)?.value.unitClass === 'percent';
    const fraction = rate || percent ? undefined : ratio(tokens, numerator, den);
    if (fraction !== undefined) return fraction;
  }
  // "one in five", "1 out of 4", "one in every four"
  if (isWord(tokens, at, OUT_OF)) {
    const after = tokens[at]?.lower === 'out' && tokens[at + 1]?.lower === 'of' ? at + 2 : tokens[at]?.lower === 'in' ? at + 1 : -1;
    return ratio(tokens, numerator, after < 0 ? undefined : cardinalAt(tokens, skipEvery(tokens, after)));
  }
  // "three-fifths", "two thirds", "a quarter of"
  if (tokens[at]?.text === '-' && tokens[at]?.glued === true) at += 1;
  const den = denominator(tokens[at]?.lower ?? '');
  if (den === undefined || numerator.value >= den * 4) return undefined;
  // "a third of" but not "a third term"; "three quarters of" but not "the past three quarters"
  if ((t.lower === 'a' || PERIOD_NOUNS.has(tokens[at]?.lower ?? '')) && !isWord(tokens, at + 1, FRACTION_FOLLOWERS)) return undefined;
  return { kind: 'fraction', percent: (100 * numerator.value) / den, written: true, next: at + 1 };
}

/** Words before a bare ordinal that make it rank a noun ("the second test track", "its 7th forum"). */
const RANK_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Words after a bare ordinal that make it a standing ("finished fifth in the league", "ranks third among…"). */
const STANDING_FOLLOWERS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', 'in', 'among', 'on', 'for', 'out', 'overall', 'place', 'and']);
const MAX_RANKED_RUN = 4;
/** Words that start a time phrase after a ranked noun ("its tenth shop last year"). */
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'every', 'each']);
const PARTITIVE: ReadonlySet<string> = new Set(['of', 'among']);
/** Indefinite articles: an ordinal after one is no standing ("1,000 litres a second", "a second chance"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** What may follow an ordinal whose noun is left out ("… and Rowell scored in the 76th."). */
const ELIDED_RANK_FOLLOWERS: ReadonlySet<string> = new Set([',', '.', ';', ')', 'and', 'or']);
/**
 * The rank noun of an ordinal whose noun is left out ("in the 76th."), until the extractor gives it the noun of the
 * sentence's earlier rank ("in the 61st minute").
 */
export const ELIDED_RANK = '…';
/** Nouns an ordinal counts occurrences of rather than ranks ("for the first time"). */
const OCCURRENCE_NOUNS: ReadonlySet<string> = new Set(['time', 'times']);

/** True when the token before `i` is a determiner or a possessive ("the", "its", "Qingtao Power's"). */
function determined(tokens: readonly QToken[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (RANK_DETERMINERS.has(prev.lower) || /['’]s$/u.test(prev.text));
}

/** The head of the noun run after an ordinal ("comprehensive test track" → "track", "High-level Forum on …" → "forum"), or ''. */
function rankedNoun(tokens: readonly QToken[], i: number): string {
  let head = '';
  let words = 0;
  for (let k = i; k < tokens.length && words < MAX_RANKED_RUN; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.text === '-' && t.glued && tokens[k + 1]?.glued === true && words > 0) continue;
    const compound = tokens[k + 1]?.text === '-' && tokens[k + 1]?.glued === true;
    // A verb ends the noun phrase ("the 8th forum opened").
    if (t.kind !== 'word' || ((STOPWORDS.has(t.lower) || PREPOSITIONS.has(t.lower)) && !compound) || TIME_DETERMINERS.has(t.lower) || (words > 0 && !compound && /ed$/u.test(t.lower))) break;
    head = lemma(t.lower);
    words++;
  }
  return head;
}

/**
 * A superlative with no ordinal ranks first: "the highest total", "the
 * country's largest port". Only after a determiner or a possessive, and not
 * "most" or "least" before a function word ("the most since 2019").
 */
function readSuperlativeRank(tokens: readonly QToken[], i: number): Core | undefined {
  // "one of the largest", "among the biggest": near the top, not first.
  if (!determined(tokens, i) || PARTITIVE.has(tokens[i - 2]?.lower ?? '')) return undefined;
  const sup = superlativeAt(tokens, i);
  if (sup === undefined || (sup.word.includes(' ') && STOPWORDS.has(tokens[i + 1]?.lower ?? ''))) return undefined;
  return { kind: 'ordinal', value: 1, superlative: sup.word, written: true, next: sup.next };
}

function readOrdinalCore(tokens: readonly QToken[], i: number): Core | undefined {
  const o = readOrdinal(tokens, i);
  if (o === undefined) return tokens[i]?.kind === 'word' ? readSuperlativeRank(tokens, i) : undefined;
  const after = tokens[o.next];
  if (after !== undefined && PERIOD_NOUNS.has(after.lower)) return { kind: 'skip', next: o.next + 1 };
  const sup = superlativeAt(tokens, o.next);
  const written = tokens[i]?.kind === 'word';
  if (sup !== undefined) return { kind: 'ordinal', value: o.value, superlative: sup.word, written, next: sup.next };
  // "a 58th-minute try": the ordinal ranks the word it is hyphenated to.
  const compound = after?.text === '-' && after.glued && tokens[o.next + 1]?.kind === 'word' && tokens[o.next + 1]?.glued === true ? tokens[o.next + 1] : undefined;
  if (compound !== undefined) return { kind: 'ordinal', value: o.value, superlative: lemma(compound.lower), written, next: o.next + 2 };
  // "the second comprehensive test track": the ordinal ranks the noun after it.
  const noun = determined(tokens, i) ? rankedNoun(tokens, o.next) : '';
  // "in the 61st minute, and Rowell scored in the 76th.": the noun is left out; the sentence's earlier rank names it.
  if (noun === '' && o.value > 1 && determined(tokens, i) && (after === undefined || ELIDED_RANK_FOLLOWERS.has(after.lower))) {
    return { kind: 'ordinal', value: o.value, superlative: ELIDED_RANK, written, next: o.next };
  }
  if (OCCURRENCE_NOUNS.has(noun)) return { kind: 'skip', next: o.next };
  if (noun !== '') return { kind: 'ordinal', value: o.value, superlative: noun, written, next: o.next };
  // "finished fifth in the league", "came third,": a standing, after a word (not "Second, …" opening a sentence or clause).
  // "a second" is a length of time or another one, no standing.
  const standing = tokens[i - 1]?.kind === 'word' && !ARTICLES.has(tokens[i - 1]?.lower ?? '') && !determined(tokens, i) && (after === undefined || STANDING_FOLLOWERS.has(after.lower));
  if (standing) return { kind: 'ordinal', value: o.value, superlative: '', written, next: o.next };
  // Bare "first" and discourse markers are too common to be claims.
  if (o.value === 1 || after === undefined || after.kind !== 'word') return written ? undefined : { kind: 'skip', next: o.next };
  return { kind: 'ordinal', value: o.value, superlative: '', written, next: o.next };
}

/**
 * Nouns a bare whole number after which names one of a series rather than counts: "issue 31", "episode 112", "section
 * 106", and the grades, stages and places of a series ("went up to Division 1,", "a Phase 3 trial", "Platform 4").
 */
const IDENTIFYING_NOUNS: ReadonlySet<string> = new Set(
  'issue episode volume chapter section page edition article clause paragraph item version ep vol pp no division tier phase stage grade platform gate terminal zone ward route'.split(' '),
);

/** Adverbs that open a sentence before its figure ("Just 10 people came", "Then 40 more"): their capital names nothing. */
const OPENING_ADVERBS: ReadonlySet<string> = new Set(['just', 'only', 'then', 'now', 'still', 'also', 'even', 'another', 'barely', 'fully', 'exactly', 'precisely']);

/** True when the digit token at `i` is part of a date, a time, a phone number or an identifier ("June 09", "10:33", "555-0142", "Q1", "5G"). */
function isNonQuantityDigits(tokens: readonly QToken[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t === undefined) return false;
  if (t.glued && prev !== undefined && prev.kind === 'word') return true;
  if (t.glued && prev?.text === '-' && prev.glued && tokens[i - 2]?.kind === 'word') return true;
  if (prev !== undefined && isMonthName(prev.text) && /^\d{1,2}$/.test(t.text)) return true;
  // A number that names one of a series: "issue 31", "episode 112", "section 106", "page 12".
  if (prev?.kind === 'word' && IDENTIFYING_NOUNS.has(prev.lower) && /^\d+$/u.test(t.text)) return true;
  // Names with numbers: "Line 6 opened", "Terminal 4 handled" (but "Jiangsu 13, Anhui 2." are counts,
  // and a possessive or a unit after the number makes it an amount: "Bolt's 6 percent", "Bolt 6 percent").
  const after = tokens[i + 1];
  const ordinalSuffix = after?.glued === true && /^(?:st|nd|rd|th)$/u.test(after.lower);
  const measured = matchPhrase(tokens, i + 1, UNITS) !== undefined || matchPhrase(tokens, i + 1, SCALES) !== undefined;
  // A capital from sentence case is no name: "About 300 people came", "Nearly 40 schools closed", "Just 10 people".
  const named =
    prev?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(prev.text) && !/['’]s$/u.test(prev.text) && !STOPWORDS.has(prev.lower) && !OPENING_ADVERBS.has(prev.lower) && matchPhrase(tokens, i - 1, HEDGES) === undefined;
  // A sentence's first word before a count of a plural is a verb in the imperative, not a name: "- Survey 70 roosts in
  // 2027.", "Recruit 60 volunteers".
  const imperative = (tokens[i - 2] === undefined || tokens[i - 2]?.kind !== 'word') && after !== undefined && looksPlural(after.lower);
  if (named && !imperative && /^\d{1,3}$/.test(t.text) && after?.kind === 'word' && !ordinalSuffix && !measured && after.lower !== 'and' && after.lower !== 'or') return true;
  const next = tokens[i + 1];
  // Phone and reference numbers: "555-0142", "910-555-123" (a leading zero or a third group is no range).
  const second = tokens[i + 2];
  if (next?.text === '-' && next.glued && second?.kind === 'num' && second.glued && (/^0\d/.test(second.text) || (tokens[i + 3]?.text === '-' && tokens[i + 3]?.glued === true))) return true;
  if (next !== undefined && next.glued && (next.text === ':' || next.text === '/') && tokens[i + 2]?.kind === 'num' && tokens[i + 2]?.glued === true) return true;
  return false;
}

/** A whole number written with a leading zero and three digits or more ("01632", "0800"): a dialling code, never an amount. */
const DIALLING_CODE = /^0\d{2,}$/u;
/** Digit groups that follow a dialling code in a phone number ("960418", "123 4567"). */
const PHONE_GROUP = /^\d{2,}$/u;

/** The token after the phone number that opens with the dialling code at `i`: its digit groups, spaced or hyphenated. */
function afterPhoneNumber(tokens: readonly QToken[], i: number): number {
  let next = i + 1;
  for (;;) {
    const t = tokens[next];
    if (t?.kind === 'num' && PHONE_GROUP.test(t.text)) next++;
    else if (t?.text === '-' && t.glued && tokens[next + 1]?.kind === 'num') next++;
    else return next;
  }
}

/** Reads the number core at token `i`, or undefined when there is none. */
export function readCore(tokens: readonly QToken[], i: number): Core | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'num' && DIALLING_CODE.test(t.text)) return { kind: 'skip', next: afterPhoneNumber(tokens, i) };
  if (t.kind === 'num' && isNonQuantityDigits(tokens, i)) {
    let next = i + 1;
    while (tokens[next] !== undefined && tokens[next]?.glued === true && tokens[next]?.kind !== 'word') next++;
    return { kind: 'skip', next };
  }
  const fraction = readFraction(tokens, i);
  if (fraction !== undefined) return fraction;
  const ordinal = readOrdinalCore(tokens, i);
  if (ordinal !== undefined) return ordinal;
  const c = cardinalAt(tokens, i);
  return c === undefined ? undefined : { kind: 'cardinal', ...c };
}
