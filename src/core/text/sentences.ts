/**
 * Sentence splitting with `Intl.Segmenter`, plus repairs for its known
 * mistakes: it breaks after abbreviations ("Co Ltd.", "Mr.", "e.g.",
 * "No. 1") and before lower-case continuations.
 */
import type { Span } from '../model';
import { SPEAKER_NAME } from './speakerLabel';

/** Abbreviations after which a full stop does not end a sentence (lower-cased, without the final dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt gov sen rep pres rev hon ' +
    'co corp inc ltd llc plc bros dept univ assn est approx ' +
    'no nos vol vols pp fig figs ed eds ch sec art para ' +
    'e.g i.e etc vs cf al viz ca ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ' +
    'u.s u.k u.n e.u a.m p.m'
  ).split(' '),
);
/** Abbreviations that end a sentence when a capitalised word follows ("… and so on, etc. The next"). */
const OFTEN_FINAL = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'al', 'u.s', 'u.k', 'a.m', 'p.m']);

let segmenter: Intl.Segmenter | undefined;

/** Splits `text[span]` (the whole text by default) into sentence spans, trimmed of surrounding whitespace. */
export function splitSentences(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: Span[] = [];
  for (const chunk of chunks(text, span)) {
    for (const seg of segmenter.segment(text.slice(chunk.start, chunk.end))) {
      const start = chunk.start + seg.index;
      for (const part of atOpeningFigures(text, { start, end: start + seg.segment.length }).flatMap((piece) => atLeaderRows(text, piece))) {
        const trimmed = trimSpan(text, part);
        if (trimmed.end > trimmed.start) raw.push(trimmed);
      }
    }
  }
  return repair(text, raw);
}

/**
 * Longest piece of text handed to the segmenter at once. V8's segment
 * iterator costs time in proportion to the whole string at every step, so
 * one long string is quadratic (40 kB of short sentences took 0.4 s, 200 kB
 * of "Mr. " a minute); pieces of bounded length keep splitting linear.
 */
const CHUNK = 4096;
/** Characters after which a cut most likely falls between sentences. */
const SENTENCE_END = /[.!?…"”’)]/u;

/** Cuts a span into pieces of at most {@link CHUNK} characters, preferably between sentences. */
function* chunks(text: string, span: Span): Generator<Span> {
  let at = span.start;
  while (span.end - at > CHUNK) {
    const cut = cutPoint(text, at, at + CHUNK);
    yield { start: at, end: cut };
    at = cut;
  }
  if (span.end > at) yield { start: at, end: span.end };
}

/**
 * Where to cut `text[from, limit)`: after the last whitespace that follows a
 * sentence end, else after the last whitespace in its second half, else at
 * `limit` (moved back so as not to split a surrogate pair).
 */
function cutPoint(text: string, from: number, limit: number): number {
  let lastSpace = -1;
  for (let i = limit - 1; i > from + CHUNK / 2; i--) {
    if (!/\s/u.test(text[i] ?? '')) continue;
    if (SENTENCE_END.test(text[i - 1] ?? '')) return i + 1;
    if (lastSpace < 0) lastSpace = i + 1;
  }
  if (lastSpace > 0) return lastSpace;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * How much of each neighbour {@link shouldJoin} looks at. Joined sentences
 * grow, so reading them whole would make a long run of joins ("Mr. Mr. …")
 * quadratic; the decision only needs the edges.
 */
const EDGE = 64;

/**
 * Shortest line that reads as hard-wrapped: the segmenter breaks at every line break, so a sentence wrapped before a
 * capitalised word ("… from 22\nFebruary to 2 May 2027", "storms Petra and\nVance") comes in two pieces. A shorter
 * line without a full stop is a line of its own (a label, a list entry).
 */
const WRAPPED_LINE = 50;
/** What ends a line that is not wrapped: a sentence's end, or a colon or semicolon that introduces what follows. */
const LINE_END = /[.!?…:;"”’)\]]\s*$/u;
/** What opens a line of its own: a list marker, a table row, a quotation mark or a speaker's label ("Sian Merrow: …"). */
const OWN_LINE_START = new RegExp(String.raw`^(?:[-*+•|>#]|\d{1,3}[.)]\s|\s*${SPEAKER_NAME}:\s+)`, 'u');

/** True when `next` continues the sentence of `prev` across a hard line wrap. */
function wrapped(text: string, prev: Span, next: Span): boolean {
  const gap = text.slice(prev.end, next.start);
  if (!/^[ \t]*\n[ \t]*$/u.test(gap)) return false;
  const lineStart = text.lastIndexOf('\n', prev.end - 1) + 1;
  const line = text.slice(lineStart, prev.end);
  return line.length >= WRAPPED_LINE && !LINE_END.test(line) && !OWN_LINE_START.test(text.slice(next.start, Math.min(next.end, next.start + EDGE))) && !onLeaderRow(text, prev.end - 1) && !onLeaderRow(text, next.start);
}

/** A sentence's end followed by a sentence that opens with a figure ("… 30.5%. 71.2% of men …"), which the segmenter does not split. */
const FIGURE_OPENS = /[.!?]["”’)]*\s+(?=[$€£¥]?\d)/gu;

/** `span` cut where a sentence opens with a figure after another's end, unless the end is an abbreviation's ("No. 5", "p. 12"). */
function atOpeningFigures(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(FIGURE_OPENS)) {
    const cut = span.start + m.index + m[0].length;
    if (shouldJoin(tailOf(text, { start, end: span.start + m.index + m[0].trimEnd().length }), text.slice(cut, Math.min(span.end, cut + EDGE)))) continue;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: span.end });
  return out;
}

/** A line of a plain-text table: a label led by two dots or more to its figures ("Pregnant women ....... 6,240 / 2,310", "Gullstone Cliffs .. 7.9 km"). */
const LEADER_ROW = /\.(?:\s?\.)+\s*[$€£¥]?\d/u;

/** True when `line` is a line of a plain-text table: a label led by a dot leader to its figures (see {@link LEADER_ROW}). */
export function isLeaderRow(line: string): boolean {
  return LEADER_ROW.test(line);
}

/** True when the line of `text` that holds offset `at` is a {@link LEADER_ROW}. */
function onLeaderRow(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return isLeaderRow(text.slice(start, end < 0 ? text.length : end));
}

/** `span` cut at each line break that starts or ends a {@link LEADER_ROW}: every row of such a table is a sentence. */
function atLeaderRows(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < span.end; nl = text.indexOf('\n', nl + 1)) {
    if (!onLeaderRow(text, nl - 1) && !onLeaderRow(text, nl + 1)) continue;
    out.push({ start, end: nl });
    start = nl + 1;
  }
  out.push({ start, end: span.end });
  return out;
}

/** Joins segments that the segmenter split in the wrong place. */
function repair(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && (shouldJoin(tailOf(text, prev), text.slice(s.start, Math.min(s.end, s.start + EDGE))) || wrapped(text, prev, s))) {
      out[out.length - 1] = { start: prev.start, end: s.end };
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * The last {@link EDGE} characters of a span. When that cuts a word, an extra
 * letter is put in front, so the cut word can never pass for an abbreviation.
 */
function tailOf(text: string, span: Span): string {
  const from = span.end - EDGE;
  return from > span.start ? `x${text.slice(from, span.end)}` : text.slice(span.start, span.end);
}

/** A run of two dots or more at the end of a piece: a dot leader (a long label gets two) or an ellipsis. */
const DOT_LEADER = /(?:\.\s?){2,}$/u;

function shouldJoin(prev: string, next: string): boolean {
  if (/^[\p{Ll},;:)\]%]/u.test(next)) return true;
  // A figure opens a sentence of its own only after a sentence's end ("… down from 30.5%. 71.2% of men …").
  const figure = /^[\d$€£¥]/u.test(next);
  if (figure && !/[.!?…]["'”’)]*$/u.test(prev)) return true;
  // A dot leader leads a plain-text table's label to its figures ("Pregnant women ....... 6,240 / 2,310"): no end.
  if (figure && DOT_LEADER.test(prev)) return true;
  const m = /(?:^|[\s("'“‘])((?:[\p{L}]\.)*[\p{L}]+)\.["'”’)]*$/u.exec(prev);
  if (!m?.[1]) return false;
  const word = m[1].toLowerCase();
  if (/^\p{Lu}$/u.test(m[1]) || (figure && /^\p{L}$/u.test(m[1]))) return true; // an initial: "J. K. Rowling"; a page: "p. 12"
  if (!ABBREVIATIONS.has(word)) return false;
  return !(OFTEN_FINAL.has(word) && /^["“‘]?\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(next) && !/^(Ltd|Inc|Co|Corp)\b/u.test(next));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
