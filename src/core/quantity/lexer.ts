/**
 * Splits prose into the small tokens the quantity parser walks: digit runs
 * (with thousands separators and decimals), words, and single symbols. One
 * regular expression, compiled once; offsets always lie inside the input.
 */

/** What a token is made of. */
export type TokenKind = 'num' | 'word' | 'sym';

/** One token with its offsets and whether whitespace precedes it. */
export interface QToken {
  readonly kind: TokenKind;
  /** Surface text. */
  readonly text: string;
  /** Lower-cased text with a trailing possessive ('s) removed. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** True when the token touches the previous one (no whitespace between them). */
  readonly glued: boolean;
}

const TOKEN_RE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?)|(\S)/gu;

/** Tokenises `text`; never throws. */
export function lex(text: string): QToken[] {
  const out: QToken[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    const lower = kind === 'word' ? raw.toLowerCase().replace(/['’]s$/u, '') : raw;
    out.push({ kind, text: raw, lower, start, end: start + raw.length, glued: start === prevEnd });
    prevEnd = start + raw.length;
  }
  return out;
}

/** Reads a digit token as a number: "1,240" → 1240. */
export function digitValue(token: QToken): number {
  return Number(token.text.replace(/,/g, ''));
}

/** Number of decimal places a digit token shows: "141.79" → 2. */
export function decimals(token: QToken): number {
  const dot = token.text.indexOf('.');
  return dot < 0 ? 0 : token.text.length - dot - 1;
}

/** True for a word of two or more capital letters ("MAX", "COVID", "UCAS"): part of a name, or a qualifier, never a counted noun. */
export function isAcronym(token: QToken | undefined): boolean {
  return token !== undefined && token.kind === 'word' && isAcronymText(token.text);
}

/** True for text of two or more capital letters alone ("UCAS", "NHS"); see {@link isAcronym}. */
export function isAcronymText(text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text);
}

/** True when `tokens[i]` exists and its lower-cased text is one of `words`. */
export function isWord(tokens: readonly QToken[], i: number, words: ReadonlySet<string>): boolean {
  const t = tokens[i];
  return t !== undefined && words.has(t.lower);
}

/**
 * Matches the longest phrase of `table` starting at token `i`. Phrases are
 * space-separated lower-case token texts; a hyphen token inside the text is
 * matched by "-" in the phrase. Returns the phrase's value and token count.
 */
export function matchPhrase<T>(tokens: readonly QToken[], i: number, table: PhraseTable<T>): { value: T; length: number } | undefined {
  let best: { value: T; length: number } | undefined;
  const first = tokens[i];
  if (first === undefined) return undefined;
  const entries = table.byFirst.get(first.lower);
  if (entries === undefined) return undefined;
  for (const entry of entries) {
    if (best !== undefined && entry.words.length <= best.length) continue;
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      const t = tokens[i + k];
      if (t === undefined || t.lower !== entry.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = { value: entry.value, length: entry.words.length };
  }
  return best;
}

/** A phrase lookup table indexed by its first word, built once at module load. */
export interface PhraseTable<T> {
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly value: T }[]>;
}

/** Builds a {@link PhraseTable} from `[phrase, value]` pairs. */
export function phraseTable<T>(pairs: readonly (readonly [string, T])[]): PhraseTable<T> {
  const byFirst = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of pairs) {
    const words = phrase.split(' ');
    const key = words[0] ?? '';
    const list = byFirst.get(key) ?? [];
    list.push({ words, value });
    byFirst.set(key, list);
  }
  return { byFirst };
}
