/**
 * Queries as a writer types them while looking for a source sentence: a few
 * content words, with a typo, a half-typed word, shuffled order, a speaker's
 * name or a literal number. Every query records the sentence it was built
 * from, so hit@k can be scored.
 */
import { contentTokens, tokenize, type Token } from '../src/core/text/tokens';
import type { CorpusSentence } from './corpus';
import { Rng } from './prng';

/** How a query was built. */
export type QueryKind = 'words' | 'typo' | 'prefix' | 'shuffled' | 'number' | 'speaker';

/** A query and the sentence it should find. */
export interface BenchQuery {
  readonly query: string;
  readonly kind: QueryKind;
  /** The target sentence's text, exactly as in the corpus. */
  readonly target: string;
  readonly path: string;
}

const KINDS: readonly QueryKind[] = ['words', 'typo', 'prefix', 'shuffled', 'number', 'speaker'];
const DF_SAMPLE = 30_000;

/** A content word of a sentence as it appears in the text, with its corpus frequency. */
interface Word {
  readonly surface: string;
  readonly norm: string;
  readonly start: number;
  readonly df: number;
}

/** Document frequency of each normalised token over an evenly spaced sample of the corpus. */
function sampleFrequencies(facts: readonly CorpusSentence[]): Map<string, number> {
  const df = new Map<string, number>();
  const step = Math.max(1, Math.floor(facts.length / DF_SAMPLE));
  for (let i = 0; i < facts.length; i += step) {
    const fact = facts[i];
    if (fact === undefined) continue;
    for (const norm of new Set(contentTokens(fact.text).map((t) => t.norm))) df.set(norm, (df.get(norm) ?? 0) + 1);
  }
  return df;
}

function wordsOf(text: string, df: ReadonlyMap<string, number>, numbers: boolean): Word[] {
  const isNumber = (t: Token): boolean => /^\d/.test(t.norm);
  return contentTokens(text)
    .filter((t) => (numbers ? isNumber(t) : !isNumber(t) && t.norm.length >= 3))
    .map((t) => ({ surface: text.slice(t.start, t.end), norm: t.norm, start: t.start, df: df.get(t.norm) ?? 0 }));
}

/** How many corpus sentences may contain all of a query's words; more and the target is not identifiable. */
const MAX_MATCHES = 3;
/** Most words a writer types into a completion query. */
const MAX_QUERY_WORDS = 6;

/** A target with the words a writer remembers of it, before typing slips are applied. */
interface Draft {
  readonly fact: CorpusSentence;
  readonly kind: QueryKind;
  /** Words in the order the writer reaches for them: the first `initial` are typed, the rest are added if the query is ambiguous. */
  readonly words: readonly Word[];
  readonly initial: number;
  /** The rarest word: only sentences holding it can match. */
  readonly key: string;
}

/** Words by preference: the rarest one or two, then the rest in random order; a speaker's name or a number goes first. */
function preferredWords(rng: Rng, kind: QueryKind, fact: CorpusSentence, df: ReadonlyMap<string, number>): Word[] | undefined {
  const all = wordsOf(fact.text, df, false);
  const unique = all.filter((w, i) => all.findIndex((v) => v.norm === w.norm) === i);
  const byRarity = unique.sort((a, b) => a.df - b.df);
  const rare = byRarity.slice(0, rng.int(1, 2));
  const ordered = [...rare, ...rng.shuffle(byRarity.slice(rare.length))];
  if (kind === 'number') {
    const numbers = wordsOf(fact.text, df, true);
    return numbers.length === 0 ? undefined : [rng.pick(numbers), ...ordered];
  }
  if (kind === 'speaker') {
    if (fact.speaker === undefined) return undefined;
    const name = fact.speaker.split(' ');
    const nameNorms = new Set(name.map((n) => n.toLowerCase()));
    const nameWords = name.map((surface) => ({ surface, norm: surface.toLowerCase(), start: -1, df: df.get(surface.toLowerCase()) ?? 0 }));
    return [...nameWords, ...ordered.filter((w) => !nameNorms.has(w.norm))];
  }
  return ordered;
}

function draftFor(rng: Rng, kind: QueryKind, fact: CorpusSentence, df: ReadonlyMap<string, number>): Draft | undefined {
  const words = preferredWords(rng, kind, fact, df);
  if (words === undefined) return undefined;
  const initial = kind === 'speaker' ? 2 + rng.int(1, 2) : rng.int(2, 4);
  const letters = words.slice(0, initial).filter((w) => !/^\d/.test(w.norm));
  const key = letters.reduce<Word | undefined>((best, w) => (best === undefined || w.df < best.df ? w : best), undefined);
  return words.length < 2 || key === undefined ? undefined : { fact, kind, words, initial, key: key.norm };
}

/** For each draft's key word, the token sets of the corpus sentences that hold it (one pass over the corpus). */
function sentencesByKey(facts: readonly CorpusSentence[], keys: ReadonlySet<string>): Map<string, Set<string>[]> {
  const buckets = new Map<string, Set<string>[]>();
  for (const fact of facts) {
    for (const word of new Set(fact.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))) {
      if (!keys.has(word)) continue;
      const tokens = new Set(tokenize(fact.text).map((t) => t.norm));
      const bucket = buckets.get(word) ?? [];
      bucket.push(tokens);
      buckets.set(word, bucket);
    }
  }
  return buckets;
}

/** The fewest words (at least the writer's initial choice, at most {@link MAX_QUERY_WORDS}) that match no more than {@link MAX_MATCHES} sentences, or undefined. */
function specificWords(draft: Draft, bucket: readonly Set<string>[]): Word[] | undefined {
  for (let n = draft.initial; n <= Math.min(draft.words.length, MAX_QUERY_WORDS); n++) {
    const words = draft.words.slice(0, n);
    const matches = bucket.filter((tokens) => words.every((w) => tokens.has(w.norm))).length;
    if (matches <= MAX_MATCHES) return words;
  }
  return undefined;
}

/** One typing slip in a word of five letters or more: a swap, a dropped letter, a doubled letter or a wrong letter. */
export function typo(rng: Rng, word: string): string {
  if (word.length < 5) return word;
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
    default: {
      const c = word.charAt(i);
      const replacement = c === 'e' ? 'r' : c === 'a' ? 's' : 'e';
      return word.slice(0, i) + replacement + word.slice(i + 1);
    }
  }
}

/** A half-typed word: at least three letters, about 60% of it. */
function prefixOf(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.max(3, Math.ceil(word.length * 0.6)));
}

/** Types the chosen words the way the draft's kind says. */
function typed(rng: Rng, kind: QueryKind, words: readonly Word[]): string {
  const inOrder = kind === 'speaker' || kind === 'number' ? words : words.slice().sort((a, b) => a.start - b.start);
  const surfaces = inOrder.map((w) => w.surface);
  switch (kind) {
    case 'typo': {
      const longest = surfaces.reduce((best, w, i) => (w.length > (surfaces[best]?.length ?? 0) ? i : best), 0);
      return surfaces.map((w, i) => (i === longest ? typo(rng, w) : w)).join(' ');
    }
    case 'prefix':
      return [...surfaces.slice(0, -1), prefixOf(surfaces[surfaces.length - 1] ?? '')].join(' ');
    case 'shuffled':
      return rng.shuffle(surfaces).join(' ');
    default:
      return surfaces.join(' ');
  }
}

/** Facts whose text occurs once in the corpus, so that a hit is unambiguous. */
function uniqueTexts(facts: readonly CorpusSentence[], candidates: readonly CorpusSentence[]): Set<string> {
  const seen = new Map<string, number>(candidates.map((c) => [c.text, 0]));
  for (const f of facts) {
    const n = seen.get(f.text);
    if (n !== undefined) seen.set(f.text, n + 1);
  }
  return new Set([...seen].filter(([, n]) => n === 1).map(([t]) => t));
}

/**
 * Builds `count` queries over distinct target sentences, cycling through the
 * query kinds (speaker queries target quotes, number queries target sentences
 * with numbers). A writer adds words until the query is specific: a query's
 * words (before typos) hold in at most three corpus sentences, the target
 * among them.
 */
export function generateQueries(facts: readonly CorpusSentence[], count: number, seed = 7): BenchQuery[] {
  const rng = new Rng(seed);
  const df = sampleFrequencies(facts);
  const candidates = Array.from({ length: Math.min(facts.length, count * 3) }, () => facts[rng.int(0, facts.length - 1)]).filter(
    (f): f is CorpusSentence => f !== undefined,
  );
  const unique = uniqueTexts(facts, candidates);
  const used = new Set<string>();
  const drafts: Draft[] = [];
  for (const fact of candidates) {
    if (!unique.has(fact.text) || used.has(fact.text)) continue;
    const kind = fact.kind === 'quote' && rng.chance(0.6) ? 'speaker' : (KINDS[drafts.length % (KINDS.length - 1)] ?? 'words');
    const draft = draftFor(rng, kind, fact, df);
    if (draft === undefined) continue;
    used.add(fact.text);
    drafts.push(draft);
  }
  const buckets = sentencesByKey(facts, new Set(drafts.map((d) => d.key)));
  const queries: BenchQuery[] = [];
  for (const draft of drafts) {
    if (queries.length >= count) break;
    const words = specificWords(draft, buckets.get(draft.key) ?? []);
    if (words === undefined) continue;
    const text = typed(rng, draft.kind, words);
    queries.push({ query: rng.chance(0.4) ? text.toLowerCase() : text, kind: draft.kind, target: draft.fact.text, path: draft.fact.path });
  }
  return queries;
}

/** Collapses whitespace and case so that a result matches its target however the index trimmed it. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * True when a result is the target sentence: equal after normalising, or one
 * holds the other (an index may keep a quote's words apart from its
 * attribution, or join a sentence with its neighbour).
 */
export function matchesTarget(result: string, target: string): boolean {
  const r = normalise(result);
  const t = normalise(target);
  return r === t || (r.length >= 20 && t.includes(r)) || r.includes(t);
}
