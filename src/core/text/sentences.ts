/**
 * Sentence splitting with `Intl.Segmenter`, plus repairs for its known
 * mistakes: it breaks after abbreviations ("Co Ltd.", "Mr.", "e.g.",
 * "No. 1") and before lower-case continuations.
 */
import type { Span } from '../model';

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
  const slice = text.slice(span.start, span.end);
  for (const seg of segmenter.segment(slice)) {
    const trimmed = trimSpan(text, { start: span.start + seg.index, end: span.start + seg.index + seg.segment.length });
    if (trimmed.end > trimmed.start) raw.push(trimmed);
  }
  return repair(text, raw);
}

/** Joins segments that the segmenter split in the wrong place. */
function repair(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(s.start, s.end))) {
      out[out.length - 1] = { start: prev.start, end: s.end };
    } else {
      out.push(s);
    }
  }
  return out;
}

function shouldJoin(prev: string, next: string): boolean {
  if (/^[\p{Ll}\d,;:)\]%$€£¥]/u.test(next)) return true;
  const m = /(?:^|[\s("'“‘])((?:[\p{L}]\.)*[\p{L}]+)\.["'”’)]*$/u.exec(prev);
  if (!m?.[1]) return false;
  const word = m[1].toLowerCase();
  if (/^\p{Lu}$/u.test(m[1])) return true; // an initial: "J. K. Rowling"
  if (!ABBREVIATIONS.has(word)) return false;
  return !(OFTEN_FINAL.has(word) && /^["“‘]?\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(next) && !/^(Ltd|Inc|Co|Corp)\b/u.test(next));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
