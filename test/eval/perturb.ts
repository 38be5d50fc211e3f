/**
 * FactCC-style perturbations of one number mention: each turns a mention the
 * sources support into one they contradict (swap two digits, change the
 * scale word, shift a percentage, move an ordinal or a year, replace a
 * written-out number). Every choice is drawn from a caller-supplied random
 * source, so a seeded generator gives the same set on every run.
 *
 * A perturbation refuses (returns undefined) rather than produce a claim that
 * might still be true: it respects one-sided hedges ("over 6,000" may only go
 * up, "nearly 800" only down), demands a clear relative change, and avoids
 * numbers that appear anywhere in the sources, which could make the new
 * claim accidentally true of some other fact.
 */

/** The kinds of perturbation, used as the `generated-<kind>` category. */
export type PerturbationKind = 'digit-swap' | 'scale' | 'percent' | 'ordinal' | 'year' | 'written';

/** Every {@link PerturbationKind}, in a fixed order. */
export const PERTURBATION_KINDS: readonly PerturbationKind[] = ['digit-swap', 'scale', 'percent', 'ordinal', 'year', 'written'];

/** A random source returning floats in [0, 1). */
export type Rng = () => number;

/** What a perturbation needs to know about the mention besides its text. */
export interface PerturbContext {
  /** The draft text just before the mention (a hedge such as "by" or "over" may sit there). */
  readonly before: string;
  /** The label's category, e.g. `year` or `written-out`. */
  readonly category: string;
  /** Normalised number tokens found anywhere in the sources (see {@link numberTokens}). */
  readonly sourceNumbers: ReadonlySet<string>;
}

/** Mulberry32: a tiny, fast, seedable PRNG. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one element of a non-empty list, or undefined for an empty one. */
export function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(rng() * items.length)];
}

const NUMBER_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Normalises a digit token: "1,450" → "1450", "1.50" → "1.5". */
function normalizeToken(token: string): string {
  return String(Number(token.replace(/,/g, '')));
}

/** All normalised digit tokens in the given texts. */
export function numberTokens(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(NUMBER_TOKEN)) out.add(normalizeToken(m[0]));
  return out;
}

/** The one digit token of a mention, or undefined when it has none or several. */
function singleToken(mention: string): { token: string; index: number } | undefined {
  const all = [...mention.matchAll(NUMBER_TOKEN)];
  const only = all.length === 1 ? all[0] : undefined;
  return only?.index === undefined ? undefined : { token: only[0], index: only.index };
}

/** What the hedge before a number allows: which way a wrong claim may move, and how far it must move. */
interface HedgeBounds {
  readonly allowed: 'any' | 'up' | 'down';
  /** Smallest relative change that is clearly wrong: more for "about"-style hedges. */
  readonly minRelative: number;
}

const LOWER_BOUND = /\b(over|more than|above|at least|exceeding|upwards of)\s*$/i;
const UPPER_BOUND = /\b(nearly|almost|under|less than|fewer than|below|up to|at most|by|before|until)\s*$/i;
const APPROXIMATE = /\b(about|around|roughly|some|approximately|nearly|almost|close to|an estimated)\s*$/i;

/** Reads the hedge right before the number ("over 6,000" lets only a larger claim be wrong). */
function hedgeBounds(mention: string, numberIndex: number, before: string): HedgeBounds {
  const lead = (before.slice(-24) + mention.slice(0, numberIndex)).replace(/[$€£¥]|US\$|HK\$/g, '');
  const minRelative = APPROXIMATE.test(lead) ? 0.15 : 0.05;
  if (LOWER_BOUND.test(lead)) return { allowed: 'up', minRelative };
  if (UPPER_BOUND.test(lead)) return { allowed: 'down', minRelative };
  return { allowed: 'any', minRelative };
}

/** True when moving from `from` to `to` is clearly wrong under the hedge (and by at least `atLeast`). */
function clearlyDifferent(from: number, to: number, hedge: HedgeBounds, atLeast = 0): boolean {
  if (!(to > 0) || from === to) return false;
  if (hedge.allowed === 'up' && to <= from) return false;
  if (hedge.allowed === 'down' && to >= from) return false;
  return Math.abs(to - from) / from >= Math.max(atLeast, hedge.minRelative);
}

/** Replaces `length` characters at `index` of `text`. */
function splice(text: string, index: number, length: number, insert: string): string {
  return text.slice(0, index) + insert + text.slice(index + length);
}

const YEAR_CATEGORIES = new Set(['year', 'period-year', 'date', 'personal-year']);

function digitSwap(mention: string, ctx: PerturbContext, rng: Rng): string | undefined {
  if (YEAR_CATEGORIES.has(ctx.category)) return undefined;
  const found = singleToken(mention);
  if (!found) return undefined;
  const positions = [...found.token].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  const from = Number(found.token.replace(/,/g, ''));
  const hedge = hedgeBounds(mention, found.index, ctx.before);
  const candidates: string[] = [];
  for (let k = 0; k + 1 < positions.length; k++) {
    const [i, j] = [positions[k] as number, positions[k + 1] as number];
    const chars = [...found.token];
    if (chars[i] === chars[j]) continue;
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    const swapped = chars.join('');
    if (swapped.startsWith('0')) continue;
    if (!clearlyDifferent(from, Number(swapped.replace(/,/g, '')), hedge)) continue;
    if (ctx.sourceNumbers.has(normalizeToken(swapped))) continue;
    candidates.push(swapped);
  }
  const chosen = pick(rng, candidates);
  return chosen === undefined ? undefined : splice(mention, found.index, found.token.length, chosen);
}

const SCALE_SWAPS: ReadonlyArray<readonly [RegExp, (w: string) => string, 'up' | 'down']> = [
  [/\bmillion\b/i, (w) => (w[0] === 'M' ? 'Billion' : 'billion'), 'up'],
  [/\bbillion\b/i, (w) => (w[0] === 'B' ? 'Million' : 'million'), 'down'],
  [/\bthousand\b/i, (w) => (w[0] === 'T' ? 'Million' : 'million'), 'up'],
  [/\btrillion\b/i, (w) => (w[0] === 'T' ? 'Billion' : 'billion'), 'down'],
  [/(?<=\d)bn\b/, () => 'm', 'down'],
  [/(?<=\d)m\b/, () => 'bn', 'up'],
  [/(?<=\d)k\b/, () => 'm', 'up'],
];

function scale(mention: string, ctx: PerturbContext): string | undefined {
  for (const [pattern, replace, direction] of SCALE_SWAPS) {
    const m = pattern.exec(mention);
    if (!m) continue;
    const hedge = hedgeBounds(mention, m.index, ctx.before);
    if (hedge.allowed !== 'any' && hedge.allowed !== direction) return undefined;
    return splice(mention, m.index, m[0].length, replace(m[0]));
  }
  return undefined;
}

/** Formats a shifted percentage with at most two decimals and no float noise. */
function formatPercent(value: number): string {
  return String(Number(value.toFixed(2)));
}

function percent(mention: string, ctx: PerturbContext, rng: Rng): string | undefined {
  if (!/%|\bper ?cent\b|\bpercentage points?\b/i.test(mention)) return undefined;
  const found = singleToken(mention);
  if (!found) return undefined;
  const from = Number(found.token.replace(/,/g, ''));
  const hedge = hedgeBounds(mention, found.index, ctx.before);
  const shift = Math.max(5, Math.round(from / 2));
  const candidates = [from * 10, from / 10, from + shift, from - shift]
    .filter((to) => to <= 100 && clearlyDifferent(from, to, hedge, 0.25))
    .map(formatPercent)
    .filter((text) => !ctx.sourceNumbers.has(normalizeToken(text)));
  const chosen = pick(rng, candidates);
  return chosen === undefined ? undefined : splice(mention, found.index, found.token.length, chosen);
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Matches the case of `model` ("Third" → "Second"). */
function sameCase(model: string, word: string): string {
  return model[0] !== undefined && model[0] === model[0].toUpperCase() ? word[0]?.toUpperCase() + word.slice(1) : word;
}

function suffixFor(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function ordinal(mention: string, _ctx: PerturbContext, rng: Rng): string | undefined {
  const word = new RegExp(`\\b(${ORDINAL_WORDS.join('|')})\\b`, 'i').exec(mention);
  if (word) {
    const rank = ORDINAL_WORDS.indexOf(word[0].toLowerCase());
    // "second-largest" can become "third-largest" but not "first-largest".
    const lowest = mention[word.index + word[0].length] === '-' ? 1 : 0;
    const to = pick(rng, [rank - 1, rank + 1].filter((r) => r >= lowest && r < ORDINAL_WORDS.length));
    const replacement = to === undefined ? undefined : ORDINAL_WORDS[to];
    return replacement === undefined ? undefined : splice(mention, word.index, word[0].length, sameCase(word[0], replacement));
  }
  const numeric = /\b(\d+)(st|nd|rd|th)\b/.exec(mention);
  if (!numeric?.[1]) return undefined;
  const n = Number(numeric[1]);
  const to = pick(rng, [n - 1, n + 1].filter((r) => r >= 1));
  return to === undefined ? undefined : splice(mention, numeric.index, numeric[0].length, `${to}${suffixFor(to)}`);
}

function year(mention: string, ctx: PerturbContext, rng: Rng): string | undefined {
  if (ctx.category !== 'year') return undefined;
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(mention);
  if (!m) return undefined;
  const from = Number(m[0]);
  const hedge = hedgeBounds(mention, m.index, ctx.before);
  const shifts = [-3, -2, -1, 1, 2, 3].filter((s) => (hedge.allowed === 'up' ? s > 0 : hedge.allowed === 'down' ? s < 0 : true));
  const shift = pick(rng, shifts);
  return shift === undefined ? undefined : splice(mention, m.index, m[0].length, String(from + shift));
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that, hyphen-joined to a number word, make it part of a compound or fraction ("sixty-five", "three-fifths"). */
const COMPOUND_PARTS = /^(one|two|three|four|five|six|seven|eight|nine|half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/i;

function written(mention: string, ctx: PerturbContext, rng: Rng): string | undefined {
  if (ctx.category !== 'written-out') return undefined;
  for (const m of mention.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
    const parts = m[0].split('-');
    const head = parts[0] ?? '';
    const from = NUMBER_WORDS.get(head.toLowerCase());
    if (from === undefined || m.index === undefined) continue;
    if (parts.slice(1).some((p) => COMPOUND_PARTS.test(p))) return undefined;
    const hedge = hedgeBounds(mention, m.index, ctx.before);
    // Plausible but clearly wrong: plural, between a third and three times the original, at least 1.5 times away.
    const plausible = (to: number): boolean => to >= Math.max(2, from / 3) && to <= from * 3 && (to >= from * 1.5 || to <= from / 1.5);
    const candidates = [...NUMBER_WORDS].filter(([, to]) => plausible(to) && clearlyDifferent(from, to, hedge)).map(([w]) => w);
    const chosen = pick(rng, candidates);
    return chosen === undefined ? undefined : splice(mention, m.index, head.length, sameCase(head, chosen));
  }
  return undefined;
}

const PERTURBERS: Readonly<Record<PerturbationKind, (mention: string, ctx: PerturbContext, rng: Rng) => string | undefined>> = {
  'digit-swap': digitSwap,
  scale,
  percent,
  ordinal,
  year,
  written,
};

/** Applies one kind of perturbation to a mention, or returns undefined when that kind does not apply. */
export function perturb(mention: string, kind: PerturbationKind, ctx: PerturbContext, rng: Rng): string | undefined {
  const out = PERTURBERS[kind](mention, ctx, rng);
  return out === undefined || out === mention ? undefined : out;
}
