/**
 * Word-level normalisation shared by search, fact extraction and the fact
 * checker, so that every stage agrees on what a "token" is.
 *
 * A token is a run of digits (with inner `.` or `,` between digits) or a run
 * of letters and combining marks (with at most one inner apostrophe followed
 * by letters), the same as the pattern
 * `\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’]\p{L}+)?`. The scanner below
 * reads ASCII by character code and asks a Unicode property pattern only for
 * other characters, because tokenizing runs on every sentence of every
 * source when the index is built.
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

const NUMBER_CHAR = /^\p{N}$/u;
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const LETTER_CHAR = /^\p{L}$/u;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/gu;
const POSSESSIVE = /['’]s$/u;

/** Character classes of the token grammar. */
const enum Kind {
  Other,
  Number,
  Letter,
  Mark,
}

/** The class of the code point at `i` (ASCII by code, anything else by Unicode property). */
function kindAt(text: string, i: number): Kind {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c >= 48 && c <= 57) return Kind.Number;
    return (c | 32) >= 97 && (c | 32) <= 122 ? Kind.Letter : Kind.Other;
  }
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (NUMBER_CHAR.test(ch)) return Kind.Number;
  if (LETTER_CHAR.test(ch)) return Kind.Letter;
  return WORD_CHAR.test(ch) ? Kind.Mark : Kind.Other;
}

/** UTF-16 length of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019;
}

/** True when every character is ASCII, so that no Unicode normalisation can change it. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Lower-cases and strips diacritics, so that "Zürich" and "zurich" match. */
export function normalizeWord(word: string): string {
  const folded = isAscii(word) ? word.toLowerCase() : word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  const base = POSSESSIVE.test(folded) ? folded.slice(0, -2) : folded;
  return base.includes("'") || base.includes('’') ? base.replace(APOSTROPHES, '') : base;
}

/** "1,240" → "1240", "141.79" → "141.79", "3.000,5" is read as English ("3.0005" is not attempted). */
function normalizeNumber(raw: string): string {
  return raw.includes(',') ? raw.replace(/,(?=\p{N}{3}(?!\p{N}))/gu, '').replace(/,/gu, '.') : raw;
}

/** End of the number token starting at `i`: digits, with `.` or `,` only between digits. */
function numberEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && kindAt(text, j) === Kind.Number) j += widthAt(text, j);
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44) && j + 1 < text.length && kindAt(text, j + 1) === Kind.Number) j++;
    else return j;
  }
}

/** Set by {@link wordEnd}: the word it just read holds a non-ASCII character or an apostrophe, so it needs full normalisation. */
let needsNormalizing = false;

/** End of the word token starting at `i`: letters and marks, then optionally an apostrophe and letters. */
function wordEnd(text: string, i: number): number {
  let j = i;
  let kind: Kind;
  needsNormalizing = false;
  while (j < text.length && ((kind = kindAt(text, j)) === Kind.Letter || kind === Kind.Mark)) {
    if (text.charCodeAt(j) >= 128) needsNormalizing = true;
    j += widthAt(text, j);
  }
  if (j + 1 < text.length && isApostrophe(text, j) && kindAt(text, j + 1) === Kind.Letter) {
    needsNormalizing = true;
    j++;
    while (j < text.length && kindAt(text, j) === Kind.Letter) j += widthAt(text, j);
  }
  return j;
}

/** Calls `visit` with every token's normalised form and offsets, in order. */
function scan(text: string, visit: (norm: string, start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    if (kind === Kind.Other) {
      i += widthAt(text, i);
      continue;
    }
    const end = kind === Kind.Number ? numberEnd(text, i) : wordEnd(text, i);
    const raw = text.slice(i, end);
    const norm = kind === Kind.Number ? normalizeNumber(raw) : needsNormalizing ? normalizeWord(raw) : raw.toLowerCase();
    if (norm.length > 0) visit(norm, i, end);
    i = end;
  }
}

/** Splits text into word and number tokens with offsets. Thousands separators are dropped from numbers. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scan(text, (norm, start, end) => out.push({ norm, start, end }));
  return out;
}

/** The normalised forms of a text's tokens without stopwords: what an index files a passage under. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  scan(text, (norm) => {
    if (!STOPWORDS.has(norm)) out.push(norm);
  });
  return out;
}

/** Tokens without stopwords: the words that say what a sentence is about. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t.norm));
}
