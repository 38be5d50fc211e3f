/**
 * Period phrases: "the first half of 2025", "H1 2025", "Q1 2026", "the third
 * quarter", "fourth-quarter", "June 2025", "in 2024", "by 2030". Each phrase becomes a
 * {@link Period} with its span, so the extractor can attach the nearest one to
 * every quantity of the sentence. An elided period ("…in the second quarter,
 * $297 million in the third") takes the kind of the quarter or half named
 * before it.
 */
import type { Period, Span } from '../model';
import { lowerBound } from '../sorted';

/** A period phrase found in text. */
export interface PeriodMention {
  readonly span: Span;
  readonly period: Period;
}

const YEAR = '((?:18|19|20|21)\\d{2})';
const ORD: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const HALF_RE = new RegExp(`\\b(?:the\\s+)?(first|second|1st|2nd)[\\s-]+half(?:\\s+(?:of\\s+)?(?:the\\s+year\\s+)?${YEAR})?\\b|\\b(?:H([12])|([12])H)\\s*(?:of\\s+)?${YEAR}?\\b`, 'giu');
const QUARTER_RE = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+(?:of\\s+)?${YEAR})?\\b|\\bQ([1-4])(?:\\s*(?:of\\s+)?|-)${YEAR}?\\b|\\b${YEAR}\\s*Q([1-4])\\b`,
  'giu',
);
/**
 * "January to March", "Oct–Dec 2025", "from July to December 2026", "1 January to 31 March 2027", "the October-to-December quarter": a run of months, read
 * as a quarter or half when it is one. Days, when given, must open the first month and close the last.
 */
const MONTH_RANGE_RE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH_RE}\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:[\\s-]*(?:to|until|through)[\\s-]*|\\s*[–—-]\\s*)(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH_RE}\\b\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d),?)?(?:\\s+(?:of\\s+)?${YEAR}\\b)?`,
  'giu',
);
/** The last day that may close a month in a run of months ("to 28 February"). */
const MONTH_END_FROM = 28;
const MONTH_YEAR_RE = new RegExp(`\\b${MONTH_RE}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?${YEAR}\\b`, 'giu');
/** "in the third" standing for "in the third quarter" after a quarter (or half) was named. */
const ELIDED_RE = /\b(?:in|for|during|by)\s+the\s+(first|second|third|fourth|1st|2nd|3rd|4th)\b(?=\s*(?:[,.;:)]|and\b|or\b|$))/giu;
const YEAR_RE = new RegExp(`\\b(?:(in|by|since|during|for|through|until|before|after|from)\\s+)?${YEAR}\\b(?![,.]?\\d)`, 'giu');

/** Which part of a year a period names, as a short key: "q3" for a quarter, "h1" for a half; undefined for neither. */
export function yearPart(period: Period | undefined): string | undefined {
  return period?.quarter !== undefined ? `q${period.quarter}` : period?.half !== undefined ? `h${period.half}` : undefined;
}

function ord(word: string | undefined): number | undefined {
  return word === undefined ? undefined : ORD[word.toLowerCase()];
}

function yearOf(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function monthOf(s: string): number {
  const lower = s.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

/** The calendar quarter or half that months `first` to `last` make up ("January to March": Q1), if any. */
function calendarPart(first: number, last: number): { quarter: 1 | 2 | 3 | 4 } | { half: 1 | 2 } | undefined {
  if (first % 3 === 1 && last === first + 2) return { quarter: ((first + 2) / 3) as 1 | 2 | 3 | 4 };
  if (first % 6 === 1 && last === first + 5) return { half: ((first + 5) / 6) as 1 | 2 };
  return undefined;
}

/** Finds period phrases, longest first; a bare year inside a half/quarter/month phrase is not repeated. */
export function findPeriods(text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  // The spans taken so far, ordered by start (they never overlap), so that an overlap is found by one binary search.
  const taken: Span[] = [];
  const takenStarts: number[] = [];
  const push = (start: number, end: number, period: Period): void => {
    const at = lowerBound(takenStarts, start);
    if ((taken[at - 1]?.end ?? -1) > start || (taken[at]?.start ?? Infinity) < end) return;
    const span = { start, end };
    taken.splice(at, 0, span);
    takenStarts.splice(at, 0, start);
    out.push({ span, period });
  };
  for (const m of text.matchAll(HALF_RE)) {
    const half = (ord(m[1]) ?? Number(m[3] ?? m[4])) as 1 | 2;
    const year = yearOf(m[2] ?? m[5]);
    push(m.index, m.index + m[0].length, { half, ...(year !== undefined ? { year } : {}), label: m[0] });
  }
  for (const m of text.matchAll(MONTH_RANGE_RE)) {
    const [firstDay, lastDay] = [m[1] ?? m[3], m[4] ?? m[6]].map((d) => (d === undefined ? undefined : Number(d)));
    if ((firstDay !== undefined && firstDay !== 1) || (lastDay !== undefined && lastDay < MONTH_END_FROM)) continue;
    const part = calendarPart(monthOf(m[2] ?? ''), monthOf(m[5] ?? ''));
    const year = yearOf(m[7]);
    if (part !== undefined) push(m.index, m.index + m[0].length, { ...part, ...(year !== undefined ? { year } : {}), label: m[0] });
  }
  for (const m of text.matchAll(QUARTER_RE)) {
    const quarter = (ord(m[1]) ?? Number(m[3] ?? m[6])) as 1 | 2 | 3 | 4;
    const year = yearOf(m[2] ?? m[4] ?? m[5]);
    push(m.index, m.index + m[0].length, { quarter, ...(year !== undefined ? { year } : {}), label: m[0] });
  }
  // Elided periods take the kind and year of the nearest named quarter or half before them.
  for (const m of text.matchAll(ELIDED_RE)) {
    const n = ord(m[1]) ?? 0;
    const named = out.filter((p) => p.span.end <= m.index && (p.period.quarter !== undefined || (p.period.half !== undefined && n <= 2))).pop();
    if (named === undefined) continue;
    const year = named.period.year !== undefined ? { year: named.period.year } : {};
    const period: Period = named.period.quarter !== undefined ? { quarter: n as 1 | 2 | 3 | 4, ...year, label: m[0] } : { half: n as 1 | 2, ...year, label: m[0] };
    push(m.index, m.index + m[0].length, period);
  }
  for (const m of text.matchAll(MONTH_YEAR_RE)) {
    push(m.index, m.index + m[0].length, { month: monthOf(m[1] ?? ''), year: Number(m[2]), label: m[0] });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    push(m.index, m.index + m[0].length, { year: Number(m[2]), ...(m[1]?.toLowerCase() === 'since' ? { since: true } : {}), label: m[0] });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
