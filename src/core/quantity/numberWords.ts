/**
 * Numbers written in words: cardinals ("sixty-five", "one hundred and
 * twenty"), ordinals ("third", "7th") and fraction denominators ("fifths").
 */
import { type QToken, isWord } from './lexer';

const ONES: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i): [string, number] => [w, i]),
  // British English says zero "nought" ("nought point six five").
  ['nought', 0],
]);
const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10]),
);
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ...'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
    .split(' ')
    .map((w, i): [string, number] => [w, i + 1]),
  ['thirtieth', 30],
  ['fortieth', 40],
  ['fiftieth', 50],
  ['hundredth', 100],
]);
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ...'fifth sixth seventh eighth ninth tenth'.split(' ').flatMap((w, i): [string, number][] => [
    [w, i + 5],
    [`${w}s`, i + 5],
  ]),
]);
const DIGIT_ORDINAL_SUFFIX: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
const AND: ReadonlySet<string> = new Set(['and']);
/** Scale words that may run on into more words of one number ("one thousand seven hundred and thirty"). */
const COMPOUND_SCALES: ReadonlyMap<string, number> = new Map([
  ['million', 1e6],
  ['thousand', 1e3],
]);
/** Scale words a number's words may end on, left to the caller to apply. */
const SCALE_WORDS: ReadonlySet<string> = new Set([...COMPOUND_SCALES.keys(), 'billion', 'trillion']);
/** The article that stands for "one" before a scale word ("a hundred and sixty-five", "a thousand walkers"). */
const ARTICLE_ONE: ReadonlySet<string> = new Set(['a']);

/** A cardinal read from words, with the index of the token after it. */
export interface WordNumber {
  readonly value: number;
  readonly next: number;
}

/** Value of a single cardinal word ("seven" → 7, "forty" → 40), or undefined. */
export function cardinalWord(word: string): number | undefined {
  return ONES.get(word) ?? TENS.get(word);
}

/**
 * Reads a written cardinal starting at token `i`: "twelve", "sixty-five",
 * "one hundred and twenty", and one that runs on past a scale word into more
 * words of the same number ("one thousand seven hundred and thirty", "two
 * thousand and five"). A scale word that ends the number ("two thousand
 * people", "six point three million") is left to the caller, as for digits.
 */
export function readWordNumber(tokens: readonly QToken[], i: number): WordNumber | undefined {
  const head = readBelowThousand(tokens, i);
  if (head === undefined) return undefined;
  const scale = COMPOUND_SCALES.get(tokens[head.next]?.lower ?? '');
  if (scale === undefined) return head;
  const restAt = isWord(tokens, head.next + 1, AND) ? head.next + 2 : head.next + 1;
  const rest = readWordNumber(tokens, restAt);
  // The rest must end the number: "one million two hundred | thousand" is not 1,000,200 thousand.
  if (rest === undefined || rest.value >= scale || SCALE_WORDS.has(tokens[rest.next]?.lower ?? '')) return head;
  return { value: head.value * scale + rest.value, next: rest.next };
}

/** Reads a written cardinal below one thousand starting at token `i`: "twelve", "sixty-five", "one hundred and twenty". */
function readBelowThousand(tokens: readonly QToken[], i: number): WordNumber | undefined {
  const first = tokens[i];
  if (first?.kind !== 'word') return undefined;
  // "a hundred and sixty-five pounds", "a thousand walkers": the article is "one" before a scale word.
  const scaleAfter = tokens[i + 1]?.lower ?? '';
  if (ARTICLE_ONE.has(first.lower) && (scaleAfter === 'hundred' || SCALE_WORDS.has(scaleAfter))) return readScaled(tokens, 1, i + 1);
  let value = cardinalWord(first.lower);
  if (value === undefined) return undefined;
  let next = i + 1;
  // "sixty-five", "sixty five"
  if (TENS.has(first.lower)) {
    const unitAt = tokens[next]?.text === '-' ? next + 1 : next;
    const unit = ONES.get(tokens[unitAt]?.lower ?? '');
    if (unit !== undefined && unit > 0 && unit < 10) {
      value += unit;
      next = unitAt + 1;
    }
  }
  return readScaled(tokens, value, next);
}

/** `value`, read up to token `next`, times a hundred and plus the rest when "hundred (and) twenty(-five)" follows. */
function readScaled(tokens: readonly QToken[], value: number, next: number): WordNumber {
  if (tokens[next]?.lower !== 'hundred' || value >= 10) return { value, next };
  const restAt = isWord(tokens, next + 1, AND) ? next + 2 : next + 1;
  const rest = readBelowThousand(tokens, restAt);
  return rest !== undefined && rest.value < 100 ? { value: value * 100 + rest.value, next: rest.next } : { value: value * 100, next: next + 1 };
}

/** Value of a single ordinal word ("third" → 3), or undefined. */
export function ordinalWord(word: string): number | undefined {
  return ORDINAL_WORDS.get(word);
}

/** Ordinal value of a word ("third" → 3) or of a digit token followed by a glued suffix ("7" "th" → 7). */
export function readOrdinal(tokens: readonly QToken[], i: number): WordNumber | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'word') {
    const v = ordinalWord(t.lower);
    return v === undefined ? undefined : { value: v, next: i + 1 };
  }
  const suffix = tokens[i + 1];
  if (t.kind === 'num' && /^\d+$/.test(t.text) && suffix?.glued === true && DIGIT_ORDINAL_SUFFIX.has(suffix.lower)) {
    return { value: Number(t.text), next: i + 2 };
  }
  return undefined;
}

/** Denominator named by a fraction word ("fifths" → 5, "half" → 2), or undefined. */
export function denominator(word: string): number | undefined {
  return DENOMINATORS.get(word);
}
