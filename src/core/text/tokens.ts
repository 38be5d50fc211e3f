/**
 * Word-level normalisation shared by search, fact extraction and the fact
 * checker, so that every stage agrees on what a "token" is.
 */

/** A token with its offsets in the scanned text. */
export interface Token {
  /** Lower-cased, diacritics removed; numbers keep their digits and decimal point, separators dropped ("1,240" → "1240"). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** Common English function words that carry no meaning for matching. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in into is it its of on or our ' +
    'she so than that the their them there these they this those to was we were which while who will with ' +
    'would you your also not no over under up down about after before more most such can could may might ' +
    'said says say each other all any both per'
  ).split(' '),
);

const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cases and strips diacritics, so that "Zürich" and "zurich" match. */
export function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
}

/** Splits text into word and number tokens with offsets. Thousands separators are dropped from numbers. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const norm = /^\p{N}/u.test(raw) ? normalizeNumber(raw) : normalizeWord(raw);
    if (norm.length > 0) out.push({ norm, start, end: start + raw.length });
  }
  return out;
}

/** "1,240" → "1240", "141.79" → "141.79", "3.000,5" is read as English ("3.0005" is not attempted). */
function normalizeNumber(raw: string): string {
  return raw.replace(/,(?=\p{N}{3}(?!\p{N}))/gu, '').replace(/,/gu, '.');
}

/** Tokens without stopwords: the words that say what a sentence is about. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t.norm));
}
